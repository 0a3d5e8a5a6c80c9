/**
 * 目標・現状 rows: 「目標：13%（令和2年）、現状：43.6%（令和元年度）、目標設定時：6.6%（平成26年度）」 → Metric.
 */
import type { Metric, Quantity } from '../domain/types';
import { readEntry } from './statements';

const KEY = /(目標設定時|目標|現状)\s*[:：]/gu;
/** Matched on width-folded text (foldAsciiWidth), so 「２７．３％」 reads as 27.3 % like 「27.3%」. */
const NUMBER_WITH_UNIT = /(\d+(?:[.,]\d+)?)\s*(%|ポイント|時間|日|人|名|件|倍|割)/gu;

/**
 * Full-width ASCII (０-９, ．, ％, ，) as half-width, one character for one, so that positions found in the folded
 * text stand for the same characters of the printed one (NFKC would also fold ㍻ and ① into several).
 */
export function foldAsciiWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ');
}
const QUALIFIER = /^(以上|以下|程度|未満|超|前後|弱|強)/u;

/** True when the text reads as a metric: it names both a target and a current value. */
export function isMetricText(text: string): boolean {
  return /目標\s*[:：]/u.test(text) && /現状\s*[:：]/u.test(text);
}

/** Reads a bracketed period right after the number, matching nested brackets: 「(30%以上(毎年度))」 → 毎年度. */
function readPeriod(rest: string): string | null {
  const open = /^\s*[(（]/u.exec(rest);
  if (!open) return null;
  let depth = 0;
  const start = open[0].length;
  for (let i = start; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') {
      if (depth === 0) return rest.slice(start, i).trim() || null;
      depth--;
    }
  }
  return null;
}

/**
 * Parses one printed quantity. The value is the last percentage (else the last number with a unit), so
 * 「両休暇合計5日以上取得率100%（令和2年）」 reads as 100 %, with 5日以上 kept in the text.
 */
export function parseQuantity(text: string): Quantity | null {
  const folded = foldAsciiWidth(text);
  const matches = [...folded.matchAll(NUMBER_WITH_UNIT)];
  if (matches.length === 0) return null;
  const percents = matches.filter((m) => m[2] === '%');
  const chosen = (percents.length > 0 ? percents : matches).at(-1);
  if (chosen === undefined) return null;
  const [printed, digits, unit] = chosen;
  if (digits === undefined || unit === undefined) return null; // both groups of NUMBER_WITH_UNIT are required
  const value = Number(digits.replace(',', ''));
  if (!Number.isFinite(value)) return null;
  let rest = text.slice((chosen.index ?? 0) + printed.length);
  const qualifier = QUALIFIER.exec(rest)?.[1] ?? null;
  if (qualifier) rest = rest.slice(qualifier.length);
  return { value, unit, period: readPeriod(rest), qualifier, text };
}

/** Splits 「目標：…、現状：…、目標設定時：…」 into its three phrases. */
function splitKeyedParts(text: string): Map<string, string> {
  const keys = [...text.matchAll(KEY)];
  const parts = new Map<string, string>();
  keys.forEach((key, i) => {
    const start = (key.index ?? 0) + key[0].length;
    const end = keys[i + 1]?.index ?? text.length;
    const phrase = text
      .slice(start, end)
      .trim()
      .replace(/[、，,]\s*$/u, '')
      .trim();
    const [, name] = key;
    if (name !== undefined && !parts.has(name)) parts.set(name, phrase);
  });
  return parts;
}

/** Parses one metric paragraph, with an optional leading 【label】. */
export function parseMetric(paragraph: string): Metric {
  const { label, text } = readEntry(paragraph, { leadLabels: false });
  const parts = splitKeyedParts(text);
  const quantity = (key: string): Quantity | null => {
    const phrase = parts.get(key);
    return phrase ? parseQuantity(phrase) : null;
  };
  return { label, target: quantity('目標'), current: quantity('現状'), baseline: quantity('目標設定時'), text };
}
