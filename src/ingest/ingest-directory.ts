/**
 * Parses every *.txt report in a folder (sorted by name); a bad file is reported and never stops the others.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError, isAppError } from '../domain/errors';
import type { Initiative, ParsedReport } from '../domain/types';
import { buildInitiatives, markDuplicates, markStatementDuplicates } from './build-initiatives';
import { parseReport } from './parse-report';
import { readReportFile } from './read-report-file';
import { readSidecarMeta } from './report-meta';

/** Per-file counts for progress output. */
export interface IngestCounts {
  rows: number;
  statements: number;
  metrics: number;
  warnings: number;
}

export type IngestEvent =
  | { kind: 'parsed'; file: string; index: number; total: number; counts: IngestCounts }
  | { kind: 'failed'; file: string; index: number; total: number; error: AppError };

export interface IngestedReport {
  file: string;
  parsed: ParsedReport;
  initiatives: Initiative[];
  counts: IngestCounts;
}

export interface IngestResult {
  reports: IngestedReport[];
  failures: Array<{ file: string; error: AppError }>;
}

/** Counts of one parsed report. */
export function countReport(parsed: ParsedReport): IngestCounts {
  return {
    rows: parsed.rows.length,
    statements: parsed.rows.reduce((sum, row) => sum + row.statements.length, 0),
    metrics: parsed.rows.reduce((sum, row) => sum + row.metrics.length, 0),
    warnings: parsed.warnings.length,
  };
}

/** Reads and parses one report file, with its sidecar; `source` is the name recorded in the records. */
export function ingestFile(path: string, source = basename(path)): ParsedReport {
  const meta = readSidecarMeta(path);
  const { text } = readReportFile(path);
  return parseReport(text, source, meta);
}

function toAppError(error: unknown, file: string): AppError {
  if (isAppError(error)) return error;
  return new AppError('SOURCE_UNPARSEABLE', `${file}: ${error instanceof Error ? error.message : String(error)}`, { file });
}

/** Lists the report files of a folder, sorted; SOURCE_UNREADABLE when the folder cannot be read. */
export function listReportFiles(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    throw new AppError('SOURCE_UNREADABLE', `${dataDir}: cannot list the data folder (${(error as Error).message})`, { file: dataDir });
  }
}

/**
 * Parses every report of `dataDir`; ids and order run across the corpus, and duplicateGroup is set corpus-wide.
 * @example const { reports, failures } = ingestDirectory('data', { onProgress: (e) => console.log(e.file) });
 */
export function ingestDirectory(dataDir: string, options: { onProgress?(event: IngestEvent): void } = {}): IngestResult {
  const files = listReportFiles(dataDir);
  const result: IngestResult = { reports: [], failures: [] };
  let order = 0;
  files.forEach((file, index) => {
    try {
      const parsed = ingestFile(join(dataDir, file), file);
      const initiatives = buildInitiatives(parsed, order);
      order += initiatives.length;
      const counts = countReport(parsed);
      result.reports.push({ file, parsed, initiatives, counts });
      options.onProgress?.({ kind: 'parsed', file, index, total: files.length, counts });
    } catch (error) {
      const appError = toAppError(error, file);
      result.failures.push({ file, error: appError });
      options.onProgress?.({ kind: 'failed', file, index, total: files.length, error: appError });
    }
  });
  markDuplicates(result.reports.flatMap((r) => r.initiatives));
  markStatementDuplicates(result.reports.map((r) => r.parsed));
  return result;
}

/** One progress line: 「[1/3] mof-fy2020-followup.txt: 47 rows, 129 statements, 7 metrics, 2 warnings」. */
export function formatIngestEvent(event: IngestEvent): string {
  const head = `[${event.index + 1}/${event.total}] ${event.file}`;
  if (event.kind === 'failed') return `${head}: FAILED ${event.error.code}: ${event.error.message}`;
  const c = event.counts;
  return `${head}: ${c.rows} rows, ${c.statements} statements, ${c.metrics} metrics, ${c.warnings} warnings`;
}

/** The closing summary: totals, then one line per failed file. */
export function formatIngestSummary(result: IngestResult): string {
  const total = result.reports.reduce(
    (sum, r) => ({ rows: sum.rows + r.counts.rows, statements: sum.statements + r.counts.statements, metrics: sum.metrics + r.counts.metrics, warnings: sum.warnings + r.counts.warnings }),
    { rows: 0, statements: 0, metrics: 0, warnings: 0 },
  );
  const records = result.reports.reduce((sum, r) => sum + r.initiatives.length, 0);
  const lines = [
    `${result.reports.length} report(s) parsed, ${result.failures.length} failed: ${total.rows} rows, ${total.statements} statements, ${total.metrics} metrics, ${records} records, ${total.warnings} warnings`,
    ...result.failures.map((f) => `  ${f.file}: ${f.error.code}: ${f.error.message}`),
  ];
  return lines.join('\n');
}
