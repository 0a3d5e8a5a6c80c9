/**
 * FormTable (a PDF's or workbook's table, cells as printed) → ParsedReport, through the same row reading,
 * placement in the template's numbering and statement splitting as the text extraction, so that one report
 * gives the same records in every format.
 */
import { AppError } from '../domain/errors';
import type { ParsedReport, ParseWarning, Section, SourceFormat } from '../domain/types';
import type { FormRow, FormTable } from './form-table';
import { buildReportRows, decideReport, readTitleLine, type RowDraft } from './parse-report';
import type { ReportMeta } from './report-meta';
import { readRowCells } from './row-cells';
import { matchItemTitle, matchSection, matchSubTitle, TEMPLATE, titleKey } from './template';

/**
 * The row readers strip markup and decode entities (the text extraction carries HTML); a form's cells are plain
 * text, so their own 「<」「&」 are escaped first and come back unchanged.
 */
function asCellText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** 「－」 in column A marks a numeric row, which has no status. */
const NO_STATUS = /^[－\-‐―—ー−]$/u;

function whereOf(row: FormRow): Omit<ParseWarning, 'message'> {
  if (row.origin.pages) return { page: row.origin.pages[0] };
  if (row.origin.cells) return { cells: row.origin.sheet ? `${row.origin.sheet}!${row.origin.cells}` : row.origin.cells };
  return {};
}

/** True when the template has `title` as an item or sub-item of `section`. */
function fitsSection(section: Section, title: string): boolean {
  if (matchItemTitle(section, title)) return true;
  const items = TEMPLATE.sections.find((s) => s.name === section)?.items ?? [];
  return items.some((item) => matchSubTitle(section, item.number, title) !== undefined);
}

interface SectionState {
  current: Section | null;
  /** The last 大項目 text that named no section exactly: the first piece of a merged cell cut by a page break. */
  piece: string | null;
}

/**
 * Decides the 大項目 a row's section cell names, or null to keep the current one. A merged cell cut by a page
 * break leaves pieces (「働き方」, then 「改革」 on the next page); a piece is only trusted to start another
 * section when the row's own title does not belong to the current section in the template.
 */
function decideSection(row: FormRow, title: string | null, state: SectionState, warn: (message: string) => void): Section | null {
  const text = row.section?.trim();
  if (!text) return null;
  const exact = matchSection(text);
  if (exact && titleKey(text) === titleKey(exact)) {
    state.piece = null;
    return exact;
  }
  const joined = state.piece ? matchSection(state.piece + text) : undefined;
  if (joined && state.current === joined) {
    state.piece = null;
    return null; // the rest of the current section's label, on the next page
  }
  state.piece = text;
  const guess = matchSection(text);
  if (!guess) {
    warn(`大項目 「${text}」 matches no section of the template; kept ${state.current ?? 'the first section'}`);
    return null;
  }
  if (state.current && guess !== state.current && title && fitsSection(state.current, title)) return null;
  return guess;
}

/** One form row → the cells the row readers take, with columns B–D as the reader found them. */
function toDraft(row: FormRow, state: SectionState, warnings: ParseWarning[]): RowDraft {
  const at = whereOf(row);
  const status = row.status && !NO_STATUS.test(row.status.trim()) ? row.status.trim() : null;
  const cells = readRowCells([...row.labels.map(asCellText), asCellText(status ?? '')], 0, { findSection: false });
  if (status && cells.status === null) warnings.push({ ...at, message: `column A reads 「${status}」, not 実施 or 実施未定` });
  const section = decideSection(row, cells.title, state, (message) => warnings.push({ ...at, message }));
  if (section) state.current = section;
  cells.section = section;
  cells.literalNumbers = true;
  cells.contents = [];
  cells.columns = {
    reason: row.reason ? asCellText(row.reason) : null,
    statements: row.statements.map(asCellText),
    results: row.results ? asCellText(row.results) : null,
  };
  return { cells, origin: row.origin, at };
}

/**
 * Parses the form read from a PDF or a workbook.
 * Errors: SOURCE_NOT_A_REPORT (no title with a fiscal year and no sidecar giving one), SOURCE_UNPARSEABLE (no rows),
 * MINISTRY_UNKNOWN — each naming the file.
 */
export function parseFormTable(table: FormTable, source: string, format: Exclude<SourceFormat, 'txt'>, meta?: ReportMeta): ParsedReport {
  const title = table.title ? readTitleLine(table.title, 0) : null;
  if (!title && meta?.fiscalYear === undefined && meta?.fiscalYearLabel === undefined) {
    throw new AppError('SOURCE_NOT_A_REPORT', `${source}: no title line with a fiscal year and 「フォローアップ」 above the table`, { file: source });
  }
  if (table.rows.length === 0) throw new AppError('SOURCE_UNPARSEABLE', `${source}: the table has a header but no rows`, { file: source });
  const warnings = [...table.warnings];
  const report = decideReport(
    table.text,
    source,
    title,
    { format, pages: table.pages ?? null, sheet: table.sheet ?? null },
    { meta, printedMinistry: table.ministry },
  );
  const state: SectionState = { current: null, piece: null };
  const drafts = table.rows.map((row) => toDraft(row, state, warnings));
  return { report, rows: buildReportRows(report, drafts, warnings), warnings };
}
