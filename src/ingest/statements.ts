/**
 * Column C → statements: one per 【tag】 entry, untagged paragraph or list item, with its tag and label.
 */
import { TAGS, type Tag } from '../domain/types';
import { cleanCell, normalizeWhitespace, splitBlocks, stripTags } from './text';

/** A statement before it gets an id (ids need the row's place in the report). */
export interface StatementDraft {
  tag: Tag | null;
  label: string | null;
  text: string;
}

const TAG_SET: ReadonlySet<string> = new Set(TAGS);
/** 【…】 at the very start of an entry: a change tag or a label such as 【全体】. */
const LEADING_BRACKET = /^【([^】]{1,40})】\s*/u;
/** A short 「審議会:」 style lead naming what the entry is about. */
const LEAD_LABEL = /^([^\s:：、。,「」()（）【】]{1,8})[:：]/u;
/** Where a new entry starts inside one block: before a change tag, or before a label after a space. */
const ENTRY_START = /(?=【(?:継続|新規|拡充)】)|(?<=[\s。])(?=【[^】]{1,40}】)/u;

function isTag(word: string): word is Tag {
  return TAG_SET.has(word);
}

/** Splits one paragraph into entries at each change tag (cells without <p> hold several 【tag】 entries). */
function splitEntries(block: string): string[] {
  return block
    .split(ENTRY_START)
    .map(normalizeWhitespace)
    .filter((entry) => entry.length > 0);
}

/** Reads the tag, bracket label or lead label off the front of one entry. */
export function readEntry(entry: string, options: { leadLabels: boolean } = { leadLabels: true }): StatementDraft {
  let text = normalizeWhitespace(entry);
  let tag: Tag | null = null;
  let label: string | null = null;
  const [bracketed, inBracket] = LEADING_BRACKET.exec(text) ?? [];
  if (bracketed !== undefined && inBracket !== undefined) {
    const word = normalizeWhitespace(inBracket);
    if (isTag(word)) tag = word;
    else label = word;
    text = text.slice(bracketed.length);
  }
  // A list item's bullet repeats what the <li> already says.
  text = text.replace(/^・\s*/u, '').trim();
  if (label === null && options.leadLabels) {
    label = LEAD_LABEL.exec(text)?.[1] ?? null;
  }
  return { tag, label, text };
}

/**
 * Parses column C into statement drafts. Empty input yields no statements.
 * @example splitStatements('<p>【継続】A。</p> <p>B。</p>') → [{tag:'継続',text:'A。'}, {tag:null,text:'B。'}]
 */
export function splitStatements(cell: string): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  for (const block of splitBlocks(cell)) {
    for (const entry of splitEntries(normalizeWhitespace(stripTags(block)))) {
      const draft = readEntry(entry);
      if (draft.text.length > 0 || draft.tag !== null || draft.label !== null) drafts.push(draft);
    }
  }
  return drafts;
}

/** Splits a cell into its printed paragraphs (HTML removed), for metric rows. */
export function splitParagraphs(cell: string): string[] {
  return splitBlocks(cell).flatMap((block) => splitEntries(cleanCell(block)));
}
