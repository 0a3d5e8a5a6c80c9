/** Where something stands in a report file, said the way each format counts: lines, pages, or a sheet's cells. */
import type { Origin, ParseWarning } from '../domain/types';

function range(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** 「L12-14」, 「p.3-4」, 「様式!B12:J14」: a row's origin in a progress line or an inspect listing. */
export function describeOrigin(origin: Origin): string {
  if (origin.lines) return `L${range(...origin.lines)}`;
  if (origin.pages) return `p.${range(...origin.pages)}`;
  if (origin.cells) return origin.sheet ? `${origin.sheet}!${origin.cells}` : origin.cells;
  return '?';
}

/** 「data/x.txt:42: …」, 「x.pdf page 3: …」, 「x.xlsx B40: …」: one warning, naming the file and the place. */
export function formatParseWarning(source: string, warning: ParseWarning): string {
  if (warning.line !== undefined) return `${source}:${warning.line}: ${warning.message}`;
  if (warning.page !== undefined) return `${source} page ${warning.page}: ${warning.message}`;
  if (warning.cells !== undefined) return `${source} ${warning.cells}: ${warning.message}`;
  return `${source}: ${warning.message}`;
}
