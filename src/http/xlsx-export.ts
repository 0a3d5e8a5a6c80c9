/**
 * The search export as an Excel workbook (exceljs's streaming writer, so the file goes out row by row): the same
 * columns and rows as the CSV, a bold frozen header row, column widths for Japanese text and wrapped cells.
 * Every value is written as a plain string or number, never as a formula, and text is defused as in the CSV so that
 * re-entering a cell in Excel cannot turn it into one either.
 */
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { SearchEngine, SearchRequest } from '../query/types';
import { EXPORT_COLUMNS, exportRow, resultBatches } from './csv-export';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's name as Excel shows it on the tab. */
const SHEET_NAME = '検索結果';

/** Streams every result of `request` into `res` as an .xlsx workbook. */
export async function streamXlsx(res: Response, engine: SearchEngine, request: SearchRequest, baseUrl: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  workbook.creator = '取組サーチ';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  for (const batch of resultBatches(engine, request)) {
    for (const initiative of batch) {
      const row = sheet.addRow(exportRow(initiative, baseUrl));
      row.alignment = { vertical: 'top', wrapText: true };
      row.commit();
    }
    // Let the zip stream hand what it has to the socket before the next batch is shaped.
    await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
}
