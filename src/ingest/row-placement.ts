/**
 * Places a line's cells in the report's numbering: section, item, sub-item and title, carrying what
 * continuation lines leave out, and checking the numbering against the common template.
 */
import { SECTIONS, type Section } from '../domain/types';
import type { RowCells } from './row-cells';
import { findTemplateItem, findTemplateSubTitle, matchItemTitle, matchSubTitle, nextSubLabel, subLabelIndex, TEMPLATE } from './template';

export interface Placement {
  section: Section;
  item: number | null;
  sub: string | null;
  /** The sub-item's group letter (a, b), printed or carried from the row above in the same item. */
  subGroup: string | null;
  /** The row's own title without variant. */
  baseTitle: string;
  variant: string | null;
}

/** Where the previous rows left off. */
export interface PlacementState {
  section: Section | null;
  item: number | null;
  sub: string | null;
  subGroup: string | null;
  /** The last row that printed a title, for variant-only rows that continue it. */
  last: Placement | null;
}

export const initialPlacementState = (): PlacementState => ({ section: null, item: null, sub: null, subGroup: null, last: null });

/**
 * Group letters of the form's 小項目 (a-ア, b-ア). 「i」 is not one: the text extraction prints it for a garbled イ,
 * and no item of the template has nine groups.
 */
const GROUP_LETTER = /^[a-h]$/u;

/** The group of a sub-item row: the printed letter, else the row above's when it is in the same item. */
function decideSubGroup(cells: RowCells, item: number | null, sub: string | null, state: PlacementState): string | null {
  if (sub === null) return null;
  const printed = cells.noise.find((letter) => GROUP_LETTER.test(letter));
  if (printed) return printed;
  return item === state.item ? state.subGroup : null;
}

type Warn = (message: string) => void;

/** Finds the section of a row printed without its label: the current one, or a later one whose template item the title matches. */
function placeSection(cells: RowCells, state: PlacementState, warn: Warn): Section {
  if (cells.section) return cells.section;
  const current = state.section;
  const from = current ? SECTIONS.indexOf(current) : 0;
  const number = cells.numbers[0];
  if (cells.title && number !== undefined) {
    const fitsCurrent = current && matchItemTitle(current, cells.title);
    if (!fitsCurrent) {
      const later = TEMPLATE.sections.slice(from + (current ? 1 : 0)).find((s) => matchItemTitle(s.name, cells.title ?? '')?.number === number);
      if (later) {
        warn(`section label missing; 「${cells.title}」 is item ${number} of ${later.name} in the template`);
        return later.name;
      }
    }
  }
  if (current) return current;
  warn(`no section label before the first row; assuming ${SECTIONS[0]}`);
  return SECTIONS[0];
}

/** Decides whether a printed 「7」 is item 7 or the PDF's rendering of the label ア. */
function isItemSeven(cells: RowCells, section: Section, state: PlacementState): boolean {
  if (cells.title) {
    if (matchItemTitle(section, cells.title)?.number === 7) return true;
    if (matchSubTitle(section, state.item, cells.title)) return false;
  }
  if (state.item === null) return true;
  return state.item === 6 && cells.noise.length === 0 && cells.labels.length === 0;
}

/** Reads item number and printed sub label from the label tokens. */
function readNumbering(cells: RowCells, section: Section, state: PlacementState): { item: number | null; printedSub: string | null } {
  const numbers = [...cells.numbers];
  let item: number | null = null;
  let printedSub: string | null = cells.labels[0] ?? null;
  const first = numbers.shift();
  if (first !== undefined) {
    if (first === 7 && !cells.literalNumbers && !isItemSeven(cells, section, state)) printedSub = printedSub ?? 'ア';
    else item = first;
  }
  if (numbers[0] === 7 && printedSub === null && !cells.literalNumbers) printedSub = 'ア';
  return { item, printedSub };
}

/** A row printed with neither number nor label: an item the template knows by title, or a sub-item of the current item. */
function placeUnnumbered(cells: RowCells, section: Section, state: PlacementState): { item: number | null; sub: string | null } {
  const title = cells.title ?? '';
  const byItem = matchItemTitle(section, title);
  if (byItem) return { item: byItem.number, sub: null };
  const bySub = matchSubTitle(section, state.item, title);
  if (bySub) return { item: state.item, sub: bySub };
  if (cells.noise.length > 0) return { item: state.item, sub: nextSubLabel(state.sub) }; // 「i」 where a label should be
  return { item: state.item, sub: state.sub };
}

/** Checks a sub-item label against the template title and the sequence; the template wins when it knows the title. */
function checkSubLabel(cells: RowCells, section: Section, item: number | null, printed: string, state: PlacementState, warn: Warn): string {
  const byTemplate = cells.title ? matchSubTitle(section, item, cells.title) : undefined;
  if (byTemplate && byTemplate !== printed) {
    warn(`sub-item label ${printed} printed for 「${cells.title}」, which the template numbers ${byTemplate}`);
    return byTemplate;
  }
  const sameItem = item === state.item;
  if (!byTemplate && sameItem && subLabelIndex(printed) <= subLabelIndex(state.sub) && cells.title) {
    warn(`sub-item label ${printed} does not follow ${state.sub} in item ${item ?? '?'}`);
  }
  return printed;
}

/** Warns when item numbers skip or go back within a section. */
function checkItemNumber(item: number, state: PlacementState, warn: Warn): void {
  const previous = state.item;
  if (previous === null || item === previous) return;
  if (item < previous) warn(`item ${item} follows item ${previous} in ${state.section ?? '?'}`);
  else if (item > previous + 1) warn(`item numbering jumps from ${previous} to ${item} in ${state.section ?? '?'}`);
}

/** Places one line; updates `state`. */
export function placeRow(cells: RowCells, state: PlacementState, warn: Warn): Placement {
  const section = placeSection(cells, state, warn);
  if (section !== state.section) Object.assign(state, { section, item: null, sub: null, subGroup: null, last: null });
  const numbering = readNumbering(cells, section, state);
  // A variant-only row continues the row above; a form may print the item's number on it again.
  const sameItem = numbering.item === null || (cells.literalNumbers === true && numbering.item === state.item);
  const isContinuation = cells.title === null && sameItem && state.last !== null && (cells.variant !== null || cells.section === null);
  if (isContinuation && state.last && (numbering.printedSub === null || numbering.printedSub === state.last.sub)) {
    return { ...state.last, variant: cells.variant };
  }
  let item = numbering.item;
  let sub: string | null = null;
  if (item !== null) {
    checkItemNumber(item, state, warn);
    if (numbering.printedSub) sub = checkSubLabel(cells, section, item, numbering.printedSub, state, warn);
  } else if (numbering.printedSub) {
    item = state.item;
    sub = checkSubLabel(cells, section, item, numbering.printedSub, state, warn);
  } else if (cells.title) ({ item, sub } = placeUnnumbered(cells, section, state));
  else ({ item, sub } = { item: state.item, sub: state.sub });
  const baseTitle = cells.title ?? (sub ? findTemplateSubTitle(section, item, sub) : findTemplateItem(section, item)?.title) ?? section;
  const subGroup = decideSubGroup(cells, item, sub, state);
  const placement: Placement = { section, item, sub, subGroup, baseTitle, variant: cells.variant };
  Object.assign(state, { item, sub, subGroup, last: placement });
  return placement;
}
