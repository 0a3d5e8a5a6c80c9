/**
 * Ministry and fiscal-year constraints in a question (「財務省の…」「令和2年度の…」「2020年度は…」), read against the
 * ministries and years the corpus holds, so that a question about a report we do not have is not answered from another.
 */
import { findDates } from './japanese-dates';

/**
 * 府省 that file follow-up reports. A question naming one of these that the corpus lacks asks about a report we do
 * not have. Names that also occur inside statements (人事院主催, 国税庁経験者採用試験) are resolved by the caller.
 */
export const REPORTING_MINISTRIES = [
  '内閣官房', '内閣法制局', '内閣府', '宮内庁', '公正取引委員会', '警察庁', '個人情報保護委員会', 'カジノ管理委員会',
  '金融庁', '消費者庁', 'デジタル庁', '復興庁', '総務省', '法務省', '出入国在留管理庁', '公安調査庁', '外務省', '財務省',
  '国税庁', '文部科学省', 'スポーツ庁', '文化庁', '厚生労働省', '農林水産省', '林野庁', '水産庁', '経済産業省',
  '資源エネルギー庁', '特許庁', '中小企業庁', '国土交通省', '観光庁', '気象庁', '海上保安庁', '環境省',
  '原子力規制委員会', '防衛省', '防衛装備庁', '人事院', '会計検査院', '消防庁',
] as const;

export interface QuestionScope {
  /** A corpus ministry the question names, or null. */
  ministry: string | null;
  /** A reporting ministry the question names that the corpus does not hold (only when no corpus ministry is named). */
  foreignMinistry: string | null;
  /** A fiscal year (年度) the question names, western, or null. */
  fiscalYear: number | null;
  /** The fiscal year as printed in the question (令和2年度), or null. */
  fiscalYearText: string | null;
  /** The question with the corpus ministry and the fiscal year removed. */
  rest: string;
}

/** Longest name first, so 内閣府 is not read inside a longer name and 内閣官房 wins over 内閣. */
function findName(question: string, names: readonly string[]): string | null {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return sorted.find((name) => question.includes(name)) ?? null;
}

function removeText(text: string, part: string | null): string {
  if (!part) return text;
  return text.replace(new RegExp(`${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(の|は|で|が|に|における|において)?`), ' ');
}

/**
 * Reads the ministry and fiscal-year constraints of a question.
 * @example readQuestionScope('財務省の令和2年度の女性の採用目標は？', ['財務省']) // {ministry: '財務省', fiscalYear: 2020, …}
 */
export function readQuestionScope(question: string, corpusMinistries: readonly string[]): QuestionScope {
  const ministry = findName(question, corpusMinistries);
  const named = findName(question, REPORTING_MINISTRIES);
  const foreignMinistry = !ministry && named && !corpusMinistries.includes(named) ? named : null;
  const fiscal = findDates(question).find((date) => date.fiscal && !date.fiscalYearEnd && date.month === null) ?? null;
  const rest = removeText(removeText(question, ministry), fiscal?.text ?? null).replace(/\s+/g, ' ').trim();
  return {
    ministry,
    foreignMinistry,
    fiscalYear: fiscal?.year ?? null,
    fiscalYearText: fiscal?.text ?? null,
    rest,
  };
}
