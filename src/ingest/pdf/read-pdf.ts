/**
 * The published PDF → FormTable, by geometry rather than reading order: the header gives the columns, the ruled
 * lines give the rows, the text of each cell is joined line by line, a row cut by a page break is carried on,
 * and what stands outside the table (title, page numbers, footers) is dropped.
 */
import { AppError } from '../../domain/errors';
import { SECTIONS } from '../../domain/types';
import { titleKey } from '../template';
import type { FormRow, FormTable } from '../form-table';
import { readTitleLine } from '../parse-report';
import { VARIANT } from '../row-cells';
import { continueGrid, findGrid, labelRulesIn, type Columns, type PageGrid, type Span } from './pdf-grid';
import { readPdfPages, type PdfPage, type ReadPdfOptions, type TextItem } from './pdf-page';
import { joinLines, joinWrapped, startsParagraph, toLines, toParagraphs, type TextLine } from './pdf-text';

const centerX = (item: TextItem): number => item.x + item.w / 2;
const centerY = (item: TextItem): number => item.y + item.h / 2;
const inside = (x: number, span: Span): boolean => x >= span.left && x < span.right;

/** Each value with the next: the bands between consecutive rules ([1, 4, 9] → [1, 4], [4, 9]). */
function adjacentPairs(values: number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let previous: number | null = null;
  for (const value of values) {
    if (previous !== null) pairs.push([previous, value]);
    previous = value;
  }
  return pairs;
}

/** Adds `text` to `list` as an entry of its own when it opens one (or the list is empty), else joins it to the last. */
function appendWrapped(list: string[], text: string, opens: boolean): void {
  const last = list.length - 1;
  const open = list[last];
  if (open === undefined || opens) list.push(text);
  else list[last] = joinWrapped(open, text);
}

/** A row being read, with what a continuation on the next page needs to know. */
interface RowInProgress {
  row: FormRow;
  lastCLine: TextLine | null;
  cRight: number;
}

/** Splits a title cell's lines into the title and a variant printed on its own last line(s): 「(独自実施のもの)」. */
function titleEntries(lines: TextLine[]): string[] {
  for (let k = 1; k < lines.length; k++) {
    const tail = joinLines(lines.slice(k));
    if (VARIANT.test(tail)) return [joinLines(lines.slice(0, k)), tail];
  }
  const whole = joinLines(lines);
  return whole ? [whole] : [];
}

/** The label cells of a row: by the vertical rules between them, else by the gaps between runs of text. */
function labelCells(items: TextItem[], rules: number[], span: Span): TextItem[][] {
  if (items.length === 0) return [];
  if (rules.length > 0) {
    return adjacentPairs([span.left, ...rules, span.right])
      .map(([left, right]) => items.filter((item) => inside(centerX(item), { left, right })))
      .filter((cell) => cell.length > 0);
  }
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: TextItem[][] = [];
  let right = -Infinity;
  for (const item of sorted) {
    const open = cells.at(-1);
    if (open === undefined || item.x - right > item.size * 0.5) cells.push([item]);
    else open.push(item);
    right = Math.max(right, item.x + item.w);
  }
  return cells;
}

/** True for a row that only holds a note merged across the table (「※ …」), not an initiative. */
function isNoteRow(items: TextItem[], columns: Columns): boolean {
  const text = joinLines(toLines(items)).trim();
  if (/^(?:※|\(注\)|（注）|注[)）:：])/u.test(text)) return true;
  const bounds = [columns.labels.right, columns.a.right, columns.b.right, columns.c.right];
  return items.some((item) => bounds.some((bound) => item.x < bound - item.size && item.x + item.w > bound + item.size * 2));
}

/** Reads one band between two row rules into a FormRow (null when the band is empty or a note). */
function readBand(page: PdfPage, grid: PageGrid, items: TextItem[], top: number, bottom: number, pageNumber: number): RowInProgress | null {
  const { columns } = grid;
  const visible = items.filter((item) => item.str.trim().length > 0);
  if (visible.length === 0 || isNoteRow(visible, columns)) return null;
  const column = (span: Span) => toLines(visible.filter((item) => inside(centerX(item), span)));
  const labelItems = visible.filter((item) => inside(centerX(item), columns.labels));
  const cells = labelCells(labelItems, labelRulesIn(page, columns, top, bottom), columns.labels);
  const labels = cells
    .flatMap((cell, index) => (index === cells.length - 1 ? titleEntries(toLines(cell)) : [joinLines(toLines(cell))]))
    .filter((t) => t.length > 0);
  const cLines = column(columns.c);
  const status = joinLines(column(columns.a));
  const reason = joinLines(column(columns.b));
  const results = joinLines(column(columns.d));
  const row: FormRow = {
    section: null,
    labels,
    status: status || null,
    reason: reason || null,
    statements: toParagraphs(cLines, columns.c.right),
    results: results || null,
    origin: { pages: [pageNumber, pageNumber] },
  };
  return { row, lastCLine: cLines[cLines.length - 1] ?? null, cRight: columns.c.right };
}

/**
 * A band at the top of a page that names nothing (no label, no status, no whole section name — a merged 大項目
 * cut by the break may leave a piece of its name beside it): the rest of the row before.
 */
function isContinuation(next: RowInProgress, sectionText: string | null): boolean {
  const { row } = next;
  const namesSection = sectionText !== null && SECTIONS.some((name) => titleKey(name) === titleKey(sectionText));
  // Every row of the form prints a number, a label, a variant or a status; the rest of a cut title prints none.
  const placesItself = row.labels.some((label) => LABEL_TOKEN.test(label.trim()) || VARIANT.test(label.trim()));
  return !placesItself && row.status === null && !namesSection;
}

/** An item number, a group letter or a kana sub-item label, alone in its cell. */
const LABEL_TOKEN = /^(?:[0-9０-９]{1,2}|[a-h]|[アイウエオカキクケコサシスセソ])$/u;

/** Appends a row's continuation on the next page: its first line may go on with the last paragraph. */
function carryOn(previous: RowInProgress, next: RowInProgress, firstCLine: TextLine | null, pageNumber: number): void {
  const into = previous.row;
  const [first, ...rest] = next.row.statements;
  if (first !== undefined) {
    // The same rule as within a page: the line over the break opens a paragraph only if it would on one page.
    const opens = firstCLine === null || startsParagraph(previous.lastCLine, firstCLine, previous.cRight);
    appendWrapped(into.statements, first, opens);
    into.statements.push(...rest);
  }
  if (next.row.labels.length > 0) {
    // The rest of a title cut by the page break.
    appendWrapped(into.labels, next.row.labels.join(''), false);
  }
  if (next.row.reason) into.reason = into.reason ? joinWrapped(into.reason, next.row.reason) : next.row.reason;
  if (next.row.results) into.results = into.results ? joinWrapped(into.results, next.row.results) : next.row.results;
  into.origin.pages = [into.origin.pages?.[0] ?? pageNumber, pageNumber];
  if (next.lastCLine) previous.lastCLine = next.lastCLine;
}

/**
 * The 大項目 text of each merged cell on the page, keyed by the top of the cell. A character belongs to the cell
 * its top edge stands in: vertical text in a short cell runs over its bottom rule.
 */
function sectionTexts(grid: PageGrid, page: PdfPage): Array<{ top: number; text: string }> {
  // The table's top and bottom close the first and last cell even where no rule is drawn there.
  const rules = [...new Set([grid.top, ...grid.sectionRules.filter((y) => y > grid.top + 1.5 && y < grid.bottom - 1.5), grid.bottom])];
  const texts: Array<{ top: number; text: string }> = [];
  for (const [top, bottom] of adjacentPairs(rules)) {
    const items = page.items.filter((item) => inside(centerX(item), grid.columns.section) && item.y >= top - 0.5 && item.y < bottom);
    const text = joinLines(toLines(items)).replace(/\s+/gu, '');
    if (text) texts.push({ top, text });
  }
  return texts;
}

/** Reads the rows of one page; `rows` holds the rows read so far (the last may continue here). */
function readPageRows(page: PdfPage, grid: PageGrid, pageNumber: number, rows: RowInProgress[]): void {
  const body = page.items.filter((item) => centerY(item) > grid.top && centerY(item) < grid.bottom);
  const sections = sectionTexts(grid, page);
  const notSection = body.filter((item) => !inside(centerX(item), grid.columns.section));
  for (const [i, [top, bottom]] of adjacentPairs(grid.rowRules).entries()) {
    if (bottom - top < 1) continue;
    const items = notSection.filter((item) => centerY(item) >= top && centerY(item) < bottom);
    const section = sections.find((s) => s.top >= top - 1.5 && s.top < bottom - 1.5);
    const band = readBand(page, grid, items, top, bottom, pageNumber);
    if (!band) continue;
    const previous = rows[rows.length - 1];
    if (i === 0 && previous && isContinuation(band, section?.text ?? null)) {
      const firstCLine = toLines(items.filter((item) => inside(centerX(item), grid.columns.c)))[0] ?? null;
      carryOn(previous, band, firstCLine, pageNumber);
      continue;
    }
    band.row.section = section?.text ?? null;
    rows.push(band);
  }
}

/** The title and 府省名 lines printed above the table (the title may wrap onto a second line). */
function readHeading(page: PdfPage, above: number): { title: string | null; ministry: string | null } {
  const lines = toLines(page.items.filter((item) => item.y + item.h <= above + 1)).map((line) => line.text.trim());
  let title: string | null = null;
  for (let i = 0; i < lines.length && title === null; i++) {
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
      const candidate = lines.slice(i, i + n).join('');
      if (readTitleLine(candidate, 0)) {
        title = candidate;
        break;
      }
    }
  }
  const ministryLine = lines.join('\n').match(/府省(?:庁)?名\s*[:：]?\s*([^\s\u3000:：]+)/u);
  return { title, ministry: ministryLine?.[1] ?? null };
}

/**
 * Reads the follow-up form from a PDF's bytes.
 * Errors (naming the file, and the page where it applies): SOURCE_UNREADABLE (damaged, truncated or
 * password-protected), SOURCE_NO_TEXT (scanned pages without a text layer), SOURCE_NOT_A_REPORT (no page prints
 * the form's header), SOURCE_TOO_LARGE (too many pages), SOURCE_UNPARSEABLE (a header without rows, or a time-out).
 */
export async function readPdfTable(bytes: Buffer, source: string, options: ReadPdfOptions = {}): Promise<FormTable> {
  const pages = await readPdfPages(bytes, source, options);
  if (pages.every((page) => page.items.every((item) => item.str.trim().length === 0))) {
    throw new AppError(
      'SOURCE_NO_TEXT',
      `${source}: the PDF's ${pages.length} page(s) hold no text, only images (a scan?); use the Excel file or a PDF printed from it`,
      { file: source },
    );
  }
  const table: FormTable = { title: null, ministry: null, rows: [], text: '', pages: pages.length, warnings: [] };
  const rows: RowInProgress[] = [];
  let columns: Columns | null = null;
  let headerPage: number | null = null;
  pages.forEach((page, index) => {
    const found = findGrid(page);
    const grid = found ?? (columns ? continueGrid(page, columns) : null);
    if (!grid) return;
    if (found && headerPage === null) headerPage = index + 1;
    if (table.title === null || table.ministry === null) {
      const heading = readHeading(page, grid.headerTop);
      table.title ??= heading.title;
      table.ministry ??= heading.ministry;
    }
    columns = grid.columns;
    readPageRows(page, grid, index + 1, rows);
  });
  if (headerPage === null) {
    throw new AppError('SOURCE_NOT_A_REPORT', `${source}: no page prints the form's header (大項目, 中項目, (A) to (D)); not a follow-up report`, {
      file: source,
    });
  }
  if (rows.length === 0)
    throw new AppError('SOURCE_UNPARSEABLE', `${source} page ${headerPage}: the table has a header but no rows`, { file: source, page: headerPage });
  table.rows = rows.map((r) => r.row);
  table.text = table.rows
    .map((row) => [row.section, ...row.labels, row.reason, ...row.statements, row.results].filter(Boolean).join('\n'))
    .join('\n');
  return table;
}
