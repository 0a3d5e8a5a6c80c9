/**
 * Report text → ParsedReport: the title line gives the year, the text gives the ministry, and each table
 * line becomes a Row read by what its cells hold. Never throws on arbitrary text except AppError.
 */
import { AppError } from '../domain/errors';
import type { Origin, ParsedReport, ParseWarning, Report, Row, SourceFormat, Statement } from '../domain/types';
import { guessMinistry, readFiscalYear, resolveFiscalYear, type ReportMeta } from './report-meta';
import { readRowCells, type RowCells } from './row-cells';
import { readRowContent } from './row-content';
import type { StatementDraft } from './statements';
import { initialPlacementState, placeRow } from './row-placement';
import { assignRowVariants, hashId, statementId } from './statement-ids';
import { normalizeWhitespace } from './text';

/** The title line: an era fiscal year and the word フォローアップ, optionally as a markdown heading. */
export const TITLE_LINE = /^#*\s*((?:令和|平成)\s*(?:元|[0-9０-９]{1,2})\s*年度)\s*(.*フォローアップ.*)$/u;
/** The column header line that opens every page of the table. */
const HEADER_LINE = /^\s*大項目\s*\t/u;
/** The second header line: only 「小項目」 and empty cells. */
const SUBHEADER_LINE = /^[\s\t]*小項目[\s\t]*$/u;

/** A table row read from the file, before it is placed in the template's numbering. */
export interface RowDraft {
  cells: RowCells;
  origin: Origin;
  /** Where warnings about this row point. */
  at: Omit<ParseWarning, 'message'>;
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

export interface TitleLine {
  line: number;
  yearLabel: string;
  title: string;
}

/** Reads 「令和3年度 …フォローアップ」; null when the text is not a title line. */
export function readTitleLine(text: string, line: number): TitleLine | null {
  const [, yearLabel, title] = TITLE_LINE.exec(normalizeWhitespace(text)) ?? [];
  return yearLabel !== undefined && title !== undefined
    ? { line, yearLabel: normalizeWhitespace(yearLabel), title: normalizeWhitespace(title) }
    : null;
}

/** Finds the title line; SOURCE_NOT_A_REPORT when the text has none, or no table header after it. */
function readTitle(lines: string[], source: string): TitleLine {
  const index = lines.findIndex((line) => TITLE_LINE.test(line.trim()));
  if (index < 0)
    throw new AppError('SOURCE_NOT_A_REPORT', `${source}:1: no title line with a fiscal year and 「フォローアップ」`, { file: source, line: 1 });
  if (!lines.some((line) => HEADER_LINE.test(line))) {
    throw new AppError('SOURCE_NOT_A_REPORT', `${source}:${index + 1}: title found but no table header (大項目 / 中項目)`, {
      file: source,
      line: index + 1,
    });
  }
  return readTitleLine(lines[index]!, index + 1) as TitleLine; // lines[index] is the title line findIndex found
}

/** Page furniture to drop: repeated title lines, column headers, blank lines. */
function isPageFurniture(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length === 0 || TITLE_LINE.test(trimmed) || HEADER_LINE.test(line) || SUBHEADER_LINE.test(line);
}

/** A line whose only content continues the previous row's cell (a cell broken by a page or line wrap). */
function continuesPrevious(cells: RowCells): boolean {
  return (
    cells.section === null &&
    cells.numbers.length === 0 &&
    cells.labels.length === 0 &&
    cells.title === null &&
    cells.variant === null &&
    cells.status === null &&
    cells.contents.length > 0
  );
}

/** Reads the table lines after the first header into row drafts. */
function readDrafts(lines: string[], warnings: ParseWarning[]): RowDraft[] {
  const drafts: RowDraft[] = [];
  const start = lines.findIndex((line) => HEADER_LINE.test(line));
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (isPageFurniture(text)) continue;
    const line = i + 1;
    const cells = readRowCells(text.split('\t'), line);
    const previous = drafts[drafts.length - 1];
    if (!text.includes('\t') || continuesPrevious(cells)) {
      if (previous?.origin.lines) {
        previous.cells.contents.push(...(text.includes('\t') ? cells.contents : [text]));
        previous.origin.lines[1] = line;
        warnings.push({ line, message: `line continues the row of line ${previous.origin.lines[0]}` });
      } else warnings.push({ line, message: 'text before the first row ignored' });
      continue;
    }
    drafts.push({ cells, origin: { lines: [line, line] }, at: { line } });
  }
  return drafts;
}

/** SOURCE_UNPARSEABLE when the table stops inside a cell: markup or a 【tag】 left open on the last row. */
function checkNotTruncated(drafts: RowDraft[], lines: string[], source: string): void {
  const last = drafts[drafts.length - 1];
  if (!last) {
    const header = lines.findIndex((line) => HEADER_LINE.test(line)) + 1;
    throw new AppError('SOURCE_UNPARSEABLE', `${source}:${header}: the table has a header but no rows`, { file: source, line: header });
  }
  const [from, to] = last.origin.lines ?? [1, lines.length];
  const text = lines.slice(from - 1, to).join('\n');
  const opened = (text.match(/<(p|li|ul)\b[^>]*>/giu) ?? []).length;
  const closed = (text.match(/<\/(p|li|ul)>/giu) ?? []).length;
  const openBracket = /【[^】]*$/u.test(text) || /<[^>]*$/u.test(text);
  if (opened > closed || openBracket) {
    const line = to;
    throw new AppError('SOURCE_UNPARSEABLE', `${source}:${line}: the table ends inside a cell (truncated file?)`, { file: source, line });
  }
}

/** How a report was read, beside what it says: its format, and the PDF's pages or the workbook's sheet. */
export interface ReportFormat {
  format: SourceFormat;
  pages: number | null;
  sheet: string | null;
}

/**
 * Who and when the report is about: the sidecar first, then the form's own 府省名 line, then the most frequent
 * ministry name in the text; the year from the sidecar or the title line.
 * @param where the title's place, for messages (「:3」 for a line, 「 page 1」 for a page)
 */
export function decideReport(
  text: string,
  source: string,
  title: Pick<TitleLine, 'yearLabel' | 'title'> | null,
  how: ReportFormat,
  options: { meta?: ReportMeta; printedMinistry?: string | null; where?: Omit<ParseWarning, 'message'> } = {},
): Report {
  const { meta, printedMinistry, where = {} } = options;
  const place = where.line !== undefined ? `:${where.line}` : where.page !== undefined ? ` page ${where.page}` : '';
  const year = resolveFiscalYear(title ? readFiscalYear(title.yearLabel) : undefined, meta);
  if (!year) throw new AppError('SOURCE_NOT_A_REPORT', `${source}${place}: cannot read the fiscal year`, { file: source, ...where });
  const ministry = meta?.ministry ?? printedMinistry ?? guessMinistry(text);
  if (!ministry) {
    throw new AppError(
      'MINISTRY_UNKNOWN',
      `${source}: cannot tell which ministry the report is about; add ${source}.meta.json with {"ministry": "…"}`,
      { file: source, ...where },
    );
  }
  return {
    id: reportId(ministry, year.fiscalYear),
    ministry,
    fiscalYear: year.fiscalYear,
    fiscalYearLabel: year.label,
    title: title?.title ?? '女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ',
    source,
    ...how,
  };
}

/** A report's identity: one ministry, one fiscal year (a corrected re-issue replaces the report, it is not a second one). */
export function reportId(ministry: string, fiscalYear: number): string {
  return hashId('report', ministry, fiscalYear);
}

/** A row before its statements get ids (ids need every row, to tell apart rows that share a place). */
type RowWithoutIds = Omit<Row, 'statements'> & { statementDrafts: StatementDraft[] };

/** Turns drafts into rows: placement in the numbering, then columns B–D. */
function buildRows(drafts: RowDraft[], warnings: ParseWarning[]): RowWithoutIds[] {
  const state = initialPlacementState();
  return drafts.map(({ cells, origin, at }) => {
    const placement = placeRow(cells, state, (message) => warnings.push({ ...at, message }));
    const content = readRowContent(cells.contents, cells.status, cells.columns);
    const title = placement.variant ? `${placement.baseTitle}${placement.variant}` : placement.baseTitle;
    return {
      section: placement.section,
      item: placement.item,
      sub: placement.sub,
      subGroup: placement.subGroup,
      title,
      status: cells.status,
      reason: content.reason,
      results: content.results,
      metrics: content.metrics,
      origin,
      statementDrafts: content.statements,
    };
  });
}

/** Gives each statement its stable id. */
function assignIds(report: Report, built: RowWithoutIds[]): Row[] {
  const variants = assignRowVariants(built); // one per row, so variants[index]! below is in range
  return built.map(({ statementDrafts, ...row }, index) => {
    const statements: Statement[] = statementDrafts.map((draft, position) => ({
      id: statementId({ ...report, section: row.section, item: row.item, sub: row.sub, rowVariant: variants[index]!, position }),
      tag: draft.tag,
      label: draft.label,
      text: draft.text,
      duplicateGroup: null,
    }));
    return { ...row, statements };
  });
}

/** Rows with their statements' ids, from drafts read in any format. */
export function buildReportRows(report: Report, drafts: RowDraft[], warnings: ParseWarning[]): Row[] {
  return assignIds(report, buildRows(drafts, warnings));
}

/**
 * Parses one follow-up report.
 * @param source the file's name relative to the data folder, for messages and records (ids do not depend on it)
 * @param meta sidecar values that override the ministry and year read from the text
 */
export function parseReport(text: string, source: string, meta?: ReportMeta): ParsedReport {
  const lines = splitLines(text);
  const title = readTitle(lines, source);
  const warnings: ParseWarning[] = [];
  const drafts = readDrafts(lines, warnings);
  checkNotTruncated(drafts, lines, source);
  const report = decideReport(text, source, title, { format: 'txt', pages: null, sheet: null }, { meta, where: { line: title.line } });
  const rows = buildReportRows(report, drafts, warnings);
  return { report, rows, warnings };
}
