/**
 * The form's header row and what stands above it: which columns hold 大項目, 中項目/小項目 and (A)–(D), the title
 * line and the 府省名 line. Header cells are matched loosely (NFKC, spaces removed), by their markers.
 */
import { foldedKey } from '../text';
import { joinLines } from './cell-text';
import { cellText, rowCells, type GridCell, type SheetGrid } from './sheet-grid';

/** A run of sheet columns, inclusive. */
export interface ColumnSpan {
  from: number;
  to: number;
}

/** Where the form's columns are, read from its header row. */
export interface FormColumns {
  /** The header row, and the last sheet row its cells reach down to (a header merged over two rows). */
  headerRow: number;
  headerBottom: number;
  section: ColumnSpan;
  /** 中項目 / 小項目: from 中項目's column up to the column before (A). */
  labels: ColumnSpan;
  status: ColumnSpan;
  reason: ColumnSpan | null;
  actions: ColumnSpan;
  results: ColumnSpan | null;
  /** The table's outer columns, for a row's cell range. */
  first: number;
  last: number;
}

/** The header text as matched: width-folded, spaces removed. */
export function headerKey(cell: GridCell): string {
  return foldedKey(cellText(cell));
}

/** The column letter a header cell ends with: 「(A)で「実施未定」を選択した場合の理由 (B)」 → B (its last marker). */
function markerOf(key: string): string | null {
  const markers = [...key.matchAll(/\(([A-D])\)/gu)];
  return markers.at(-1)?.[1] ?? null;
}

const span = (cell: GridCell): ColumnSpan => ({ from: cell.col, to: cell.right });

/** Reads the header from one sheet row's cells, or null when the row is not the form's header. */
function readHeaderRow(cells: GridCell[]): FormColumns | null {
  const section = cells.find((cell) => headerKey(cell).includes('大項目'));
  if (!section) return null;
  const byMarker = new Map<string, GridCell>();
  for (const cell of cells) {
    const marker = markerOf(headerKey(cell));
    if (marker && !byMarker.has(marker)) byMarker.set(marker, cell);
  }
  const status = byMarker.get('A');
  const actions = byMarker.get('C');
  // (A) and (C) are what make the table a follow-up form; (B) and (D) are read when present.
  if (!status || !actions || status.col <= section.right) return null;
  const item = cells.find((cell) => headerKey(cell).includes('中項目') && cell.col > section.right && cell.col < status.col);
  const reason = byMarker.get('B') ?? null;
  const results = byMarker.get('D') ?? null;
  const spans = [section, status, actions, reason, results].filter((cell): cell is GridCell => cell !== null);
  return {
    headerRow: section.row,
    headerBottom: Math.max(...cells.map((cell) => cell.bottom)),
    section: span(section),
    labels: { from: item ? item.col : section.right + 1, to: status.col - 1 },
    status: span(status),
    reason: reason ? span(reason) : null,
    actions: span(actions),
    results: results ? span(results) : null,
    first: section.col,
    last: Math.max(...spans.map((cell) => cell.right)),
  };
}

/** True when a sheet row is (a repetition of) the form's header. */
export function isHeaderRow(cells: GridCell[]): boolean {
  return readHeaderRow(cells) !== null;
}

/** Finds the first header row of the grid, or null when the sheet does not hold the form. */
export function findHeader(grid: SheetGrid): FormColumns | null {
  const numbers = [...grid.rows.keys()].sort((a, b) => a - b);
  for (const row of numbers) {
    const columns = readHeaderRow(rowCells(grid, row));
    if (columns) return columns;
  }
  return null;
}

/** A title line: a fiscal year (年度) and the word フォローアップ. */
export function isTitleText(text: string): boolean {
  const key = foldedKey(text);
  return key.includes('年度') && key.includes('フォローアップ');
}

/** 「府省名：財務省」 → 財務省; 「府省名」 alone → '' (the name is in the next cell); otherwise null. */
export function ministryLabel(text: string): string | null {
  return /^府省(?:庁)?名\s*[:：]?\s*(.*)$/su.exec(text.trim())?.[1]?.trim() ?? null;
}

/** The title and 府省名 read from the rows above the header. */
export function readAboveHeader(grid: SheetGrid, headerRow: number): { title: string | null; ministry: string | null } {
  let title: string | null = null;
  let ministry: string | null = null;
  for (let row = 1; row < headerRow; row++) {
    const cells = rowCells(grid, row);
    cells.forEach((cell, index) => {
      const text = joinLines(cell.lines);
      if (title === null && isTitleText(text)) title = cell.lines.join(' ');
      const label = ministryLabel(text);
      if (ministry === null && label !== null) {
        const next = cells[index + 1];
        ministry = label.length > 0 ? label : next ? joinLines(next.lines) : null;
      }
    });
  }
  return { title, ministry };
}

/** The title from a page header such as 「&C&"Noto Serif CJK JP,Regular"&9令和3年度 …フォローアップ」, or null. */
export function titleFromPageHeader(header: string | undefined): string | null {
  if (!header) return null;
  const text = header
    .replace(/&"[^"]*"/gu, '')
    .replace(/&\d+/gu, '')
    .replace(/&[A-Za-z&]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return isTitleText(text) ? text : null;
}
