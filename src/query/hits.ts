/**
 * Shaping results: identical statements fold into one hit, and a hit carries its context,
 * topics, highlights and snippet.
 */
import type { Initiative } from '../domain/types';
import type { Corpus } from './corpus';
import { findHighlights, makeSnippet } from './highlight';
import type { Place, SearchHit } from './types';

export interface Scored {
  ordinal: number;
  score: number;
}

/**
 * Folds identical statements (same duplicateGroup) into the first, i.e. best ranked, of them.
 * The other places are listed when the hit is shaped (alsoAtOf), only for the page shown.
 */
export function groupDuplicates(corpus: Corpus, scored: Scored[]): Scored[] {
  const seenGroups = new Uint8Array(corpus.groupCount);
  const grouped: Scored[] = [];
  for (const entry of scored) {
    const group = corpus.groupOf[entry.ordinal]!;
    if (group >= 0) {
      if (seenGroups[group] === 1) continue;
      seenGroups[group] = 1;
    }
    grouped.push(entry);
  }
  return grouped;
}

/** Every other place of an identical statement, matched or not, in report order. */
export function alsoAtOf(corpus: Corpus, ordinal: number): number[] {
  const group = shownFieldsOf(corpus, ordinal).duplicateGroup;
  if (group === null) return [];
  return (corpus.duplicates.get(group) ?? []).filter((other) => other !== ordinal);
}

export function placeOf(initiative: Pick<Initiative, keyof Place>): Place {
  const { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle } = initiative;
  return { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle };
}

/** Documents whose highlights are remembered per needle list, at most (a page and a half of one query). */
const MAX_MARKED_PER_QUERY = 32;
/** Needle lists (queries) whose highlights are remembered, the least recently shown first out. */
const MAX_MARKED_QUERIES = 128;

/**
 * Per needle list (one per analysed query), the highlights of the documents shown: a query comes back with each facet
 * clicked and each page turned, showing mostly the same hits, and finding the highlights was the costliest step of a
 * query at 1x (a sixth). Bounded to the queries shown last: kept for all 1,000 queries the analyser caches, they held
 * 9 MB more heap at 100x over 20,000 mixed queries. Frozen: responses share them.
 */
const highlightsByNeedles = new Map<string[], Map<number, [number, number][]>>();

function highlightsOf(corpus: Corpus, ordinal: number, text: string, needles: string[]): [number, number][] {
  let known = highlightsByNeedles.get(needles);
  if (known === undefined) {
    if (highlightsByNeedles.size >= MAX_MARKED_QUERIES) highlightsByNeedles.delete(highlightsByNeedles.keys().next().value!);
    known = new Map();
  } else highlightsByNeedles.delete(needles);
  highlightsByNeedles.set(needles, known);
  let highlights = known.get(ordinal);
  if (highlights === undefined) {
    highlights = findHighlights(text, corpus.normalized(ordinal), needles);
    for (const span of highlights) Object.freeze(span);
    Object.freeze(highlights);
    if (known.size >= MAX_MARKED_PER_QUERY) known.clear();
    known.set(ordinal, highlights);
  }
  return highlights;
}

/** The full hit for one grouped result; highlights are looked up only here, for the page shown. */
export function toSearchHit(corpus: Corpus, hit: Scored, needles: string[]): SearchHit {
  const shown = shownFieldsOf(corpus, hit.ordinal);
  const highlights = highlightsOf(corpus, hit.ordinal, shown.text, needles);
  const { snippet, snippetHighlights } = makeSnippet(shown.text, highlights);
  return {
    id: shown.id,
    score: hit.score,
    ministry: shown.ministry,
    fiscalYear: shown.fiscalYear,
    fiscalYearLabel: shown.fiscalYearLabel,
    section: shown.section,
    item: shown.item,
    itemTitle: shown.itemTitle,
    sub: shown.sub,
    rowTitle: shown.rowTitle,
    status: shown.status,
    tag: shown.tag,
    kind: shown.kind,
    topics: corpus.topics[hit.ordinal] ?? [],
    text: shown.text,
    snippet,
    snippetHighlights,
    highlights,
    alsoAt: alsoAtOf(corpus, hit.ordinal).map((ordinal) => placeOf(shownFieldsOf(corpus, ordinal))),
  };
}

/** What a hit (and a place) copies from its initiative. */
type ShownFields = Pick<
  Initiative,
  | 'id'
  | 'ministry'
  | 'fiscalYear'
  | 'fiscalYearLabel'
  | 'section'
  | 'item'
  | 'itemTitle'
  | 'sub'
  | 'rowTitle'
  | 'status'
  | 'tag'
  | 'kind'
  | 'text'
  | 'duplicateGroup'
>;

/**
 * Per corpus, the fields each document shown copies into its hits, made on first use (documents never change once
 * loaded). Initiatives as ingestion builds them have the same fields but nearly one hidden class each (141 statements,
 * 133 classes), so reading them where every hit is shaped was megamorphic: toSearchHit was a fifth of a query at 1x,
 * and copying from objects of one shape took about half as long. One small object per document shown, at most.
 */
const shownFields = new WeakMap<Corpus, (ShownFields | undefined)[]>();

function shownFieldsOf(corpus: Corpus, ordinal: number): ShownFields {
  let byOrdinal = shownFields.get(corpus);
  if (byOrdinal === undefined) shownFields.set(corpus, (byOrdinal = new Array<ShownFields | undefined>(corpus.size).fill(undefined)));
  let shown = byOrdinal[ordinal];
  if (shown === undefined) {
    const { id, ministry, fiscalYear, fiscalYearLabel, section, item, itemTitle, sub, rowTitle, status, tag, kind, text, duplicateGroup } =
      corpus.initiatives[ordinal]!;
    byOrdinal[ordinal] = shown = {
      id,
      ministry,
      fiscalYear,
      fiscalYearLabel,
      section,
      item,
      itemTitle,
      sub,
      rowTitle,
      status,
      tag,
      kind,
      text,
      duplicateGroup,
    };
  }
  return shown;
}
