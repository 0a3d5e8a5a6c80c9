/**
 * The body of the form: each sheet row under the header that starts a row (a 大項目, 中項目/小項目 or (A) cell) becomes
 * one FormRow; the rows its cells are merged down over, and rows holding only (B)–(D) text, continue it.
 */
import type { ParseWarning } from '../../domain/types';
import type { FormRow } from '../form-table';
import { VARIANT } from '../row-cells';
import { joinLines } from './cell-text';
import { headerKey, isHeaderRow, isTitleText, ministryLabel, type ColumnSpan, type FormColumns } from './form-header';
import { cellRange, cellText, rowCells, type GridCell, type SheetGrid } from './sheet-grid';

/** This many empty sheet rows in a row end the table (a form has no gaps that long; notes may follow far below). */
export const EMPTY_ROWS_END = 30;

/** Header words a second header row holds, and nothing else. */
const SUBHEADER_WORDS = new Set(['小項目', '中項目', '大項目']);

type Part = 'section' | 'labels' | 'status' | 'reason' | 'actions' | 'results';

interface RowDraft {
  start: number;
  /** The last sheet row the row reaches: its cells' merges and its continuation rows. */
  bottom: number;
  cells: Record<Part, GridCell[]>;
}

const within = (col: number, span: ColumnSpan | null): boolean => span !== null && col >= span.from && col <= span.to;

/** Which column of the form a sheet column belongs to, or null for a spacer or a column beside the table. */
function partOf(columns: FormColumns, col: number): Part | null {
  if (within(col, columns.section)) return 'section';
  if (within(col, columns.labels)) return 'labels';
  if (within(col, columns.status)) return 'status';
  if (within(col, columns.reason)) return 'reason';
  if (within(col, columns.actions)) return 'actions';
  if (within(col, columns.results)) return 'results';
  return null;
}

/**
 * Why a sheet row is not a table row: a repeated header or title, the second header row (小項目), a 府省名 line, or a
 * note (one cell merged across the form's columns, or a 「※ …」 line in the item columns). null for a table row.
 */
function furniture(cells: GridCell[], columns: FormColumns): 'repeat' | 'note' | null {
  if (isHeaderRow(cells) || cells.every((cell) => SUBHEADER_WORDS.has(headerKey(cell)))) return 'repeat';
  const [cell, ...others] = cells;
  if (cell === undefined || others.length > 0) return null;
  const text = cellText(cell);
  if (isTitleText(text) || ministryLabel(text) !== null) return 'repeat';
  const spansColumns = partOf(columns, cell.col) !== partOf(columns, cell.right);
  const noteMark = /^[※＊*]|^注[\s:：]/u.test(text) && ['section', 'labels', null].includes(partOf(columns, cell.col));
  return spansColumns || noteMark ? 'note' : null;
}

function newDraft(row: number): RowDraft {
  return { start: row, bottom: row, cells: { section: [], labels: [], status: [], reason: [], actions: [], results: [] } };
}

/** The labels of one 中項目/小項目 cell: its text, and a variant on its last line as an entry of its own. */
function labelEntries(lines: string[]): string[] {
  const last = lines.at(-1);
  if (lines.length > 1 && last !== undefined && VARIANT.test(last)) return [joinLines(lines.slice(0, -1)), last];
  return [joinLines(lines)];
}

const linesOf = (cells: GridCell[]): string[] => cells.flatMap((cell) => cell.lines);
const orNull = (text: string): string | null => (text.length > 0 ? text : null);

function toFormRow(draft: RowDraft, columns: FormColumns, sheet: string): FormRow {
  const { cells } = draft;
  return {
    section: orNull(joinLines(linesOf(cells.section))),
    labels: cells.labels.flatMap((cell) => labelEntries(cell.lines)),
    status: orNull(joinLines(linesOf(cells.status))),
    reason: orNull(joinLines(linesOf(cells.reason))),
    // In a workbook a line break inside column C is the writer's own paragraph break.
    statements: linesOf(cells.actions),
    results: orNull(linesOf(cells.results).join(' ')),
    origin: { sheet, cells: cellRange(draft.start, columns.first, draft.bottom, columns.last) },
  };
}

/** Adds a sheet row's cells to the row they belong to, which then reaches down as far as they are merged. */
function addCells(draft: RowDraft, row: number, cells: Array<{ cell: GridCell; part: Part }>): void {
  for (const { cell, part } of cells) {
    draft.cells[part].push(cell);
    // A 大項目 merged over many rows belongs to its first row only; it does not make the row that tall.
    if (part !== 'section') draft.bottom = Math.max(draft.bottom, cell.bottom);
  }
  draft.bottom = Math.max(draft.bottom, row);
}

/** Notes the text a row holds outside the form's columns (it is not read). */
function warnOutside(cells: GridCell[], warnings: ParseWarning[]): void {
  for (const cell of cells) {
    const text = cellText(cell).slice(0, 20);
    warnings.push({ cells: cellRange(cell.row, cell.col), message: `cell outside the form's columns ignored: 「${text}」` });
  }
}

/** Reads the table body under the header into rows, in sheet order. */
export function readFormRows(grid: SheetGrid, columns: FormColumns, warnings: ParseWarning[]): FormRow[] {
  const drafts: RowDraft[] = [];
  let current: RowDraft | null = null;
  let reach = columns.headerBottom;
  let emptyRun = 0;
  for (let row = columns.headerBottom + 1; row <= grid.lastRow; row++) {
    const cells = rowCells(grid, row);
    if (cells.length === 0) {
      emptyRun = row <= reach ? 0 : emptyRun + 1;
      if (emptyRun < EMPTY_ROWS_END) continue;
      if (grid.lastRow > row)
        warnings.push({ cells: cellRange(row + 1, columns.first), message: `text below the table ignored: it follows ${EMPTY_ROWS_END} empty rows` });
      break;
    }
    emptyRun = 0;
    const kind = furniture(cells, columns);
    if (kind !== null) {
      const [note] = cells; // a note row is one cell
      if (kind === 'note' && note)
        warnings.push({ cells: cellRange(row, note.col), message: `note row skipped: 「${cellText(note).slice(0, 30)}」` });
      continue;
    }
    const parts = cells.map((cell) => ({ cell, part: partOf(columns, cell.col) }));
    warnOutside(
      parts.filter(({ part }) => part === null).map(({ cell }) => cell),
      warnings,
    );
    const inTable = parts.filter((entry): entry is { cell: GridCell; part: Part } => entry.part !== null);
    const [first] = inTable;
    if (first === undefined) continue;
    const starts = inTable.some(({ part }) => part === 'section' || part === 'labels' || part === 'status');
    if (starts) {
      if (current && current.bottom >= row) current.bottom = row - 1;
      current = newDraft(row);
      drafts.push(current);
    } else if (!current) {
      warnings.push({ cells: cellRange(row, first.cell.col), message: 'text before the first row ignored' });
      continue;
    } else if (row > current.bottom) {
      warnings.push({ cells: cellRange(row, first.cell.col), message: `row continues the row at ${cellRange(current.start, columns.first)}` });
    }
    addCells(current, row, inTable);
    reach = Math.max(reach, ...inTable.map(({ cell }) => cell.bottom));
  }
  return drafts.map((draft) => toFormRow(draft, columns, grid.name));
}
