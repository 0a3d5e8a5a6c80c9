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
  const group = corpus.initiatives[ordinal]!.duplicateGroup;
  if (group === null) return [];
  return (corpus.duplicates.get(group) ?? []).filter((other) => other !== ordinal);
}

export function placeOf(initiative: Initiative): Place {
  const { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle } = initiative;
  return { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle };
}

/** The full hit for one grouped result; highlights are looked up only here, for the page shown. */
export function toSearchHit(corpus: Corpus, hit: Scored, needles: string[]): SearchHit {
  const initiative = corpus.initiatives[hit.ordinal]!;
  const highlights = findHighlights(initiative.text, corpus.normalized(hit.ordinal), needles);
  const { snippet, snippetHighlights } = makeSnippet(initiative.text, highlights);
  return {
    id: initiative.id,
    score: hit.score,
    ministry: initiative.ministry,
    fiscalYear: initiative.fiscalYear,
    fiscalYearLabel: initiative.fiscalYearLabel,
    section: initiative.section,
    item: initiative.item,
    itemTitle: initiative.itemTitle,
    sub: initiative.sub,
    rowTitle: initiative.rowTitle,
    status: initiative.status,
    tag: initiative.tag,
    kind: initiative.kind,
    topics: corpus.topics[hit.ordinal] ?? [],
    text: initiative.text,
    snippet,
    snippetHighlights,
    highlights,
    alsoAt: alsoAtOf(corpus, hit.ordinal).map((ordinal) => placeOf(corpus.initiatives[ordinal]!)),
  };
}
