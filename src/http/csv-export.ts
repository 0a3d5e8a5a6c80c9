/**
 * CSV export of search results: UTF-8 with a byte order mark, so that Excel opens the Japanese correctly,
 * CRLF line ends (RFC 4180), and cells that a spreadsheet would run as a formula defused.
 */
import type { ApiResult } from './present-results';

const BOM = '\uFEFF';

const COLUMNS: { header: string; value: (r: ApiResult) => string | number | null }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'score', value: (r) => (r.score === null ? null : Number(r.score.toFixed(4))) },
  { header: 'ministry', value: (r) => r.ministry },
  { header: 'fiscalYear', value: (r) => r.fiscalYear },
  { header: 'section', value: (r) => r.section },
  { header: 'item', value: (r) => r.item },
  { header: 'itemTitle', value: (r) => r.itemTitle },
  { header: 'sub', value: (r) => r.sub },
  { header: 'rowTitle', value: (r) => r.rowTitle },
  { header: 'status', value: (r) => r.status },
  { header: 'tag', value: (r) => r.tag },
  { header: 'text', value: (r) => r.text },
  { header: 'alsoAt', value: (r) => r.alsoAt.map((p) => p.id).join(' ') },
];

/** A spreadsheet runs a cell starting with = + - @ (or a tab/CR) as a formula; a leading apostrophe stops that. */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quoteCell(value: string | number | null): string {
  if (value === null) return '';
  const cell = defuseFormula(String(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The results as a CSV document (BOM, header row, one row per result). */
export function toCsv(results: readonly ApiResult[]): string {
  const header = COLUMNS.map((c) => c.header).join(',');
  const rows = results.map((r) => COLUMNS.map((c) => quoteCell(c.value(r))).join(','));
  return `${BOM}${[header, ...rows].join('\r\n')}\r\n`;
}
