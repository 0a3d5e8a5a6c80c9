/**
 * Japanese number reading: full- and half-width digits, kanji numerals (十/百/千/万), decimals, percentages
 * and counters (13名, 5日, 1か月, 1時間), so answers can quote a number exactly as the report prints it.
 */

/** A number found in a text, with the counter or unit printed right after it. */
export interface FoundNumber {
  value: number;
  /** The counter or unit, canonical form: % / ポイント / 名 / 人 / 日 / か月 / 時間 / 年 / 回 / 件 / 倍 / 割 / 台 / 組 / 円 …, or '' when none. */
  unit: string;
  /** The number and its unit as printed, e.g. 「１３名」「43.6%」「十三人」. */
  text: string;
  /** [start, end) offsets of `text` in the searched string. */
  start: number;
  end: number;
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8 };

/**
 * Counters and units, longest spelling first so that 「か月」 wins over 「月」; each maps to its canonical form.
 * 月 alone is left out on purpose: 「4月」 is a date, not a duration.
 */
const UNIT_SPELLINGS: [string, string][] = [
  ['パーセント', '%'],
  ['ポイント', 'ポイント'],
  ['か月', 'か月'],
  ['ヶ月', 'か月'],
  ['ケ月', 'か月'],
  ['カ月', 'か月'],
  ['ヵ月', 'か月'],
  ['箇月', 'か月'],
  ['時間', '時間'],
  ['%', '%'],
  ['名', '名'],
  ['人', '人'],
  ['日', '日'],
  ['年', '年'],
  ['回', '回'],
  ['件', '件'],
  ['倍', '倍'],
  ['割', '割'],
  ['箇所', 'か所'],
  ['か所', 'か所'],
  ['ヶ所', 'か所'],
  ['台', '台'],
  ['組', '組'],
  ['円', '円'],
  ['社', '社'],
  ['校', '校'],
  // Units of an organisation (「3部署で試行」「5課室」), counted in one counter whatever the level.
  ['部署', '部署'],
  ['部局', '部署'],
  ['課室', '部署'],
];

/** Half-width digits, decimal point, comma and percent sign for their full-width forms; other characters unchanged. */
export function toHalfWidthDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[％]/g, '%');
}

/** Reads a kanji numeral such as 十三, 二十五, 百二, 三千四百, 一万二千; null when it is not one. */
export function parseKanjiNumber(text: string): number | null {
  if (text.length === 0 || !/^[〇零一二三四五六七八九十百千万億]+$/.test(text)) return null;
  let total = 0;
  let section = 0; // the part below the current 万/億
  let digit: number | null = null;
  for (const char of text) {
    const value = KANJI_DIGITS[char];
    const small = KANJI_SMALL_UNITS[char];
    const large = KANJI_LARGE_UNITS[char];
    if (value !== undefined) {
      // Positional digits (二〇二〇) read as a plain digit string.
      digit = digit === null ? value : digit * 10 + value;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (large !== undefined) {
      total += (section + (digit ?? 0) || 1) * large;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Reads one number as printed: 13, １３, 43.6, 1,234, 十三, 3万, 1.5万; null when the text is not a number.
 * @example parseJapaneseNumber('４３．６') // 43.6
 */
export function parseJapaneseNumber(text: string): number | null {
  const half = toHalfWidthDigits(text.trim());
  const [, integer, fraction, large] = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万|億)?$/.exec(half) ?? [];
  if (integer !== undefined) {
    const value = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
    const multiplier = large === undefined ? 1 : KANJI_LARGE_UNITS[large];
    return multiplier === undefined ? null : value * multiplier;
  }
  return parseKanjiNumber(half);
}

const NUMBER_PATTERN = String.raw`(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?(?:万|億)?|[〇一二三四五六七八九十百千万億]+`;
const UNIT_PATTERN = UNIT_SPELLINGS.map(([spelling]) => spelling).join('|');
const FOUND_PATTERN = new RegExp(`(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN}|％)?`, 'g');

function canonicalUnit(printed: string | undefined): string {
  if (!printed) return '';
  const spelling = printed === '％' ? '%' : printed;
  return UNIT_SPELLINGS.find(([s]) => s === spelling)?.[1] ?? '';
}

/** A lone kanji digit without a counter (「一部」「一層」「三者」) is a word, not a number. */
function isWordNotNumber(numberText: string, unit: string): boolean {
  return /^[〇零一二三四五六七八九十百千万億]+$/.test(numberText) && unit === '';
}

/** 「一人当たり」「一日あたり」「一人ひとり」 are words of a rate, not counts of one. */
function isPerUnitWord(text: string, match: RegExpMatchArray): boolean {
  const [printed, numberText, unit] = match;
  const after = text.slice((match.index ?? 0) + printed.length);
  return numberText !== undefined && /^[一１1]$/.test(numberText) && unit !== undefined && /^(当たり|あたり|ひとり)/.test(after);
}

/**
 * Every number in a text with its counter, in text order.
 * @example findNumbers('女性13名を中途採用') // [{value: 13, unit: '名', text: '13名', …}]
 */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(FOUND_PATTERN)) {
    const [printed, numberText, unitText] = match;
    if (numberText === undefined) continue; // the number is FOUND_PATTERN's one required group
    const unit = canonicalUnit(unitText);
    if (isWordNotNumber(numberText, unit) || isPerUnitWord(text, match)) continue;
    const value = parseJapaneseNumber(numberText);
    if (value === null) continue;
    const start = match.index ?? 0;
    found.push({ value, unit, text: printed, start, end: start + printed.length });
  }
  return found;
}

/** The number of digits after the decimal point as printed (「24.0」 → 1), so computed values keep the report's precision. */
export function decimalsOf(printed: string): number {
  const [, fraction] = /[.．]([0-9０-９]+)/.exec(printed) ?? [];
  return fraction?.length ?? 0;
}

/** Formats a value with a fixed number of decimals, without floating-point noise (15.4 − 12 → "3.4"). */
export function formatNumber(value: number, decimals: number): string {
  return value.toFixed(decimals);
}
