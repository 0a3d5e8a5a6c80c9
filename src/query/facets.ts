/**
 * Facet counts over the whole matching set. Counts are disjunctive: a facet's counts ignore that
 * facet's own filter (so the other values of a facet stay choosable) but honour every other filter.
 */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import { failedFacets, type CompiledFilters } from './filters';
import { FACET_NAMES, type FacetName, type Facets, type FacetValue } from './types';

/** Every facet's counts in one array: the count of value code c of facet FACET_NAMES[f] is at slot offsets[f] + c. */
type Counts = Int32Array;

/**
 * Counts the facets of the documents matching the query (`ordinals`, before filtering).
 * A document failing exactly one facet's filter still counts towards that facet. `failed` may be passed
 * when the caller has it already (it filters the matches with it too).
 */
export function countFacets(
  corpus: Corpus,
  ordinals: ArrayLike<number>,
  filters: CompiledFilters,
  failed: Int8Array | null = failedFacets(corpus, ordinals, filters),
): Facets {
  // Every document without a filter (the empty query's listing): the same counts every time.
  if (failed === null && ordinals.length === corpus.size) return copyFacets(wholeCorpusFacets(corpus));
  return toFacets(corpus, countColumns(corpus, ordinals, failed));
}

/** A response's own copy of shared facets (a caller may change it): what structuredClone gives, at a fraction of its cost. */
function copyFacets(facets: Facets): Facets {
  const copy = {} as Facets;
  for (const facet of FACET_NAMES) copy[facet] = facets[facet].map((value) => ({ ...value }));
  return copy;
}

const corpusFacets = new WeakMap<Corpus, Facets>();

/** The facets of every document, counted once per corpus (matches are distinct, so as many ordinals as documents is all). */
function wholeCorpusFacets(corpus: Corpus): Facets {
  let facets = corpusFacets.get(corpus);
  if (facets === undefined) {
    const all = Int32Array.from({ length: corpus.size }, (_, ordinal) => ordinal);
    facets = toFacets(corpus, countColumns(corpus, all, null));
    corpusFacets.set(corpus, facets);
  }
  return facets;
}

/**
 * Every facet's counts over the ordinals, in one pass: tight loops over typed arrays (tens of thousands of matches at
 * 1000x). The facets with one value per document are read together, from one row of count slots per document
 * (CountLayout), the others (topics) from their columns. With filters, a document counts for a facet when it passes
 * them all or fails only that facet's.
 */
function countColumns(corpus: Corpus, ordinals: ArrayLike<number>, failed: Int8Array | null): Counts {
  const { width, rows, rowOf, slots, spread } = countLayoutOf(corpus);
  // One slot more than the values: where a document without a value in a facet counts, never read.
  const counts = new Int32Array(slots + 1);
  for (let i = 0; i < ordinals.length; i += 1) {
    const ordinal = ordinals[i]!;
    const fails = failed === null ? -1 : failed[i]!;
    if (fails === -2) continue;
    const row = ordinal * width;
    if (fails === -1) {
      for (let f = 0; f < width; f += 1) counts[rows[row + f]!]! += 1;
    } else if (rowOf[fails]! >= 0) {
      counts[rows[row + rowOf[fails]!]!]! += 1;
    }
    for (let s = 0; s < spread.length; s += 1) {
      const { index, offset, starts, codes } = spread[s]!;
      if (fails !== -1 && fails !== index) continue;
      for (let k = starts[ordinal]!; k < starts[ordinal + 1]!; k += 1) counts[offset + codes[k]!]! += 1;
    }
  }
  return counts;
}

/**
 * Where each document counts: the facets with one value per document as a row of count slots per document, the
 * others (topics) as their columns with the slot their codes start at.
 */
interface CountLayout {
  /** Facets in a row. */
  width: number;
  /** rows[ordinal * width + f]: the slot of the document's value in facet FACET_NAMES[facetIndexes[f]], `slots` for none. */
  rows: Int32Array;
  /** For each FACET_NAMES index, its position in a row, or -1 for a facet read from its column. */
  rowOf: Int32Array;
  /** Each facet's first slot (by FACET_NAMES index), then the number of slots. */
  offsets: Int32Array;
  slots: number;
  /** The facets a document may have several values of, with their first slot. */
  spread: { index: number; offset: number; starts: Int32Array; codes: Int32Array }[];
}

const countLayouts = new WeakMap<Corpus, CountLayout>();

function countLayoutOf(corpus: Corpus): CountLayout {
  let layout = countLayouts.get(corpus);
  if (layout === undefined) {
    const offsets = new Int32Array(FACET_NAMES.length + 1);
    FACET_NAMES.forEach((facet, f) => (offsets[f + 1] = offsets[f]! + corpus.facets[facet].values.length));
    const slots = offsets[FACET_NAMES.length]!;
    const facetIndexes = FACET_NAMES.flatMap((facet, index) => (corpus.facets[facet].single !== null ? [index] : []));
    const width = facetIndexes.length;
    const rowOf = new Int32Array(FACET_NAMES.length).fill(-1);
    const rows = new Int32Array(corpus.size * width);
    facetIndexes.forEach((index, f) => {
      rowOf[index] = f;
      const single = corpus.facets[FACET_NAMES[index]!].single!;
      for (let ordinal = 0; ordinal < corpus.size; ordinal += 1) {
        rows[ordinal * width + f] = single[ordinal]! < 0 ? slots : offsets[index]! + single[ordinal]!;
      }
    });
    const spread = FACET_NAMES.flatMap((facet, index) => {
      const { single, starts, codes } = corpus.facets[facet];
      return single === null ? [{ index, offset: offsets[index]!, starts, codes }] : [];
    });
    countLayouts.set(corpus, (layout = { width, rows, rowOf, offsets, slots, spread }));
  }
  return layout;
}

/** Each facet's value codes in the order a page lists them when counts tie (or always, for section, item and year). */
const valueOrders = new WeakMap<Corpus, Record<FacetName, Int32Array>>();

function valueOrderOf(corpus: Corpus): Record<FacetName, Int32Array> {
  let orders = valueOrders.get(corpus);
  if (orders === undefined) {
    orders = {} as Record<FacetName, Int32Array>;
    for (const facet of FACET_NAMES) {
      const names = corpus.facets[facet].values;
      const codes = Int32Array.from(names, (_, code) => code);
      // A stable sort of the values as sortFacetValues orders them, counts aside (code order breaks what ties).
      const values = Array.from(codes, (code) => ({ value: names[code]!, count: 0, code }));
      orders[facet] = Int32Array.from(sortFacetValues(facet, values), (value) => value.code);
    }
    valueOrders.set(corpus, orders);
  }
  return orders;
}

function toFacets(corpus: Corpus, counts: Counts): Facets {
  const facets = {} as Facets;
  const orders = valueOrderOf(corpus);
  const { offsets } = countLayoutOf(corpus);
  FACET_NAMES.forEach((facet, f) => {
    const names = corpus.facets[facet].values;
    const order = orders[facet];
    const offset = offsets[f]!;
    const values: FacetValue[] = [];
    // Listed in the facet's fixed order; the facets listed by count are then sorted by count alone (stable).
    for (let k = 0; k < order.length; k += 1) {
      const code = order[k]!;
      const count = counts[offset + code]!;
      if (count > 0) values.push({ value: names[code]!, count });
    }
    facets[facet] = ORDERED_BY_VALUE.has(facet) ? values : values.sort((a, b) => b.count - a.count);
  });
  labelItemsAndYears(corpus, facets);
  return facets;
}

const SECTION_ORDER = new Map<string, number>(SECTIONS.map((section, index) => [section, index]));

/** The facets listed in an order of their values; the others are listed by count. */
const ORDERED_BY_VALUE = new Set<FacetName>(['section', 'item', 'year']);

/** Sections in template order, items by number, years newest first, the rest by count. */
function sortFacetValues<V extends FacetValue>(facet: FacetName, values: V[]): V[] {
  switch (facet) {
    case 'section':
      return values.sort((a, b) => (SECTION_ORDER.get(a.value) ?? 99) - (SECTION_ORDER.get(b.value) ?? 99));
    case 'item':
      return values.sort((a, b) => Number(a.value) - Number(b.value));
    case 'year':
      return values.sort((a, b) => Number(b.value) - Number(a.value));
    default:
      return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
}

function labelItemsAndYears(corpus: Corpus, facets: Facets): void {
  for (const value of facets.item) value.label = corpus.facetLabels.item.get(value.value) ?? value.value;
  for (const value of facets.year) value.label = corpus.facetLabels.year.get(value.value) ?? value.value;
}
