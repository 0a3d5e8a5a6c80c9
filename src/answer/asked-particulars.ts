/**
 * Particulars a question asks for in a form a report prints only when it has them: clock times (「集中タイムは何時から
 * 何時まで」; 定時退庁日 names no hour), head counts as persons rather than person-times (「延べではなく実人数で」) and
 * statistics other than the mean the reports give (中央値). A statement about the right thing that prints none of them
 * (集中タイム(一日1時間), 延べ145人, 平均取得日数) does not answer, and the answer abstains instead of quoting it as if
 * it did.
 */
import type { AnswerSource } from './types';

const PARTICULARS: { asked: RegExp; printed: RegExp; name: string }[] = [
  {
    asked: /何時(から|まで|に|頃|ごろ|〜|~)|(何|なん)時(何|なん)分/,
    printed: /[0-9０-９]{1,2}(時(?!間)|:[0-9]{2}|：[0-9０-９]{2})|午前|午後/,
    name: '時刻',
  },
  { asked: /中央値|最頻値|標準偏差|分散/, printed: /中央値|最頻値|標準偏差|分散/, name: '平均以外の値' },
  { asked: /実人数|実人員|(延べ|のべ)(ではなく|じゃなく)/, printed: /実人数|実人員/, name: '実人数' },
  // 「…載せている就職情報サイトは、なんというサイトですか」: the reports name a thing in quotes when they name it.
  {
    asked:
      /(なんという|何という|なんて(いう)?|どういう名前の|どんな名前の)(サイト|名前|名称|システム|ツール|ソフト|研修|セミナー|冊子|媒体)|(名称|名前)は(何|なん)/,
    printed: /[「『][^」』]{2,}[」』]/,
    name: '名称',
  },
  // 「名前を出さずに意見を出せるのですか」: whether it is anonymous, which a report says in these words if at all.
  { asked: /匿名|無記名|名前を(出さず|出さない|書かず|書かない|伏せ)/, printed: /匿名|無記名|記名/, name: '匿名かどうか' },
];

/** The particular the question asks for that none of the sources prints (「時刻」「実人数」), or null. */
export function missingParticular(question: string, sources: readonly AnswerSource[]): string | null {
  const normalized = question.normalize('NFKC');
  const missing = PARTICULARS.find(({ asked, printed }) => asked.test(normalized) && !sources.some((source) => printed.test(source.text)));
  return missing?.name ?? null;
}

/** Whether the question asks for a particular that none of the sources prints. */
export function lacksAskedParticular(question: string, sources: readonly AnswerSource[]): boolean {
  return missingParticular(question, sources) !== null;
}
