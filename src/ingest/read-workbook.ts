/**
 * The ministries' Excel form (.xlsx, or .xlsm read the same way) → FormTable: finds the sheet that holds the form,
 * reads the title and 府省名 above its header, and each table row's cells as printed. Values only: formulas are
 * never evaluated (their cached results are read) and macros never run.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors';
import type { ParseWarning } from '../domain/types';
import type { FormTable } from './form-table';
import { findHeader, readAboveHeader, titleFromPageHeader, type FormColumns } from './workbook/form-header';
import { readFormRows } from './workbook/form-rows';
import { buildGrid, cellRange, cellText, countCells, type SheetGrid } from './workbook/sheet-grid';

export interface ReadWorkbookOptions {
  /** Most cells the form's sheet may hold (values and merged cells); more is SOURCE_UNPARSEABLE. Default 200,000. */
  maxCells?: number;
}

/** Defaults of ReadWorkbookOptions: a filled-in form holds a few thousand cells. */
const DEFAULT_MAX_CELLS = 200_000;
/**
 * The header is looked for in each sheet's first rows and columns (the form puts it under two or three title lines),
 * so a large sheet beside the form costs little before the form's sheet is chosen and bounded by maxCells.
 */
const HEADER_SEARCH_ROWS = 100;
const HEADER_SEARCH_COLUMNS = 100;

/** OLE2 / Compound File Binary: an old .xls, or an OOXML workbook encrypted with a password. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps its workbook in, as its name is stored in the CFB directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const ZIP_MAGIC = Buffer.from('PK');

const unreadable = (source: string, message: string): AppError => new AppError('SOURCE_UNREADABLE', `${source}: ${message}`, { file: source });

/** Refuses what exceljs cannot read before handing it the bytes: empty, old .xls, password-protected, not a zip. */
function checkContainer(bytes: Buffer, source: string): void {
  if (bytes.length === 0) throw new AppError('SOURCE_EMPTY', `${source}: the file is empty`, { file: source });
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    if (bytes.includes(ENCRYPTED_PACKAGE)) {
      throw unreadable(source, 'the workbook is password-protected (encrypted); save a copy without a password as .xlsx');
    }
    throw unreadable(source, 'an Excel 97-2003 workbook (.xls) is not read; open it in Excel and save it as .xlsx');
  }
  if (!bytes.subarray(0, 2).equals(ZIP_MAGIC)) throw unreadable(source, 'not a readable workbook (not a zip file)');
}

async function loadWorkbook(bytes: Buffer, source: string): Promise<ExcelJS.Workbook> {
  checkContainer(bytes, source);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like `Buffer` of its own; at run time it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(source, `not a readable workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  if (workbook.worksheets.length === 0) throw unreadable(source, 'not a readable workbook (no worksheets in it)');
  return workbook;
}

/** The sheet that holds the form: the first (visible first) whose first rows hold the header. */
function chooseSheet(workbook: ExcelJS.Workbook, source: string, warnings: ParseWarning[]): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const holding = sheets.filter((sheet) => findHeader(buildGrid(sheet, HEADER_SEARCH_ROWS, HEADER_SEARCH_COLUMNS)) !== null);
  const chosen = holding.find((sheet) => sheet.state === 'visible') ?? holding[0];
  if (!chosen) {
    const names = sheets.map((sheet) => `「${sheet.name}」`).join(', ');
    throw new AppError(
      'SOURCE_NOT_A_REPORT',
      `${source}: no sheet holds the follow-up form (looked for a header row with 大項目 and (A)–(D) in ${names})`,
      { file: source },
    );
  }
  if (sheets.length > 1) warnings.push({ message: `took sheet 「${chosen.name}」 (${sheets.indexOf(chosen) + 1} of ${sheets.length})` });
  const others = holding.filter((sheet) => sheet !== chosen);
  if (others.length > 0) {
    warnings.push({
      message: `sheets ${others.map((sheet) => `「${sheet.name}」`).join(', ')} also hold the form's header; only 「${chosen.name}」 was read`,
    });
  }
  return chosen;
}

/** All the sheet's text in reading order, one cell a line. */
function sheetText(grid: SheetGrid): string {
  return [...grid.rows.keys()]
    .sort((a, b) => a - b)
    .flatMap((row) => (grid.rows.get(row) ?? []).map(cellText))
    .join('\n');
}

function readTitle(grid: SheetGrid, sheet: ExcelJS.Worksheet, columns: FormColumns, warnings: ParseWarning[]) {
  const above = readAboveHeader(grid, columns.headerRow);
  if (above.title !== null) return above;
  const fromPageHeader = titleFromPageHeader(sheet.headerFooter?.oddHeader);
  if (fromPageHeader !== null) warnings.push({ message: `title read from the page header of sheet 「${sheet.name}」` });
  return { ...above, title: fromPageHeader };
}

/**
 * Reads the follow-up form from a workbook's bytes.
 * @param source the file's name, for messages
 * @example const table = await readWorkbookTable(readFileSync('data/x.xlsx'), 'x.xlsx'); table.rows[0].labels // ['1', '価値観・…']
 */
export async function readWorkbookTable(bytes: Buffer, source: string, options: ReadWorkbookOptions = {}): Promise<FormTable> {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const workbook = await loadWorkbook(bytes, source);
  const warnings: ParseWarning[] = [];
  const sheet = chooseSheet(workbook, source, warnings);
  const cells = countCells(sheet);
  if (cells > maxCells) {
    throw new AppError(
      'SOURCE_UNPARSEABLE',
      `${source}: sheet 「${sheet.name}」 holds ${cells} cells, more than the ${maxCells} read (options.maxCells)`,
      { file: source },
    );
  }
  const grid = buildGrid(sheet);
  const columns = findHeader(grid) as FormColumns;
  const rows = readFormRows(grid, columns, warnings);
  if (rows.length === 0) {
    const header = cellRange(columns.headerRow, columns.first);
    throw new AppError('SOURCE_UNPARSEABLE', `${source}: sheet 「${sheet.name}」 ${header}: the form's header has no rows under it`, {
      file: source,
    });
  }
  const { title, ministry } = readTitle(grid, sheet, columns, warnings);
  return { title, ministry, rows, text: sheetText(grid), sheet: sheet.name, warnings };
}
