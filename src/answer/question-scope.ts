/**
 * Ministry and fiscal-year constraints in a question (「財務省の…」「財務の…」「令和2年度の…」「2020年度は…」「今年度の…」
 * 「前年度から…」), read against the ministries the corpus holds, so that a question about a report we do not have is
 * not answered from another.
 */
import { findDates, westernYear } from './japanese-dates';
import { parseJapaneseNumber } from './japanese-numbers';
import { escapeRegExp } from '../domain/escape-regexp';
import { SHORT_FISCAL_YEAR } from '../domain/short-fiscal-year';

/** 今年度 and the like: the latest report loaded for the ministry; 前年度 / 昨年度: the one before it. */
export type RelativeYear = 'latest' | 'previous';

export interface QuestionScope {
  /** The corpus ministry the question names (in full or by its short form: 財務 → 財務省); null when it names none or several. */
  ministry: string | null;
  /** That ministry as the question spells it (財務省, 財務), or null. */
  ministryText: string | null;
  /** Every corpus ministry the question names, in the order named (「テスト省と架空庁の…」 → both). */
  ministries: string[];
  /** A ministry-like name (…省, …庁, …府, …院, …委員会) the question names that the corpus does not hold, or null. */
  foreignMinistry: string | null;
  /** The first fiscal year (年度) the question names, western, or null. */
  fiscalYear: number | null;
  /** That fiscal year as printed in the question (令和2年度), or null. */
  fiscalYearText: string | null;
  /** Every fiscal year the question names, in the order named (「令和2年度から令和4年度」 → [2020, 2022]). */
  fiscalYears: number[];
  /**
   * The first and last year of a span the question names (「令和2年度から令和4年度まで」「令和2〜4年度」), or null. A span written
   * with 〜 has every year in fiscalYears; one written with から names only its ends there, as a change asks of them.
   */
  yearSpan: { from: number; to: number } | null;
  /** 今年度 / 前年度 when the question says so; resolved per ministry by the caller. */
  relative: RelativeYear | null;
  /** The relative year as the question spells it (今年度, 昨年度, 最新の報告), or null. */
  relativeText: string | null;
  /**
   * Ministries named each with a year of its own (「令和2年度の財務省と令和4年度のテスト省」「財務省の令和2年度とテスト省の
   * 令和4年度」): one report each; empty unless two or more are so named.
   */
  pairs: { ministry: string; fiscalYear: number }[];
  /** The question with the corpus ministry, the fiscal years and the relative years removed. */
  rest: string;
}

const RELATIVE_WORDS: [RegExp, RelativeYear][] = [
  // 去年 and 昨年 as people say them of reports (not 一昨年, two years back).
  [/前年度|昨年度|(?<!一)(去年度?|昨年|前年)/, 'previous'],
  [/今年度|本年度|当年度|今年|最新の報告|直近の報告/, 'latest'],
];
const PARTICLES = '(の|は|で|が|に|における|において|から|まで|までに|と)?';
/** A ministry-like name standing on its own (not 本省 inside 本省課室長, nor 退庁 inside 退庁日). */
const MINISTRY_LIKE = /[\p{Script=Han}\p{Script=Katakana}ー]{2,12}?(省|庁|府|院|委員会)(?![\p{Script=Han}\p{Script=Katakana}])/gu;
/** Words built like a ministry's name that name none (各府省, 当庁, 政府 …). */
const GENERIC_HEADS = /^(各|全|当|本|他|同|府|省|政|貴|自|両|旧|新|何|幾|複数|多く|一部|関係)/;

/** The short form people use: 財務省 → 財務, テスト省 → テスト (never shorter than two characters). */
export function shortFormOf(ministry: string): string | null {
  const short = ministry.replace(/(省|庁|府|院|委員会)$/u, '');
  return short !== ministry && short.length >= 2 ? short : null;
}

/** The corpus ministry the question names, longest name first (内閣府 is not read inside a longer name), then short forms. */
function findMinistry(question: string, ministries: readonly string[]): { ministry: string; text: string } | null {
  const full = [...ministries].sort((a, b) => b.length - a.length).find((name) => question.includes(name));
  if (full) return { ministry: full, text: full };
  const shorts = ministries
    .map((ministry) => ({ ministry, text: shortFormOf(ministry) }))
    .filter((s): s is { ministry: string; text: string } => s.text !== null)
    .sort((a, b) => b.text.length - a.text.length);
  const short = shorts.find((s) => new RegExp(`${escapeRegExp(s.text)}(?=の|は|が|で|に|では|について|における|[、,\\s]|$)`).test(question));
  if (short) return short;
  // 「模擬庁の…」 for 模擬省: a loaded ministry's short form with the wrong ending, when no other loaded ministry has that
  // short form (架空省 and 架空庁 are both loaded, so 「架空府」 is read as neither).
  for (const s of shorts) {
    if (shorts.filter((other) => other.text === s.text).length > 1) continue;
    const misnamed = new RegExp(`${escapeRegExp(s.text)}(省|庁|府)`).exec(question)?.[0];
    if (misnamed !== undefined && !ministries.includes(misnamed)) return { ministry: s.ministry, text: misnamed };
  }
  return null;
}

function findForeign(question: string, ministries: readonly string[]): string | null {
  for (const match of question.matchAll(MINISTRY_LIKE)) {
    const name = match[0];
    if (name.length >= 3 && !GENERIC_HEADS.test(name) && !ministries.includes(name)) return name;
  }
  return null;
}

/** The fiscal years a question names, in text order: the dates with 年度 (令和4年度, 2022年度) and the short forms (R4, FY2022). */
function fiscalYearsIn(question: string, reportYears: readonly number[]): { text: string; year: number; start: number }[] {
  const dates = findDates(question);
  // 「目標を立てた平成26年度の値」「平成26年度時点の」「目標設定時（平成26年度）の」: the period of a target row's field, not a report.
  const namesPeriod = (date: { start: number; end: number }) =>
    /(目標を(立て|設定し|定め)た|目標設定時|設定時)(の|は|で|、)?[（(]?$/.test(question.slice(Math.max(0, date.start - 10), date.start)) ||
    /^(時点|当時)/.test(question.slice(date.end));
  const dated = dates
    .filter((date) => date.fiscal && !date.fiscalYearEnd && date.month === null && !namesPeriod(date))
    .map((date) => ({ text: date.text, year: date.year, start: date.start }));
  // 「令和3年は…」「令和5年は…できたの？」: a year without 度 asks for that year's report when it is one of the reports' years or
  // the one after the latest; a target's horizon (「令和7年までに」「目標…令和7年」) is no report year.
  if (dated.length === 0 && reportYears.length > 0) {
    const [first, last] = [Math.min(...reportYears), Math.max(...reportYears)];
    const plain = dates.filter(
      (date) =>
        !date.fiscal &&
        date.month === null &&
        date.year >= first &&
        date.year <= last + 1 &&
        !/^(末|まで|度末)/.test(question.slice(date.end)) &&
        !/目標[^、。]*$/.test(question.slice(0, date.start)),
    );
    dated.push(...plain.map((date) => ({ text: date.text, year: date.year, start: date.start })));
  }
  const short = [...question.matchAll(SHORT_FISCAL_YEAR)].flatMap((match) => {
    const [text, letter, eraYear, western] = match;
    // SHORT_FISCAL_YEAR captures an era letter with its year, or else a western year.
    const year =
      letter && eraYear !== undefined ? westernYear(letter.normalize('NFKC'), eraYear) : western !== undefined ? parseJapaneseNumber(western) : null;
    return year === null ? [] : [{ text, year, start: match.index ?? 0 }];
  });
  const spans = compactSpans(question);
  const inSpan = (date: { start: number }) =>
    spans.some((span) => span.text !== '' && date.start >= span.start && date.start < span.start + span.text.length);
  const named = [...dated, ...short].filter((date) => !inSpan(date));
  const all = [...named, ...spans].sort((a, b) => a.start - b.start);
  return withSpansFilled(
    question,
    [...all, ...followingYear(question, all)].sort((a, b) => a.start - b.start),
  );
}

/** 「令和2年度は実施未定だったのに、翌年度の報告で…」: the year after the one named before it. */
const FOLLOWING_YEAR = /翌年度|次年度|次の年度|その翌年|翌年(?![0-9０-９])/;

function followingYear(question: string, years: { text: string; year: number; start: number }[]): { text: string; year: number; start: number }[] {
  const found = FOLLOWING_YEAR.exec(question);
  if (found === null) return [];
  const before = years.filter((date) => date.start < found.index).at(-1);
  if (before === undefined || years.some((date) => date.year === before.year + 1)) return [];
  return [{ text: found[0], year: before.year + 1, start: found.index }];
}

/** 「令和2〜4年度」「R2～R4年度」「2020〜2022年度」: a span of fiscal years written once, with the era or 年度 said once. */
const COMPACT_SPAN =
  /(?:(令和|平成|[RHＲＨ])\s?(元|[0-9０-９]{1,2})|([0-9０-９]{4}))\s*(?:年度?)?\s*[〜～~－-]\s*(?:(?:令和|平成|[RHＲＨ])\s?)?([0-9０-９]{1,4})\s*年度/g;

function compactSpans(question: string): { text: string; year: number; start: number }[] {
  return [...question.matchAll(COMPACT_SPAN)].flatMap((match) => {
    const [text, era, eraYear, westernFrom, to] = match;
    const from = era && eraYear !== undefined ? westernYear(era.normalize('NFKC'), eraYear) : parseJapaneseNumber(westernFrom ?? '');
    const last = parseJapaneseNumber(to ?? '');
    if (from === null || last === null) return [];
    const until = last >= 1000 ? last : from - (era && eraYear !== undefined ? (parseJapaneseNumber(eraYear) ?? 0) : 0) + last;
    if (until <= from || until - from > 10) return [];
    const start = match.index ?? 0;
    return Array.from({ length: until - from + 1 }, (_, i) => ({ text: i === 0 ? text : '', year: from + i, start: start + i }));
  });
}

/**
 * 「令和2年度〜令和4年度」: two years joined as a span name every year between them too. 「令和2年度から令和4年度（まで）」 and
 * 「…にかけて」 say where a change starts and ends, and name the two years alone (see yearSpanOf).
 */
function withSpansFilled(question: string, years: { text: string; year: number; start: number }[]): { text: string; year: number; start: number }[] {
  const filled = [...years];
  for (let i = 0; i + 1 < years.length; i++) {
    const [a, b] = [years[i]!, years[i + 1]!];
    if (a.text === '' || b.text === '' || b.year - a.year < 2 || b.year - a.year > 10) continue;
    const between = question.slice(a.start + a.text.length, b.start);
    if (!/^\s*[〜～~－-]\s*$/.test(between)) continue;
    for (let year = a.year + 1; year < b.year; year++) filled.push({ text: '', year, start: a.start + (year - a.year) / 100 });
  }
  return filled.sort((x, y) => x.start - y.start);
}

/**
 * Each ministry's own year, when each named ministry stands next to a year of its own, joined by の (「令和2年度の財務省」
 * or 「財務省の令和2年度」), and the years differ; else none.
 */
function pairsOf(
  question: string,
  named: { ministry: string; text: string }[],
  fiscal: { text: string; year: number; start: number }[],
): { ministry: string; fiscalYear: number }[] {
  if (named.length < 2 || fiscal.length < named.length) return [];
  const pairs = named.map(({ ministry, text }) => {
    const at = question.indexOf(text);
    const year = fiscal.find(
      (date) =>
        (date.start + date.text.length + 1 === at && question[at - 1] === 'の') ||
        (at + text.length + 1 === date.start && question[at + text.length] === 'の'),
    );
    return year ? { ministry, fiscalYear: year.year, at } : null;
  });
  if (pairs.some((pair) => pair === null)) return [];
  // In the order the question names them.
  const found = (pairs as { ministry: string; fiscalYear: number; at: number }[]).sort((a, b) => a.at - b.at);
  return new Set(found.map((pair) => pair.fiscalYear)).size > 1 ? found.map(({ ministry, fiscalYear }) => ({ ministry, fiscalYear })) : [];
}

/** 「令和2年度から令和4年度まで」「令和2〜4年度」: the first and last year of a span, when the question joins two so. */
/** Every fiscal year of a span, first to last (「令和2年度から令和4年度まで」 → 2020, 2021, 2022). */
export function yearsOfSpan(span: { from: number; to: number }): number[] {
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

function yearSpanOf(question: string, years: { text: string; year: number; start: number }[]): { from: number; to: number } | null {
  const named = years.filter((date) => date.text !== '');
  for (let i = 0; i + 1 < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]!];
    const between = question.slice(a.start + a.text.length, b.start);
    if (b.year > a.year && /^\s*(から|[〜～~－-])\s*$/.test(between)) return { from: a.year, to: b.year };
  }
  const filled = years.filter((date) => date.text === '');
  if (filled.length === 0) return null;
  const all = years.map((date) => date.year);
  return { from: Math.min(...all), to: Math.max(...all) };
}

function removeText(text: string, part: string): string {
  return text.replace(new RegExp(`${escapeRegExp(part)}${PARTICLES}`), ' ');
}

/**
 * Reads the ministry and fiscal-year constraints of a question.
 * @example readQuestionScope('財務省の令和2年度の女性の採用目標は？', ['財務省']) // {ministry: '財務省', fiscalYear: 2020, …}
 */
export function readQuestionScope(question: string, corpusMinistries: readonly string[], reportYears: readonly number[] = []): QuestionScope {
  // Each name found is taken out before looking for the next, so 「テスト省と架空庁の…」 names both.
  const named: { ministry: string; text: string }[] = [];
  let rest = question;
  for (let found = findMinistry(rest, corpusMinistries); found; found = findMinistry(rest, corpusMinistries)) {
    if (!named.some((n) => n.ministry === found!.ministry)) named.push(found);
    rest = removeText(rest, found.text);
  }
  const found = named.length === 1 ? named[0] : null;
  const foreignMinistry = named.length > 0 ? null : findForeign(question, corpusMinistries);
  const fiscal = fiscalYearsIn(question, reportYears);
  const relative = RELATIVE_WORDS.find(([pattern]) => pattern.test(question));
  for (const date of fiscal) if (date.text !== '') rest = removeText(rest, date.text);
  if (relative) rest = rest.replace(new RegExp(`(${relative[0].source})${PARTICLES}`), ' ');
  return {
    pairs: pairsOf(question, named, fiscal),
    ministry: found?.ministry ?? null,
    ministryText: found?.text ?? null,
    ministries: named.map((n) => n.ministry),
    foreignMinistry,
    fiscalYear: fiscal[0]?.year ?? null,
    fiscalYearText: fiscal[0]?.text ?? null,
    fiscalYears: fiscal.map((date) => date.year),
    yearSpan: yearSpanOf(question, fiscal),
    relative: relative?.[1] ?? null,
    relativeText: relative ? (relative[0].exec(question)?.[0] ?? null) : null,
    rest: rest.replace(/\s+/g, ' ').trim(),
  };
}
