/**
 * Particulars a question asks for in a form a report prints only when it has them: clock times (「集中タイムは何時から
 * 何時まで」; 定時退庁日 names no hour), head counts as persons rather than person-times (「延べではなく実人数で」) and
 * statistics other than the mean the reports give (中央値). A statement about the right thing that prints none of them
 * (集中タイム(一日1時間), 延べ145人, 平均取得日数) does not answer, and the answer abstains instead of quoting it as if
 * it did.
 */
import type { AnswerSource } from './types';

const PARTICULARS: { asked: RegExp; printed: RegExp }[] = [
  {
    asked: /何時(から|まで|に|頃|ごろ|〜|~)|(何|なん)時(何|なん)分/,
    printed: /[0-9０-９]{1,2}(時(?!間)|:[0-9]{2}|：[0-9０-９]{2})|午前|午後/,
  },
  { asked: /中央値|最頻値|標準偏差|分散/, printed: /中央値|最頻値|標準偏差|分散/ },
  { asked: /実人数|実人員|(延べ|のべ)(ではなく|じゃなく)/, printed: /実人数|実人員/ },
];

/** Whether the question asks for a particular that none of the sources prints. */
export function lacksAskedParticular(question: string, sources: readonly AnswerSource[]): boolean {
  const normalized = question.normalize('NFKC');
  return PARTICULARS.some(({ asked, printed }) => asked.test(normalized) && !sources.some((source) => printed.test(source.text)));
}
