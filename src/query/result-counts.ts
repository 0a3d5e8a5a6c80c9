/**
 * The counts a page shows beside its facet values, from the candidate set of the one query, in one pass: for every
 * value, how many results a search with that value as its facet's only one would give (folded, as `total` counts
 * them: an identical statement once), the other filters as requested; and for every 大項目, its results with the
 * 中項目 filter lifted and each 中項目's within it (item numbers repeat in every section). The search page asked
 * each of these of the engine, a search per value: 40–80 searches a page view.
 *
 * A search with few results may search a spelling fix of the query instead (see search.ts); each count follows
 * the same rule, from the counts of the fixed query, so every count equals the total of that search.
 */
import { FACET_NAMES, type ResultCounts, type SearchFilters, type SearchRequest, type SearchResponse } from './types';
import type { Corpus } from './corpus';
import { compileFilters } from './filters';

export type { ResultCounts };

/** A search request that may ask for result counts (SearchRequest has the flag now; kept for callers of this name). */
export type CountedSearchRequest = SearchRequest;

/** A search response with the result counts when asked (SearchResponse has them now). */
export type CountedSearchResponse = SearchResponse;

/** The counts of one query's matches, as typed arrays over the corpus's facet value codes. */
export interface RawCounts {
  /** byValue[offsets[f] + code]: results with facet FACET_NAMES[f] set to that value. */
  byValue: Int32Array;
  sectionTotals: Int32Array;
  /** sectionItems[sectionCode * itemValues + itemCode]. */
  sectionItems: Int32Array;
}

const SECTION = FACET_NAMES.indexOf('section');
const ITEM = FACET_NAMES.indexOf('item');
const NONE = 2 ** 31 - 1;

/**
 * Counts the matches (`ordinals`, before filters) for every facet value in one pass. A match counts for a value
 * of facet f when it passes every filter but f's; members of one duplicate group are visited one after another,
 * so that a group counts once per value, as rankPage folds it.
 */
export function countResults(corpus: Corpus, ordinals: ArrayLike<number>, filters: SearchFilters | undefined): RawCounts {
  const columns = FACET_NAMES.map((facet) => corpus.facets[facet]);
  const offsets = offsetsOf(corpus);
  const itemValues = corpus.facets.item.values.length;
  const counts: RawCounts = {
    byValue: new Int32Array(offsets[offsets.length - 1]!),
    sectionTotals: new Int32Array(corpus.facets.section.values.length),
    sectionItems: new Int32Array(corpus.facets.section.values.length * itemValues),
  };
  // The group (or, for a statement without one, a number of its own) that last counted for each value.
  const counted = new Int32Array(counts.byValue.length).fill(NONE);
  const countedSections = new Int32Array(counts.sectionTotals.length).fill(NONE);
  const countedItems = new Int32Array(counts.sectionItems.length).fill(NONE);
  const failedMask = failureMasks(corpus, filters);
  const sectionOf = corpus.facets.section.single;
  const { starts: itemStarts, codes: itemCodes } = corpus.facets.item;
  const inSection = ~((1 << SECTION) | (1 << ITEM));
  for (const ordinal of groupsTogether(corpus, ordinals)) {
    const mask = failedMask(ordinal);
    if ((mask & inSection) !== 0 && (mask & (mask - 1)) !== 0) continue;
    const group = corpus.groupOf[ordinal]!;
    const stamp = group >= 0 ? group : -1 - ordinal;
    for (let f = 0; f < columns.length; f += 1) {
      if ((mask & ~(1 << f)) !== 0) continue;
      const { starts, codes, single } = columns[f]!;
      const from = single === null ? starts[ordinal]! : 0;
      const to = single === null ? starts[ordinal + 1]! : single[ordinal]! < 0 ? 0 : 1;
      for (let k = from; k < to; k += 1) {
        const key = offsets[f]! + (single === null ? codes[k]! : single[ordinal]!);
        if (counted[key] !== stamp) {
          counted[key] = stamp;
          counts.byValue[key]! += 1;
        }
      }
    }
    const section = sectionOf === null ? -1 : sectionOf[ordinal]!;
    if ((mask & inSection) !== 0 || section < 0) continue;
    if (countedSections[section] !== stamp) {
      countedSections[section] = stamp;
      counts.sectionTotals[section]! += 1;
    }
    for (let k = itemStarts[ordinal]!; k < itemStarts[ordinal + 1]!; k += 1) {
      const key = section * itemValues + itemCodes[k]!;
      if (countedItems[key] !== stamp) {
        countedItems[key] = stamp;
        counts.sectionItems[key]! += 1;
      }
    }
  }
  return counts;
}

/**
 * The counts as a page reads them. With `corrected` (the counts of the query's spelling fix, when it has one), a
 * count under `few` is the fixed query's when that is larger: what search() does with the total of each search.
 */
export function toResultCounts(corpus: Corpus, counts: RawCounts, corrected: RawCounts | null, few: number, preferFixed = false): ResultCounts {
  // As search() picks: the fix where the query finds little and the fix more, or, for a fix of a word no statement
  // can match (preferFixed), wherever the fix finds something.
  const pick = (original: Int32Array, fixed: Int32Array | undefined, key: number) => {
    const count = original[key]!;
    if (fixed === undefined) return count;
    if (preferFixed) return fixed[key]! > 0 ? fixed[key]! : count;
    return count < few && fixed[key]! > count ? fixed[key]! : count;
  };
  const offsets = offsetsOf(corpus);
  const byValue = {} as ResultCounts['byValue'];
  FACET_NAMES.forEach((facet, f) => {
    byValue[facet] = {};
    corpus.facets[facet].values.forEach((value, code) => {
      const count = pick(counts.byValue, corrected?.byValue, offsets[f]! + code);
      if (count > 0) byValue[facet][value] = count;
    });
  });
  const sections: ResultCounts['sections'] = {};
  const itemNames = corpus.facets.item.values;
  corpus.facets.section.values.forEach((section, s) => {
    const total = pick(counts.sectionTotals, corrected?.sectionTotals, s);
    if (total === 0) return;
    const items: Record<string, number> = {};
    itemNames.forEach((item, code) => {
      const count = pick(counts.sectionItems, corrected?.sectionItems, s * itemNames.length + code);
      if (count > 0) items[item] = count;
    });
    sections[section] = { total, items };
  });
  return { byValue, sections };
}

/** Where each facet's codes start in RawCounts.byValue (and, last, its length). */
function offsetsOf(corpus: Corpus): Int32Array {
  const offsets = new Int32Array(FACET_NAMES.length + 1);
  FACET_NAMES.forEach((facet, f) => (offsets[f + 1] = offsets[f]! + corpus.facets[facet].values.length));
  return offsets;
}

/** A document's failed filters as bits (bit f: it fails FACET_NAMES[f]'s filter). */
function failureMasks(corpus: Corpus, filters: SearchFilters | undefined): (ordinal: number) => number {
  const compiled = compileFilters(corpus, filters).facets;
  if (compiled.length === 0) return () => 0;
  return (ordinal) => {
    let mask = 0;
    for (const { index, wanted, starts, codes } of compiled) {
      let passes = false;
      for (let k = starts[ordinal]!; k < starts[ordinal + 1]! && !passes; k += 1) passes = wanted[codes[k]!] === 1;
      if (!passes) mask |= 1 << index;
    }
    return mask;
  };
}

/** The ordinals with the members of each duplicate group next to each other (those without a group first). */
function groupsTogether(corpus: Corpus, ordinals: ArrayLike<number>): Int32Array {
  const ordered = new Int32Array(ordinals.length);
  let ungrouped = 0;
  const grouped: number[] = [];
  for (let i = 0; i < ordinals.length; i += 1) {
    const ordinal = ordinals[i]!;
    const group = corpus.groupOf[ordinal]!;
    if (group < 0) ordered[ungrouped++] = ordinal;
    else grouped.push(group * corpus.size + ordinal);
  }
  // group · size + ordinal stays below 2^53 for any corpus that fits in memory, and sorts by group.
  Float64Array.from(grouped)
    .sort()
    .forEach((key, k) => (ordered[ungrouped + k] = key % corpus.size));
  return ordered;
}
