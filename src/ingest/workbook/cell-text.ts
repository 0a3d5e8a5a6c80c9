/**
 * A workbook cell's value → the text Excel displays, as data: rich text runs joined, a formula's cached result
 * (never evaluated), a hyperlink's text, numbers and dates formatted simply. Only whitespace is normalised.
 */
import type { Cell, CellValue } from 'exceljs';
import { joinWrappedLine } from '../text';

/** Horizontal whitespace inside a line: runs collapse to one space (full-width and no-break spaces included). */
const HORIZONTAL_SPACE = /[ \t\v\f\u00a0\u3000]+/gu;

/** A cell's text split into its lines: \r\n and \r become \n, spaces collapsed and trimmed, empty lines dropped. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * Joins a cell's lines into one, as a wrap is joined in every format (joinWrappedLine): no space where a Japanese
 * character meets the break, one between two latin words.
 * @example joinLines(['業務の', '効率化', 'Web', 'site']) === '業務の効率化Web site'
 */
export function joinLines(lines: string[]): string {
  return lines.reduce(joinWrappedLine, '');
}

/** Decimal places a number format asks for: 「0.0%」 → 1, 「#,##0」 → 0. */
function decimals(format: string): number {
  return (/\.(0+)/u.exec(format)?.[1] ?? '').length;
}

/** A number as displayed: percent and fixed-decimal formats honoured, otherwise without float noise. */
function formatNumber(value: number, format: string | undefined): string {
  const unquoted = (format ?? '').replace(/"[^"]*"/gu, '');
  if (unquoted.includes('%')) return `${(value * 100).toFixed(decimals(unquoted))}%`;
  if (/0\.0|#,##0/u.test(unquoted)) {
    const fixed = value.toFixed(decimals(unquoted));
    return unquoted.includes(',') ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals(unquoted) }) : fixed;
  }
  return String(Number(value.toPrecision(15)));
}

/** A date as the forms print one (yyyy/m/d, with the time when it is not midnight); exceljs gives UTC dates. */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  if (minutes === 0) return day;
  return `${day} ${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** Text of any cell value; `format` is the cell's number format. */
export function valueText(value: CellValue, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('error' in value) return value.error;
  // A formula's cached result is what Excel last displayed; the formula itself is never looked at.
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as CellValue, format);
  if ('hyperlink' in value) return valueText(value.text as CellValue, format);
  return '';
}

/** The cell's displayed text as lines (see cellLines). */
export function readCellLines(cell: Cell): string[] {
  return cellLines(valueText(cell.value, cell.numFmt));
}
