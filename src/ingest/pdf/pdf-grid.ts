/**
 * The form's grid on one page: the header that names the columns (大項目, 中項目, (A)–(D)), the column bounds
 * from the ruled lines that cross it (or from the header texts where no line is drawn), and the row bands
 * between the horizontal lines that cross the status and content columns.
 */
import type { PdfPage, Segment, TextItem } from './pdf-page';
import { foldedKey } from '../text';
import { repairGlyphText } from './pdf-text';

export interface Span {
  left: number;
  right: number;
}

/** Where each of the form's columns lies; `labels` runs from 中項目 to the column before (A). */
export interface Columns {
  section: Span;
  labels: Span;
  a: Span;
  b: Span;
  c: Span;
  d: Span;
  /** Vertical rules inside the labels span (between number, group, kana and title cells), x positions. */
  labelRules: number[];
}

export interface PageGrid {
  columns: Columns;
  /** The header's bottom: rows start below it. */
  top: number;
  /** The table's last rule: what is below is page furniture (page numbers, footers). */
  bottom: number;
  /** Row boundaries (y) between top and bottom, ascending, top and bottom included. */
  rowRules: number[];
  /** Boundaries of the 大項目 column's cells (a merged cell spans several rows). */
  sectionRules: number[];
  /** Where the header's texts start (the title and 府省名 stand above). */
  headerTop: number;
}

const TOLERANCE = 1.5;

const key = foldedKey;

interface Marker {
  item: TextItem;
  center: number;
}

/** The header's column names; (A)…(D) as printed at the end of each column's heading. */
const MARKERS = { section: '大項目', labels: '中項目', a: '(A)', b: '(B)', c: '(C)', d: '(D)' } as const;
/** A narrow heading wraps inside its word (「大項」 / 「目」): its first two characters are enough to place it. */
const SHORT_MARKERS: Partial<Record<MarkerName, string>> = { section: '大項', labels: '中項' };
type MarkerName = keyof typeof MARKERS;

/**
 * Runs of text: items on one line with no gap wider than a narrow space between them, joined into one item.
 * A heading's characters may each be an item of their own (Chromium, subset fonts), and an item may hold a whole
 * heading; a run is the text of one cell's line either way.
 */
function textRuns(items: TextItem[]): TextItem[] {
  const runs: TextItem[] = [];
  const sorted = items.filter((i) => i.str.trim().length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const item of sorted) {
    const str = repairGlyphText(item.str);
    const last = runs[runs.length - 1];
    const sameLine = last !== undefined && Math.abs(last.y - item.y) < Math.min(last.size, item.size) * 0.5;
    if (sameLine && item.x - (last.x + last.w) <= item.size * 0.3 && item.x >= last.x) {
      last.str += str;
      last.w = Math.max(last.w, item.x + item.w - last.x);
    } else runs.push({ ...item, str });
  }
  return runs;
}

/**
 * Finds the header's markers, each in the run of text that holds it. A heading may wrap (「各取組の実施状況」 /
 * 「(A)」 on the next line, or 「大項」 / 「目」 in a narrow column), so (A)–(D) are looked for at the end of a run
 * and 大項目 / 中項目 by their first two characters when the whole word is not on one line.
 */
function findMarkers(items: TextItem[]): Partial<Record<MarkerName, Marker>> | null {
  const runs = textRuns(items);
  const found: Partial<Record<MarkerName, Marker>> = {};
  for (const name of Object.keys(MARKERS) as MarkerName[]) {
    const marker = MARKERS[name];
    // (A) also stands inside the heading of (B) 「(A)で「実施未定」を選択した場合の理由 (B)」: a heading ends with its own.
    const holds = (text: string): boolean => (name === 'section' || name === 'labels' ? key(text).includes(marker) : key(text).endsWith(marker));
    const short = SHORT_MARKERS[name];
    const item = runs.find((run) => holds(run.str)) ?? (short ? runs.find((run) => key(run.str) === short) : undefined);
    if (item) found[name] = { item, center: item.x + item.w / 2 };
  }
  const complete = found.a && found.b && found.c && found.d;
  return complete ? found : null;
}

function isHorizontal(s: Segment): boolean {
  return Math.abs(s[1] - s[3]) < 0.8 && Math.abs(s[0] - s[2]) > 2;
}

function isVertical(s: Segment): boolean {
  return Math.abs(s[0] - s[2]) < 0.8 && Math.abs(s[1] - s[3]) > 2;
}

/** Distinct values, merged within the tolerance, ascending. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) {
    const previous = out.at(-1);
    if (previous === undefined || value - previous > TOLERANCE) out.push(value);
  }
  return out;
}

/** x positions of vertical rules that cross the height y. */
function verticalRulesAt(lines: Segment[], y: number): number[] {
  return distinct(
    lines
      .filter(isVertical)
      .filter((s) => Math.min(s[1], s[3]) - TOLERANCE <= y && y <= Math.max(s[1], s[3]) + TOLERANCE)
      .map((s) => s[0]),
  );
}

/** y positions where horizontal rules (joined when drawn cell by cell) cover every given x. */
function horizontalRulesCovering(lines: Segment[], xs: number[]): number[] {
  const byY = new Map<number, Array<[number, number]>>();
  for (const s of lines.filter(isHorizontal)) {
    const y = Math.round(((s[1] + s[3]) / 2) * 2) / 2;
    const spans = byY.get(y) ?? [];
    spans.push([Math.min(s[0], s[2]) - TOLERANCE, Math.max(s[0], s[2]) + TOLERANCE]);
    byY.set(y, spans);
  }
  const covering = [...byY].filter(([, spans]) => xs.every((x) => spans.some(([from, to]) => from <= x && x <= to))).map(([y]) => y);
  return distinct(covering);
}

function spanAround(x: number, rules: number[], fallback: Span): Span {
  const left = [...rules].reverse().find((r) => r < x - TOLERANCE);
  const right = rules.find((r) => r > x + TOLERANCE);
  return left !== undefined && right !== undefined ? { left, right } : fallback;
}

/** Column bounds from the header texts alone: halfway between one heading's end and the next one's start. */
function columnsFromTexts(markers: Partial<Record<MarkerName, Marker>>, page: PdfPage): Record<MarkerName, Span> {
  const order: MarkerName[] = ['section', 'labels', 'a', 'b', 'c', 'd'];
  const present = order.filter((name) => markers[name]);
  const spans = {} as Record<MarkerName, Span>;
  const itemOf = (name: MarkerName | undefined): Marker['item'] | null => (name === undefined ? null : (markers[name] as Marker).item);
  present.forEach((name, index) => {
    const item = (markers[name] as Marker).item;
    const before = itemOf(present[index - 1]);
    const after = itemOf(present[index + 1]);
    const left = before ? (before.x + before.w + item.x) / 2 : 0;
    const right = after ? (item.x + item.w + after.x) / 2 : page.width;
    spans[name] = { left, right };
  });
  return spans;
}

/**
 * The last row on a page may be printed without its bottom rule (a row cut by the page break is left open):
 * the column rules still run down to where it ends, so the table ends there.
 */
function closeTable(lines: Segment[], rowRules: number[], columns: Columns): number[] {
  const last = rowRules.at(-1);
  if (last === undefined) return rowRules;
  const edges = [columns.c.left, columns.c.right];
  const ends = lines
    .filter(isVertical)
    .filter((s) => edges.some((x) => Math.abs(s[0] - x) <= TOLERANCE) && Math.min(s[1], s[3]) < last + TOLERANCE)
    .map((s) => Math.max(s[1], s[3]));
  const end = Math.max(last, ...ends);
  return end > last + 2 ? [...rowRules, end] : rowRules;
}

/** Finds the grid of a page that prints the header; null when it has none. */
export function findGrid(page: PdfPage): PageGrid | null {
  const markers = findMarkers(page.items);
  if (!markers) return null;
  const headerItems = Object.values(markers).map((m) => (m as Marker).item);
  const headerTop = Math.min(...headerItems.map((i) => i.y));
  const headerBottomText = Math.max(
    ...headerItems.map((i) => i.y + i.h),
    ...textRuns(page.items)
      .filter((i) => key(i.str) === '小項目')
      .map((i) => i.y + i.h),
  );
  const byText = columnsFromTexts(markers, page);
  const rules = verticalRulesAt(page.lines, (headerTop + headerBottomText) / 2);
  const column = (name: MarkerName): Span => {
    const marker = markers[name];
    return marker ? spanAround(marker.center, rules, byText[name]) : byText[name];
  };
  const a = column('a');
  const section = markers.section ? column('section') : { left: 0, right: 0 };
  // 中項目 heads the number, group, kana and title columns together: they run from 大項目's right edge to (A).
  const labelsLeft = markers.section ? section.right : markers.labels ? column('labels').left : 0;
  const columns: Columns = {
    section,
    labels: { left: labelsLeft, right: a.left },
    a,
    b: column('b'),
    c: column('c'),
    d: column('d'),
    labelRules: [],
  };
  const contentXs = [(columns.a.left + columns.a.right) / 2, (columns.c.left + columns.c.right) / 2];
  const allRows = horizontalRulesCovering(page.lines, contentXs);
  const top = allRows.find((y) => y >= headerBottomText - TOLERANCE);
  if (top === undefined) return gridWithoutRules(page, columns, headerTop, headerBottomText);
  const rowRules = closeTable(
    page.lines,
    allRows.filter((y) => y >= top),
    columns,
  );
  const bottom = rowRules.at(-1) ?? top; // never empty: top is among the rules kept
  const sectionRules = markers.section
    ? horizontalRulesCovering(page.lines, [(section.left + section.right) / 2]).filter((y) => y >= top && y <= bottom + TOLERANCE)
    : [];
  return { columns, top, bottom, rowRules, sectionRules, headerTop };
}

/**
 * A table printed without ruled lines: rows start where a label or a status starts after a blank gap is not
 * knowable, so each line that holds an item number, a sub-item label or a status starts a row.
 */
function gridWithoutRules(page: PdfPage, columns: Columns, headerTop: number, top: number): PageGrid {
  const body = page.items.filter((i) => i.y >= top && i.str.trim().length > 0);
  const starts = body
    .filter(
      (i) =>
        (i.x >= columns.labels.left && i.x < columns.labels.right && /^[0-9０-９]{1,2}$|^[ア-ソ]$|^[a-h]$/u.test(i.str.trim())) ||
        (i.x >= columns.a.left && i.x < columns.a.right),
    )
    .map((i) => i.y - 1);
  const bottom = Math.max(top, ...body.map((i) => i.y + i.h)) + 1;
  const rowRules = distinct([top, ...starts.filter((y) => y > top), bottom]);
  return { columns, top, bottom, rowRules, sectionRules: rowRules, headerTop };
}

/** The same grid on a page that repeats no header: its rules, with the columns of the page before. */
export function continueGrid(page: PdfPage, previous: Columns): PageGrid | null {
  const contentXs = [(previous.a.left + previous.a.right) / 2, (previous.c.left + previous.c.right) / 2];
  const rowRules = closeTable(page.lines, horizontalRulesCovering(page.lines, contentXs), previous);
  const [top] = rowRules;
  const bottom = rowRules.at(-1);
  if (rowRules.length < 2 || top === undefined || bottom === undefined) return null;
  const sectionRules = horizontalRulesCovering(page.lines, [(previous.section.left + previous.section.right) / 2]).filter(
    (y) => y >= top && y <= bottom + TOLERANCE,
  );
  return { columns: previous, top, bottom, rowRules, sectionRules, headerTop: top };
}

/** Vertical rules inside the labels span that cross the band (top, bottom): the cells of number, group, kana, title. */
export function labelRulesIn(page: PdfPage, columns: Columns, top: number, bottom: number): number[] {
  const middle = (top + bottom) / 2;
  return verticalRulesAt(page.lines, middle).filter((x) => x > columns.labels.left + TOLERANCE && x < columns.labels.right - TOLERANCE);
}
