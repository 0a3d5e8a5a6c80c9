/**
 * Export of a whole search result set, for officers who continue in Excel: the columns they read (Japanese headers,
 * 年度 as printed beside the Western year, 出典 and a link per row), every result fetched batch by batch so that the
 * response streams and nothing is silently cut, and cells a spreadsheet would run as a formula defused.
 * This file holds the rows and the CSV; xlsx-export.ts writes the same rows as a workbook.
 */
import type { Response } from 'express';
import type { Initiative } from '../domain/types';
import { MAX_LIMIT as ENGINE_MAX_LIMIT } from '../query/search';
import type { SearchEngine, SearchRequest } from '../query/types';
import { citationOf } from './present-results';

export type ExportCell = string | number;

export interface ExportColumn {
  header: string;
  /** Width in characters for the workbook (a full-width character counts as about two). */
  width: number;
  value: (initiative: Initiative, baseUrl: string) => ExportCell;
}

/** The columns, in the order an officer reads a row of the report. */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: '府省', width: 12, value: (i) => i.ministry },
  { header: '年度', width: 11, value: (i) => i.fiscalYearLabel },
  { header: '西暦', width: 7, value: (i) => i.fiscalYear },
  { header: '大項目', width: 22, value: (i) => i.section },
  { header: '中項目', width: 28, value: (i) => [i.item ?? '', i.itemTitle ?? ''].join(' ').trim() },
  { header: '小項目', width: 28, value: (i) => subItemOf(i) },
  { header: '区分', width: 6, value: (i) => i.tag ?? '' },
  { header: '実施状況', width: 9, value: (i) => i.status ?? '' },
  { header: '取組内容', width: 60, value: (i) => i.text },
  { header: '成果', width: 40, value: (i) => i.results ?? '' },
  { header: '出典', width: 50, value: (i) => citationOf(i) },
  { header: 'URL', width: 40, value: (i, baseUrl) => `${baseUrl}/initiatives/${i.id}` },
];

/** 「a-ア 省内全体における…」: both levels of the sub-item label, then the row's title; empty for an item-level row. */
function subItemOf(initiative: Initiative): string {
  if (initiative.sub === null) return '';
  const label = [initiative.subGroup, initiative.sub].filter((part) => part).join('-');
  return `${label} ${initiative.rowTitle}`.trim();
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or CR, which some strip first) as a formula;
 * a leading apostrophe keeps it text.
 */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One export row: the column values, text defused. */
export function exportRow(initiative: Initiative, baseUrl: string): ExportCell[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = column.value(initiative, baseUrl);
    return typeof value === 'string' ? defuseFormula(value) : value;
  });
}

/**
 * Every result of a request, in its order, in batches of the engine's largest page: the engine caps one answer at
 * ENGINE_MAX_LIMIT, so a bigger set is read page after page until `total` is reached.
 */
export function* resultBatches(engine: SearchEngine, request: SearchRequest): Generator<Initiative[]> {
  let offset = 0;
  for (;;) {
    const response = engine.search({ ...request, limit: ENGINE_MAX_LIMIT, offset });
    const batch = response.results.flatMap((hit) => engine.getInitiative(hit.id) ?? []);
    if (batch.length > 0) yield batch;
    offset += response.results.length;
    if (response.results.length === 0 || offset >= response.total) return;
  }
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';

/** One CSV cell: a formula defused, then quoted when it holds a quote, comma or line break (RFC 4180). */
export function csvCell(value: string | number | null): string {
  const cell = value === null ? '' : typeof value === 'string' ? defuseFormula(value) : String(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvLine(cells: ExportCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Initiatives as one CSV document (BOM, Japanese header row, CRLF line ends as RFC 4180 has them). */
export function toCsv(initiatives: readonly Initiative[], baseUrl: string): string {
  return CSV_BOM + csvLine(EXPORT_COLUMNS.map((c) => c.header)) + initiatives.map((i) => csvLine(exportRow(i, baseUrl))).join('');
}

/** Waits for the socket to take more when a write filled its buffer, so a large export does not pile up in memory. */
export function writeChunk(res: Response, chunk: string | Buffer): Promise<void> | undefined {
  if (res.write(chunk)) return undefined;
  return new Promise((resolve) => res.once('drain', () => resolve()));
}

/** Streams every result of `request` as CSV into `res`, batch by batch. */
export async function streamCsv(res: Response, engine: SearchEngine, request: SearchRequest, baseUrl: string): Promise<void> {
  await writeChunk(res, CSV_BOM + csvLine(EXPORT_COLUMNS.map((c) => c.header)));
  for (const batch of resultBatches(engine, request)) {
    await writeChunk(res, batch.map((i) => csvLine(exportRow(i, baseUrl))).join(''));
  }
  res.end();
}

/** 「2026-05-01」 in Japan time, the date an officer files the export under. */
export function japanDate(now: Date): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/** 「取組サーチ_テレワーク_2026-05-01.csv」: the query (or すべて) and the date, without characters a file name cannot hold. */
export function exportFileName(q: string, now: Date, extension: 'csv' | 'xlsx'): string {
  const words = q
    // eslint-disable-next-line no-control-regex -- control characters cannot stand in a file name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `取組サーチ_${words || 'すべて'}_${japanDate(now)}.${extension}`;
}

/** RFC 6266: an ASCII fallback name plus filename*=UTF-8''… (RFC 5987 leaves ' ( ) * unencoded by encodeURIComponent). */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const extension = fileName.slice(fileName.lastIndexOf('.'));
  return `attachment; filename="torikumi-search${extension}"; filename*=UTF-8''${encoded}`;
}
