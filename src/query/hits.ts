/**
 * Shaping results: identical statements fold into one hit, and a hit carries its context,
 * topics, highlights and snippet.
 */
import type { Analyzer } from '../analysis/types';
import type { Initiative } from '../domain/types';
import type { Corpus } from './corpus';
import { findHighlights, makeSnippet } from './highlight';
import type { Place, SearchHit } from './types';

export interface Scored {
  ordinal: number;
  score: number;
}

export interface GroupedHit extends Scored {
  /** Ordinals of the other places of an identical statement. */
  alsoAt: number[];
}

/**
 * Folds identical statements (same duplicateGroup) into the first, i.e. best ranked, of them;
 * it lists every other place of its group, matched or not.
 */
export function groupDuplicates(corpus: Corpus, scored: Scored[]): GroupedHit[] {
  const seenGroups = new Set<string>();
  const grouped: GroupedHit[] = [];
  for (const entry of scored) {
    const group = corpus.initiatives[entry.ordinal]!.duplicateGroup;
    if (group === null) {
      grouped.push({ ...entry, alsoAt: [] });
      continue;
    }
    if (seenGroups.has(group)) continue;
    seenGroups.add(group);
    const alsoAt = (corpus.duplicates.get(group) ?? []).filter((ordinal) => ordinal !== entry.ordinal);
    grouped.push({ ...entry, alsoAt });
  }
  return grouped;
}

export function placeOf(initiative: Initiative): Place {
  const { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle } = initiative;
  return { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle };
}

/** The full hit for one grouped result; highlights are looked up only here, for the page shown. */
export function toSearchHit(corpus: Corpus, hit: GroupedHit, needles: string[], analyzer: Analyzer): SearchHit {
  const initiative = corpus.initiatives[hit.ordinal]!;
  const highlights = findHighlights(initiative.text, needles, analyzer);
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
    alsoAt: hit.alsoAt.map((ordinal) => placeOf(corpus.initiatives[ordinal]!)),
  };
}
