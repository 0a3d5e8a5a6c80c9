/**
 * One table line → what its cells hold, read by content rather than column position:
 * section label, item number, sub-item label, title, variant, status, and the content cells after them.
 */
import { STATUSES, type Section, type Status } from '../domain/types';
import { isMetricText } from './metric';
import { matchSection, SUB_LABELS } from './template';
import { cleanCell, stripTags } from './text';

/** What the cells of one line say, before the row is placed in the report's numbering. */
export interface RowCells {
  line: number;
  section: Section | null;
  /** Bare numbers from the item/sub-item columns, in order (「7」 may be item 7 or the PDF's ア). */
  numbers: number[];
  /** Katakana sub-item labels as printed. */
  labels: string[];
  /** Stray latin letters (a, b, i) the extractor left in the label columns. */
  noise: string[];
  title: string | null;
  /** (独自実施のもの) style variant, brackets kept. */
  variant: string | null;
  status: Status | null;
  /** Non-empty cells after the title, raw (markup still in, so paragraphs can be split). */
  contents: string[];
  /**
   * True when a printed 「7」 is the number 7: a PDF's text layer or a workbook's cell says what was written. The
   * text extraction prints the label ア as 「7」, so there a 7 is read by where it stands.
   */
  literalNumbers?: boolean;
  /**
   * Columns B–D when the reader knows them by position (a PDF's or workbook's header gives the bounds); then
   * `contents` is unused. Absent for the text extraction, whose cells shift and are told apart by content.
   */
  columns?: KnownColumns;
}

/** Columns B, C and D as a reader that knows the table's geometry found them; C holds one entry per paragraph. */
export interface KnownColumns {
  reason: string | null;
  statements: string[];
  results: string | null;
}

const NUMBER = /^([0-9０-９]{1,2})$/u;
const SUB_LABEL = new RegExp(`^([${SUB_LABELS.join('')}])$`, 'u');
const LABEL_AND_TITLE = new RegExp(`^([0-9０-９]{1,2}|[${SUB_LABELS.join('')}])\\s+(\\S.*)$`, 'u');
const NOISE = /^[a-zA-Z]$/u;
/** A row variant standing alone in a cell or line: 「(独自実施のもの)」, 「(内閣人事局・人事院が実施するものへの派遣)」. */
export const VARIANT = /^[(（][^()（）]{2,40}[)）]$/u;
const STATUS_CELL = /^(?:([(（][^()（）]{2,40}[)）])\s*)?(実施未定|実施)$/u;
const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

/** True for a cell that holds column B–D content rather than a title: tags, paragraph markup or a metric (inline <b> is not enough). */
function looksLikeContent(cell: string): boolean {
  return /【[^】]+】/u.test(cell) || /<(p|li|ul|ol)\b/iu.test(cell) || isMetricText(cell);
}

function toNumber(digits: string): number {
  return Number(digits.normalize('NFKC'));
}

type Lead = Pick<RowCells, 'numbers' | 'labels' | 'noise'>;

/** Reads a label-column token; true when the cell was one. */
function readLabelToken(cell: string, lead: Lead): boolean {
  const digits = NUMBER.exec(cell)?.[1];
  if (digits !== undefined) lead.numbers.push(toNumber(digits));
  else if (SUB_LABEL.test(cell)) lead.labels.push(cell);
  else if (NOISE.test(cell)) lead.noise.push(cell);
  else return false;
  return true;
}

/** Reads a status cell, which may carry the variant in front: 「(独自実施のもの) 実施」. */
function readStatus(cell: string, row: RowCells): boolean {
  const [, variant, status] = STATUS_CELL.exec(cell) ?? [];
  if (status === undefined || !STATUS_SET.has(status)) return false;
  row.status = status as Status;
  if (variant) row.variant = variant;
  return true;
}

/**
 * Reads the 大項目 label: the line's first text, in the first column or one to the right when the line is shifted.
 * The short 「その他」 counts only in the first column, where it cannot be an item's title.
 */
function readSectionLabel(cell: string, index: number, row: RowCells): boolean {
  if (index > 1 || NUMBER.test(cell) || SUB_LABEL.test(cell) || NOISE.test(cell)) return false;
  const section = matchSection(cell);
  if (!section || (section === 'その他' && index > 0)) return false;
  row.section = section;
  return true;
}

/**
 * Reads one line's cells (tab-separated) by what each holds.
 * @param options.findSection false when the reader gives the 大項目 column apart (its cells are then never a section)
 */
export function readRowCells(rawCells: string[], line: number, options: { findSection?: boolean } = {}): RowCells {
  const findSection = options.findSection ?? true;
  const row: RowCells = { line, section: null, numbers: [], labels: [], noise: [], title: null, variant: null, status: null, contents: [] };
  let isFirstText = true;
  rawCells.forEach((raw, index) => {
    const cell = cleanCell(raw);
    if (cell.length === 0) return;
    if (row.status === null && readStatus(cell, row)) return;
    const beforeTitle = row.title === null && row.contents.length === 0;
    if (findSection && beforeTitle && isFirstText && readSectionLabel(cell, index, row)) return;
    isFirstText = false;
    if (beforeTitle && readLabelToken(cell, row)) return;
    if (NOISE.test(cell)) return; // a stray letter after the title is extraction noise too
    if (row.status === null && row.variant === null && VARIANT.test(cell)) {
      row.variant = cell;
      return;
    }
    // Read the label off the cell before wide-character spaces are dropped: 「ア 出産・育児期…」.
    const labelled = beforeTitle
      ? LABEL_AND_TITLE.exec(
          stripTags(raw)
            .replace(/[\s\u3000]+/gu, ' ')
            .trim(),
        )
      : null;
    const [, label, title] = labelled ?? [];
    if (label !== undefined && title !== undefined && !looksLikeContent(cell)) {
      readLabelToken(label, row);
      row.title = cleanCell(title);
    } else if (beforeTitle && row.status === null && !looksLikeContent(raw)) row.title = cell;
    else row.contents.push(raw);
  });
  return row;
}
