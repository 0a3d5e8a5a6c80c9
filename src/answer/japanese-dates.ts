/**
 * Japanese date reading: 2020年4月, 令和2年4月1日, 平成27年7月, 令和元年度, 令和2年度末 — each era converted to its
 * western year, kept as printed and normalised (ISO-like), so a when-answer can give both forms.
 */
import { parseJapaneseNumber, toHalfWidthDigits } from './japanese-numbers';

/** First western year of each era minus one: 令和n年 = 2018 + n. */
const ERA_OFFSETS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };
/** One-letter era abbreviations (R2, H27) as they appear in tables. */
const ERA_LETTERS: Record<string, string> = { R: '令和', H: '平成', S: '昭和' };

export interface JapaneseDate {
  /** As printed, e.g. 令和2年4月1日. */
  text: string;
  /** [start, end) offsets of `text` in the searched string. */
  start: number;
  end: number;
  /** Era name when printed with one (令和, 平成 …), else null. */
  era: string | null;
  /** Western calendar year (for a fiscal year: the year it starts). */
  year: number;
  month: number | null;
  day: number | null;
  /** true for 年度 (fiscal year, April to March). */
  fiscal: boolean;
  /** true for 年度末 (end of the fiscal year). */
  fiscalYearEnd: boolean;
  /** Normalised: 2020-04-01, 2020-04, 2020, FY2020, FY2020末. */
  iso: string;
}

const NUM = String.raw`[0-9０-９]{1,4}|[〇一二三四五六七八九十]+`;
const DATE_PATTERN = new RegExp(
  String.raw`(?:(令和|平成|昭和|大正|明治|[RHS](?=[0-9０-９]))\s*(元|${NUM})|([0-9０-９]{4}))\s*` +
    String.raw`(?:年度(末)?|年(?:\s*(${NUM})\s*月(?:\s*(${NUM})\s*日)?)?)`,
  'g',
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function normalisedForm(year: number, month: number | null, day: number | null, fiscal: boolean, end: boolean): string {
  if (fiscal) return `FY${year}${end ? '末' : ''}`;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Western year of an era year: ('令和', '元') → 2019, ('平成', '27') → 2015. */
export function westernYear(era: string, eraYear: string): number | null {
  const offset = ERA_OFFSETS[ERA_LETTERS[era] ?? era];
  const n = eraYear === '元' ? 1 : parseJapaneseNumber(eraYear);
  return offset === undefined || n === null || n < 1 ? null : offset + n;
}

function isPlausible(year: number, month: number | null, day: number | null): boolean {
  if (year < 1868 || year > 2200) return false;
  if (month !== null && (month < 1 || month > 12)) return false;
  return day === null || (day >= 1 && day <= 31);
}

function readMatch(match: RegExpMatchArray): JapaneseDate | null {
  const [text, eraPrinted, eraYear, western, fiscalEnd, monthText, dayText] = match;
  const era = eraPrinted ? (ERA_LETTERS[eraPrinted] ?? eraPrinted) : null;
  // DATE_PATTERN captures an era with its year, or else a western year.
  const year = era && eraYear !== undefined ? westernYear(era, eraYear) : western !== undefined ? parseJapaneseNumber(western) : null;
  if (year === null) return null;
  const fiscal = /年度/.test(text);
  const month = monthText ? parseJapaneseNumber(monthText) : null;
  const day = dayText ? parseJapaneseNumber(dayText) : null;
  if (!isPlausible(year, month, day)) return null;
  const start = match.index ?? 0;
  const fiscalYearEnd = fiscalEnd !== undefined;
  const iso = normalisedForm(year, month, day, fiscal, fiscalYearEnd);
  return { text, start, end: start + text.length, era, year, month, day, fiscal, fiscalYearEnd, iso };
}

/**
 * Every date in a text, in text order.
 * @example findDates('保育所を2020年4月に開設')[0].iso // '2020-04'
 */
export function findDates(text: string): JapaneseDate[] {
  const dates: JapaneseDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const date = readMatch(match);
    if (date) dates.push(date);
  }
  return dates;
}

/** Reads a text that is exactly one date (surrounding spaces allowed); null otherwise. */
export function parseJapaneseDate(text: string): JapaneseDate | null {
  const trimmed = text.trim();
  const [first] = findDates(trimmed);
  return first && first.start === 0 && first.end === trimmed.length ? first : null;
}

/** The western form of a date, in Japanese: 2020年4月1日, 2020年度, 2020年度末. */
export function formatWestern(date: JapaneseDate): string {
  if (date.fiscal) return `${date.year}年度${date.fiscalYearEnd ? '末' : ''}`;
  const month = date.month === null ? '' : `${date.month}月`;
  const day = date.day === null ? '' : `${date.day}日`;
  return `${date.year}年${month}${day}`;
}

/**
 * A date for a reader: the western form, with the printed form in brackets when it differs
 * (「2020年4月1日（令和2年4月1日）」), so the answer is both normalised and traceable to the text.
 */
export function describeDate(date: JapaneseDate): string {
  const western = formatWestern(date);
  const printed = toHalfWidthDigits(date.text).replace(/\s+/g, '');
  return printed === western ? western : `${western}（${date.text}）`;
}
