/**
 * `add FILE [--replace] [--json] [--data DIR] [--index DIR]`: reads a report (PDF, workbook or text, told by its
 * content), prints what was read, and copies it into data/ under a generated name; the next start (or
 * `npm run index`) indexes it. A report for the same ministry and year already in data/ is refused unless
 * --replace (the old file then goes to data/.replaced/). Exit 0 added, 1 refused, 2 bad arguments or a bad file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError, isAppError } from '../domain/errors';
import { defaultDataDir, defaultIndexDir } from '../domain/paths';
import type { Origin } from '../domain/types';
import { findReportFile, placeReportFile, previewReport, type ReportPreview } from '../indexing/add-report';
import { parseReportBytes } from '../ingest/ingest-directory';
import { readSidecarMeta } from '../ingest/report-meta';
import { describeOrigin, formatParseWarning } from '../ingest/source-place';

const USAGE = 'usage: torikumi add FILE [--replace] [--json] [--data DIR] [--index DIR]';

interface AddArgs {
  file: string;
  replace: boolean;
  json: boolean;
  dataDir: string;
  indexDir: string;
}

/** Reads the arguments; throws INVALID_INPUT naming the bad one. */
export function parseAddArgs(args: string[]): AddArgs {
  const parsed: Partial<AddArgs> = { replace: false, json: false, dataDir: defaultDataDir(), indexDir: defaultIndexDir() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--replace') parsed.replace = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--data' || arg === '--index') {
      const value = args[(i += 1)];
      if (!value) throw new AppError('INVALID_INPUT', `${arg} needs a folder`, { field: arg });
      if (arg === '--data') parsed.dataDir = resolve(value);
      else parsed.indexDir = resolve(value);
    } else if (arg.startsWith('-')) throw new AppError('INVALID_INPUT', `unknown option ${arg}`, { field: arg });
    else if (parsed.file !== undefined) throw new AppError('INVALID_INPUT', `one file at a time (got ${parsed.file} and ${arg})`, { field: 'file' });
    else parsed.file = arg;
  }
  if (parsed.file === undefined) throw new AppError('INVALID_INPUT', 'a report file is required', { field: 'file' });
  return parsed as AddArgs;
}

function readUserFile(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw new AppError('SOURCE_UNREADABLE', `${path}: not a regular file`, { file: path });
    return readFileSync(path);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('SOURCE_UNREADABLE', `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      file: path,
    });
  }
}

function where(row: { item: number | null; sub: string | null }): string {
  return `${row.item ?? '-'}${row.sub ?? ''}`;
}

/** The preview for a terminal: the report, counts per section, a few rows with where they stand, the warnings. */
export function formatPreview(preview: ReportPreview, describe: (origin: Origin) => string = describeOrigin): string {
  const { report, counts } = preview;
  const layout = report.pages !== null ? `, ${report.pages} pages` : report.sheet !== null ? `, sheet ${report.sheet}` : '';
  const lines = [
    `${report.ministry} ${report.fiscalYearLabel} (${report.fiscalYear}) — ${report.format.toUpperCase()}${layout}`,
    `  ${counts.rows} rows, ${counts.statements} statements, ${counts.metrics} metrics, ${counts.warnings} warnings`,
    ...preview.sections.map((s) => `  ${s.section}: ${s.rows} rows`),
    'first rows:',
    ...preview.sample.map(
      (row) => `  ${describe(row.origin).padEnd(10)} ${where(row).padEnd(4)} ${row.title.slice(0, 30)} — ${row.text.slice(0, 40)}`,
    ),
  ];
  if (preview.warnings.length > 0) lines.push('warnings:', ...preview.warnings.map((w) => `  ${w}`));
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  let options: AddArgs;
  try {
    options = parseAddArgs(args);
  } catch (error) {
    console.error(`torikumi add: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const path = resolve(options.file);
  const name = basename(path);
  let bytes: Buffer;
  let preview: ReportPreview;
  try {
    bytes = readUserFile(path);
    const parsed = await parseReportBytes(bytes, name, readSidecarMeta(path));
    preview = previewReport(parsed, (warning) => formatParseWarning(name, warning));
  } catch (error) {
    if (!isAppError(error)) throw error;
    const place = [error.details.page ? `page ${error.details.page}` : '', error.details.sheet ? `sheet ${error.details.sheet}` : '']
      .filter(Boolean)
      .join(', ');
    console.error(`torikumi add: ${options.file}${place ? ` (${place})` : ''}: ${error.code}: ${error.message}`);
    return 2;
  }
  const existing = await findReportFile(options.dataDir, preview.report.id, options.indexDir);
  const sidecar = existsSync(`${path}.meta.json`) ? readFileSync(`${path}.meta.json`) : undefined;
  let placed: { file: string; replaced: string | null };
  try {
    placed = placeReportFile(options.dataDir, bytes, preview.report, { existing, replace: options.replace, sidecar });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'REPORT_DUPLICATE') throw error;
    console.log(options.json ? JSON.stringify({ added: false, preview, existing }, null, 2) : formatPreview(preview));
    console.error(`torikumi add: ${error.message}`);
    return 1;
  }
  if (options.json) {
    console.log(JSON.stringify({ added: true, preview, file: placed.file, replaced: placed.replaced }, null, 2));
  } else {
    console.log(formatPreview(preview));
    if (placed.replaced) console.log(`replaced ${existing} (kept as ${placed.replaced})`);
    console.log(`added as ${placed.file} in ${options.dataDir}; the next start (or npm run index) indexes it`);
  }
  return 0;
}
