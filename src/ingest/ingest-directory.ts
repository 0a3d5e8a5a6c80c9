/**
 * Parses every report file in a folder (PDF, workbook or text, sorted by name); a bad file is reported and
 * never stops the others.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { AppError, isAppError } from '../domain/errors';
import type { Initiative, ParsedReport, SourceFormat } from '../domain/types';
import { buildInitiatives, markDuplicates, markStatementDuplicates } from './build-initiatives';
import { detectFormat, isReportFileName } from './detect-format';
import { parseFormTable } from './parse-form-table';
import { parseReport } from './parse-report';
import { readPdfTable } from './pdf/read-pdf';
import { decodeReportText } from './read-report-file';
import { readWorkbookTable } from './read-workbook';
import { readSidecarMeta } from './report-meta';

/** Per-file counts for progress output. */
export interface IngestCounts {
  rows: number;
  statements: number;
  metrics: number;
  warnings: number;
}

export type IngestEvent =
  | { kind: 'parsed'; file: string; index: number; total: number; counts: IngestCounts; format: SourceFormat }
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

/** The largest file read per format: a published report is a few MB at most; a larger file is refused, not read. */
export const MAX_SOURCE_BYTES: Record<SourceFormat, number> = { pdf: 50 * 2 ** 20, xlsx: 20 * 2 ** 20, txt: 5 * 2 ** 20 };

/** Reads a report file's bytes: a regular file, within the largest size any format allows. */
function readSourceBytes(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('SOURCE_UNREADABLE', `${path}: not a regular file`, { file: path });
    size = stat.size;
  } catch (error) {
    if (isAppError(error)) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('SOURCE_UNREADABLE', `${path}: cannot read the file (${reason})`, { file: path });
  }
  const limit = Math.max(...Object.values(MAX_SOURCE_BYTES));
  if (size > limit)
    throw new AppError('SOURCE_TOO_LARGE', `${path}: ${formatMiB(size)} is over the ${formatMiB(limit)} limit for a report`, { file: path });
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('SOURCE_UNREADABLE', `${path}: cannot read the file (${reason})`, { file: path });
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/**
 * Parses a report from its bytes, in whichever format they are (told by content, not by name).
 * @param source the name recorded in the records and used in messages
 */
export async function parseReportBytes(bytes: Buffer, source: string, meta?: ReturnType<typeof readSidecarMeta>): Promise<ParsedReport> {
  const format = detectFormat(bytes);
  if (bytes.length > MAX_SOURCE_BYTES[format]) {
    throw new AppError(
      'SOURCE_TOO_LARGE',
      `${source}: ${formatMiB(bytes.length)} is over the ${formatMiB(MAX_SOURCE_BYTES[format])} limit for a ${format.toUpperCase()} report`,
      { file: source },
    );
  }
  if (format === 'pdf') return parseFormTable(await readPdfTable(bytes, source), source, 'pdf', meta);
  if (format === 'xlsx') return parseFormTable(await readWorkbookTable(bytes, source), source, 'xlsx', meta);
  return parseReport(decodeReportText(bytes, source).text, source, meta);
}

/** Reads and parses one report file, with its sidecar; `source` is the name recorded in the records. */
export async function ingestFile(path: string, source = basename(path)): Promise<ParsedReport> {
  const meta = readSidecarMeta(path);
  return parseReportBytes(readSourceBytes(path), source, meta);
}

function toAppError(error: unknown, file: string): AppError {
  if (isAppError(error)) return error;
  return new AppError('SOURCE_UNPARSEABLE', `${file}: ${error instanceof Error ? error.message : String(error)}`, { file });
}

/** A data-folder entry that is not a report file to read, or null when it is one. */
function refuseEntry(dataDir: string, name: string): AppError | null {
  const path = join(dataDir, name);
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      const target = realpathSync(path);
      const inside = realpathSync(dataDir) + sep;
      if (!target.startsWith(inside))
        return new AppError('SOURCE_UNREADABLE', `${name}: a link to a file outside the data folder; not followed`, { file: name });
    }
    if (!statSync(path).isFile())
      return new AppError('SOURCE_UNREADABLE', `${name}: not a regular file (a folder, pipe or device); skipped`, { file: name });
    return null;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return new AppError('SOURCE_UNREADABLE', `${name}: cannot read the entry (${reason})`, { file: name });
  }
}

/** Lists the report files of a folder (.pdf, .xlsx, .xlsm, .txt), sorted; SOURCE_UNREADABLE when the folder cannot be read. */
export function listReportFiles(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter(isReportFileName).sort();
  } catch (error) {
    throw new AppError('SOURCE_UNREADABLE', `${dataDir}: cannot list the data folder (${(error as Error).message})`, { file: dataDir });
  }
}

/** REPORT_DUPLICATE when a report for the same ministry and year was read from another file. */
function checkIdentity(parsed: ParsedReport, file: string, seen: Map<string, string>): void {
  const { id, ministry, fiscalYearLabel } = parsed.report;
  const first = seen.get(id);
  if (first !== undefined) {
    throw new AppError(
      'REPORT_DUPLICATE',
      `${file}: ${ministry} ${fiscalYearLabel} is already read from ${first}; remove one of the two files (or replace it with \`add --replace\`)`,
      { file },
    );
  }
  seen.set(id, file);
}

/**
 * Parses every report of `dataDir`; ids and order run across the corpus, and duplicateGroup is set corpus-wide.
 * @example const { reports, failures } = await ingestDirectory('data', { onProgress: (e) => console.log(e.file) });
 */
export async function ingestDirectory(dataDir: string, options: { onProgress?(event: IngestEvent): void } = {}): Promise<IngestResult> {
  const files = listReportFiles(dataDir);
  const result: IngestResult = { reports: [], failures: [] };
  const identities = new Map<string, string>();
  let order = 0;
  for (const [index, file] of files.entries()) {
    try {
      const refused = refuseEntry(dataDir, file);
      if (refused) throw refused;
      const parsed = await ingestFile(join(dataDir, file), file);
      checkIdentity(parsed, file, identities);
      const initiatives = buildInitiatives(parsed, order);
      order += initiatives.length;
      const counts = countReport(parsed);
      result.reports.push({ file, parsed, initiatives, counts });
      options.onProgress?.({ kind: 'parsed', file, index, total: files.length, counts, format: parsed.report.format });
    } catch (error) {
      const appError = toAppError(error, file);
      result.failures.push({ file, error: appError });
      options.onProgress?.({ kind: 'failed', file, index, total: files.length, error: appError });
    }
  }
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
    (sum, r) => ({
      rows: sum.rows + r.counts.rows,
      statements: sum.statements + r.counts.statements,
      metrics: sum.metrics + r.counts.metrics,
      warnings: sum.warnings + r.counts.warnings,
    }),
    { rows: 0, statements: 0, metrics: 0, warnings: 0 },
  );
  const records = result.reports.reduce((sum, r) => sum + r.initiatives.length, 0);
  const lines = [
    `${result.reports.length} report(s) parsed, ${result.failures.length} failed: ${total.rows} rows, ${total.statements} statements, ${total.metrics} metrics, ${records} records, ${total.warnings} warnings`,
    ...result.failures.map((f) => `  ${f.file}: ${f.error.code}: ${f.error.message}`),
  ];
  return lines.join('\n');
}
