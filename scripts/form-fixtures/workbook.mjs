/**
 * Builds the follow-up form as an exceljs workbook in one of the layouts: title and 府省名 lines, the two-row header,
 * one sheet row per parsed row, borders, wrapping, print setup.
 */
import ExcelJS from 'exceljs';
import { rowCells } from './cells.mjs';

/** Fixed workbook dates, so regenerating gives the same content. */
export const FIXED_DATE = new Date('2024-04-01T00:00:00Z');

const HEADERS = {
  section: '大項目',
  status: '各取組の実施状況 (A)',
  reason: '(A)で「実施未定」を選択した場合の理由 (B)',
  actions: '取組を行った(行う)時期、取組内容及び取組における工夫 (C)',
  results: '取組を行ったことによる具体的な成果 (D)',
};
const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Instruction-like sheets placed before the form, so a reader has to find the sheet that holds it. */
const OTHER_SHEETS = {
  記入要領: [
    ['記入要領'],
    ['1. 各取組の実施状況 (A) 欄には「実施」又は「実施未定」を選択してください。'],
    ['2. 「実施未定」を選択した場合は、その理由を (B) 欄に記載してください。'],
    ['3. (C) 欄の各取組の冒頭には【新規】【拡充】【継続】のいずれかを付してください。'],
  ],
  表紙: [['取組計画等フォローアップ 提出様式'], ['（次のシートに記入）']],
};

function columnIndex(layout, key) {
  const index = layout.columns.findIndex(([name]) => name === key);
  return index < 0 ? null : index + 1;
}

function styleCell(cell, font, { border = true, horizontal, rotate = false, bold = false } = {}) {
  cell.font = { ...font, bold };
  cell.alignment = { wrapText: true, vertical: 'top', ...(horizontal ? { horizontal } : {}), ...(rotate ? { textRotation: 'vertical' } : {}) };
  if (border) cell.border = BORDER;
}

function addOtherSheet(workbook, name, font) {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 90;
  for (const [text] of OTHER_SHEETS[name]) styleCell(sheet.addRow([text]).getCell(1), font, { border: false });
}

function writeTitleLines(sheet, layout, report, width) {
  const title = `${report.fiscalYearLabel} ${report.title}`;
  sheet.getCell(1, 1).value = title;
  sheet.mergeCells(1, 1, 1, width);
  styleCell(sheet.getCell(1, 1), { ...layout.font, size: layout.font.size + 3 }, { border: false, horizontal: 'center', bold: true });
  sheet.getRow(1).height = (layout.font.size + 3) * 2;
  sheet.getCell(2, 1).value = `府省名：${report.ministry}`;
  sheet.mergeCells(2, 1, 2, columnIndex(layout, 'title'));
  styleCell(sheet.getCell(2, 1), layout.font, { border: false });
  return title;
}

/** The two header rows from `top`: 大項目 | 中項目 (over number…title) | (A)…(D); 小項目 under group and kana. */
function writeHeader(sheet, layout, top) {
  const col = (key) => columnIndex(layout, key);
  const width = layout.columns.length;
  for (let c = 1; c <= width; c += 1) {
    for (const r of [top, top + 1]) styleCell(sheet.getCell(r, c), layout.font, { horizontal: 'center', bold: true });
  }
  sheet.getCell(top, col('number')).value = '中項目';
  sheet.mergeCells(top, col('number'), top, col('title'));
  sheet.getCell(top + 1, col('group')).value = '小項目';
  sheet.mergeCells(top + 1, col('group'), top + 1, col('kana'));
  // Three lines for the longest heading ((A)で「実施未定」を選択した場合の理由 (B)); a fixed height clips, it does not grow.
  sheet.getRow(top).height = Math.ceil(layout.font.size * 1.42 * 3 + 4);
  sheet.getRow(top + 1).height = Math.ceil(layout.font.size * 1.42 + 4);
  for (const key of Object.keys(HEADERS)) {
    sheet.getCell(top, col(key)).value = HEADERS[key];
    // Layout B leaves the second header row empty under these; the others merge them down.
    if (layout.sectionStyle === 'merged-vertical') sheet.mergeCells(top, col(key), top + 1, col(key));
  }
}

/** Pixels a column of `width` characters offers to text (Calc: about 9 px a character as measured on the PDFs, less the cell padding). */
const columnPixels = (width) => width * 9 - 8;
/** Wide (CJK) characters take a full em, narrow ones about half. */
const textPixels = (text, fontPx) => [...text].reduce((sum, ch) => sum + (/[\x00-\xff\uff61-\uff9f]/u.test(ch) ? 0.55 : 1) * fontPx, 0);

/**
 * The row height (points) that shows every wrapped line: neither Calc nor Excel fits a row to wrapped text on
 * opening a workbook, so the form, as the ministries' files do, carries its heights.
 */
function estimateRowHeight(layout, cells) {
  const fontPx = (layout.font.size * 96) / 72;
  let lines = 1;
  layout.columns.forEach(([key, width]) => {
    if (key === 'spacer' || (key === 'section' && layout.sectionStyle === 'merged-vertical')) return;
    const text = String(cells[key] ?? '');
    if (text === '') return;
    const perCell = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textPixels(line, fontPx) / columnPixels(width))), 0);
    lines = Math.max(lines, perCell);
  });
  return Math.ceil(lines * layout.font.size * 1.42 + 4);
}

/**
 * The sheet rows to write: one per parsed row, except that a print copy may cut one row's column C in two
 * (`printSplit`), the second part on a row of its own after a manual page break. Calc never breaks a row across pages
 * (it clips a row taller than the page), so this is how the PDF gets a row whose C text goes on overleaf.
 */
function sheetEntries(rows, printSplit) {
  const entries = rows.map((row, index) => ({ index, part: 'whole', cells: rowCells(rows, index) }));
  if (!printSplit) return entries;
  const at = rows.findIndex((row) => row.title === printSplit.title);
  if (at < 0) throw new Error(`printSplit: no row titled ${printSplit.title}`);
  const lines = entries[at].cells.actions.split('\n');
  const cut = lines[printSplit.statements];
  const first = [...lines.slice(0, printSplit.statements), cut.slice(0, printSplit.chars)].join('\n');
  const rest = [cut.slice(printSplit.chars), ...lines.slice(printSplit.statements + 1)].join('\n');
  const blank = Object.fromEntries(Object.keys(entries[at].cells).map((key) => [key, '']));
  entries.splice(
    at,
    1,
    { index: at, part: 'first', cells: { ...entries[at].cells, actions: first } },
    { index: at, part: 'rest', cells: { ...blank, section: rows[at].section, actions: rest } },
  );
  return entries;
}

function writeBody(sheet, layout, rows, top, printSplit) {
  const keys = layout.columns.map(([name]) => name);
  const entries = sheetEntries(rows, printSplit);
  entries.forEach((entry, n) => {
    const { cells } = entry;
    const sheetRow = sheet.getRow(top + n);
    sheetRow.height = estimateRowHeight(layout, cells);
    const sectionStarts = n === 0 || rows[entries[n - 1].index].section !== rows[entry.index].section;
    keys.forEach((key, i) => {
      const cell = sheetRow.getCell(i + 1);
      const value = key === 'spacer' ? '' : cells[key];
      if (key === 'section' && layout.sectionStyle === 'merged-vertical') {
        if (sectionStarts) cell.value = value;
      } else if (value !== '') {
        cell.value = value;
      }
      const centred = ['number', 'group', 'kana', 'status'].includes(key);
      styleCell(cell, layout.font, {
        horizontal: centred ? 'center' : undefined,
        rotate: key === 'section' && layout.sectionStyle === 'merged-vertical',
      });
      if (entry.part === 'first' && key !== 'section') cell.border = { ...BORDER, bottom: undefined };
      if (entry.part === 'rest' && key !== 'section') cell.border = { ...BORDER, top: undefined };
    });
    if (entry.part === 'first') sheetRow.addPageBreak();
  });
  if (layout.sectionStyle === 'merged-vertical')
    mergeSections(
      sheet,
      entries.map((entry) => rows[entry.index]),
      top,
      columnIndex(layout, 'section'),
    );
  return top + entries.length - 1;
}

function mergeSections(sheet, rows, top, column) {
  let start = 0;
  for (let i = 1; i <= rows.length; i += 1) {
    if (i === rows.length || rows[i].section !== rows[start].section) {
      if (i - 1 > start) sheet.mergeCells(top + start, column, top + i - 1, column);
      start = i;
    }
  }
}

/**
 * Builds the workbook for one parsed report (with `printSplit`, the print copy the PDF is made from); returns it with the sheet rows where the table starts and ends. */
export function buildWorkbook(parsed, layout, { printSplit = null } = {}) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'torikumi scripts/make-form-fixtures.mjs';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const name of layout.sheetsBefore) addOtherSheet(workbook, name, layout.font);
  const sheet = workbook.addWorksheet(layout.sheetName);
  sheet.columns = layout.columns.map(([, width]) => ({ width }));
  const width = layout.columns.length;
  const title = writeTitleLines(sheet, layout, parsed.report, width);
  const headerTop = layout.blankRowBeforeHeader ? 4 : 3;
  writeHeader(sheet, layout, headerTop);
  let bodyTop = headerTop + 2;
  if (layout.note) {
    sheet.getCell(bodyTop, 1).value = layout.note;
    sheet.mergeCells(bodyTop, 1, bodyTop, width);
    styleCell(sheet.getCell(bodyTop, 1), layout.font, { border: false });
    bodyTop += 1;
  }
  const bodyBottom = writeBody(sheet, layout, parsed.rows, bodyTop, printSplit);
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    printTitlesRow: `${headerTop}:${headerTop + 1}`,
  };
  sheet.headerFooter = {
    ...(layout.pageHeader ? { oddHeader: layout.pageHeader(title) } : {}),
    oddFooter: layout.pageFooter,
  };
  return { workbook, sheet, headerTop, bodyTop, bodyBottom };
}
