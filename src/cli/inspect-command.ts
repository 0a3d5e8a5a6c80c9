/**
 * `inspect <file> [--json]`: print one parsed report, as JSON in the shape other tools read, or as a summary.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isAppError } from '../domain/errors';
import { defaultDataDir } from '../domain/paths';
import type { ParsedReport, Row } from '../domain/types';
import { markStatementDuplicates } from '../ingest/build-initiatives';
import { countReport, ingestFile } from '../ingest/ingest-directory';
import { describeOrigin, formatParseWarning } from '../ingest/source-place';

const USAGE = 'usage: torikumi inspect <file> [--json]';

/** The JSON shape of `inspect --json`, field for field. */
export function toInspectJson(parsed: ParsedReport): unknown {
  const { id, ministry, fiscalYear, fiscalYearLabel, title, source, format, pages, sheet } = parsed.report;
  return {
    report: { id, ministry, fiscalYear, fiscalYearLabel, title, source, format, pages, sheet },
    rows: parsed.rows.map((row) => ({
      section: row.section,
      item: row.item,
      sub: row.sub,
      subGroup: row.subGroup,
      title: row.title,
      status: row.status,
      reason: row.reason,
      results: row.results,
      statements: row.statements.map((s) => ({ tag: s.tag, text: s.text, id: s.id })),
      metrics: row.metrics,
      origin: row.origin,
    })),
    warnings: parsed.warnings,
  };
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function formatRow(row: Row): string {
  const place = `${row.item ?? '-'}${row.subGroup ? `${row.subGroup}-` : ''}${row.sub ?? ''}`.padEnd(4);
  const counts = `${row.statements.length} st${row.metrics.length ? `, ${row.metrics.length} metrics` : ''}`;
  const reason = row.reason ? `\n      理由: ${clip(row.reason, 60)}` : '';
  return `  ${describeOrigin(row.origin)} ${place} ${(row.status ?? '—').padEnd(4)} ${clip(row.title, 40)} (${counts})${reason}`;
}

/** A readable summary: the report, then rows grouped by section, then warnings. */
export function formatInspectSummary(parsed: ParsedReport): string {
  const { report } = parsed;
  const counts = countReport(parsed);
  const out = [
    `${report.ministry} ${report.fiscalYearLabel} (${report.fiscalYear}) ${report.title}`,
    `source: ${report.source} (${report.format.toUpperCase()}${report.pages ? `, ${report.pages} pages` : ''}${report.sheet ? `, sheet ${report.sheet}` : ''}) — ${counts.rows} rows, ${counts.statements} statements, ${counts.metrics} metrics, ${counts.warnings} warnings`,
  ];
  let section = '';
  for (const row of parsed.rows) {
    if (row.section !== section) out.push(`\n■ ${(section = row.section)}`);
    out.push(formatRow(row));
  }
  if (parsed.warnings.length > 0) out.push('\nwarnings:', ...parsed.warnings.map((w) => `  ${formatParseWarning(report.source, w)}`));
  return out.join('\n');
}

/** A bare file name that is not in the working folder is looked up in the bundled data folder. */
function resolveReportPath(arg: string): string {
  if (existsSync(arg) || arg.includes('/')) return arg;
  const inData = join(defaultDataDir(), arg);
  return existsSync(inData) ? inData : arg;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const [file, ...more] = args.filter((a) => a !== '--json');
  if (file === undefined || more.length > 0 || file.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const path = resolveReportPath(file);
  try {
    const parsed = await ingestFile(path, basename(path));
    markStatementDuplicates([parsed]);
    console.log(json ? JSON.stringify(toInspectJson(parsed), null, 2) : formatInspectSummary(parsed));
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`torikumi inspect: ${error.code}: ${error.message}`);
    return 1;
  }
}
