/**
 * 「今年度の変化」 as CSV: UTF-8 with a byte order mark (Excel reads the Japanese), Japanese headers, CRLF line ends,
 * and cells a spreadsheet would run as a formula defused — the same rules as the search export (csv-export.ts).
 */
import type { ChangeLine } from './changes-page';
import { CSV_BOM, csvCell } from './csv-export';

const COLUMNS: {
  header: string;
  value: (line: ChangeLine, context: { ministry: string; yearLabel: string; previousLabel: string }) => string | number | null;
}[] = [
  { header: '府省', value: (_l, c) => c.ministry },
  { header: '年度', value: (_l, c) => c.yearLabel },
  { header: '比較した年度', value: (_l, c) => c.previousLabel },
  { header: '変化', value: (l) => l.change },
  { header: '項目', value: (l) => l.place },
  { header: '前年度の記載', value: (l) => l.before },
  { header: '今年度の記載', value: (l) => l.after },
  { header: '内容', value: (l) => l.how },
  { header: '確からしさ', value: (l) => l.confidence },
  { header: 'ID', value: (l) => l.id },
];

/** The lines as a CSV document (BOM, header row, one row per change). */
export function changesToCsv(lines: readonly ChangeLine[], context: { ministry: string; yearLabel: string; previousLabel: string }): string {
  const header = COLUMNS.map((c) => c.header).join(',');
  const rows = lines.map((line) => COLUMNS.map((c) => csvCell(c.value(line, context))).join(','));
  return `${CSV_BOM}${[header, ...rows].join('\r\n')}\r\n`;
}
