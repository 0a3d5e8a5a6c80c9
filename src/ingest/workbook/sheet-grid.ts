/**
 * A worksheet as a grid of the cells that hold text: each merged range collapses to its master (top-left) cell,
 * which knows how far the merge reaches. Every later step reads this grid, never exceljs's cells.
 */
import type { Worksheet } from 'exceljs';
import { readCellLines } from './cell-text';

/** One cell with text (a merge's master), with the bottom-right corner of its merge (itself when unmerged). */
export interface GridCell {
  row: number;
  col: number;
  bottom: number;
  right: number;
  /** The displayed text's non-empty lines, whitespace normalised. */
  lines: string[];
}

export interface SheetGrid {
  name: string;
  /** Cells with text, by sheet row, each row's cells left to right. */
  rows: Map<number, GridCell[]>;
  /** The last sheet row that holds a cell with text (0 when none). */
  lastRow: number;
}

/** Cells exceljs stores on the sheet (values and merge slaves), counted without reading them. */
export function countCells(sheet: Worksheet): number {
  let count = 0;
  sheet.eachRow((row) => {
    count += row.actualCellCount;
  });
  return count;
}

/** Builds the grid of the sheet's first `rowLimit` rows and `colLimit` columns (all of them by default). */
export function buildGrid(sheet: Worksheet, rowLimit = Infinity, colLimit = Infinity): SheetGrid {
  const masters = new Map<string, GridCell>();
  const rows = new Map<number, GridCell[]>();
  let lastRow = 0;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > rowLimit) return;
    row.eachCell((cell, col) => {
      if (col > colLimit) return;
      const master = cell.isMerged ? cell.master : cell;
      if (master.address !== cell.address) {
        // A slave of a merge: its master (above or left, so already seen) reaches this far.
        const grid = masters.get(master.address);
        if (grid) {
          grid.bottom = Math.max(grid.bottom, rowNumber);
          grid.right = Math.max(grid.right, col);
        }
        return;
      }
      const lines = readCellLines(cell);
      if (lines.length === 0) return;
      const grid: GridCell = { row: rowNumber, col, bottom: rowNumber, right: col, lines };
      masters.set(cell.address, grid);
      const list = rows.get(rowNumber) ?? [];
      list.push(grid);
      rows.set(rowNumber, list);
      lastRow = rowNumber;
    });
  });
  for (const list of rows.values()) list.sort((a, b) => a.col - b.col);
  return { name: sheet.name, rows, lastRow };
}

/** The cells of one sheet row (empty when it has none). */
export function rowCells(grid: SheetGrid, row: number): GridCell[] {
  return grid.rows.get(row) ?? [];
}

/** A cell's text, lines joined with line breaks. */
export function cellText(cell: GridCell): string {
  return cell.lines.join('\n');
}

/** Column number → letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell address or range in A1 style: (12, 2) → B12; with a corner, B12:J14. */
export function cellRange(row: number, col: number, bottom = row, right = col): string {
  const start = `${columnLetters(col)}${row}`;
  return bottom === row && right === col ? start : `${start}:${columnLetters(right)}${bottom}`;
}
