/**
 * Facet counts over the whole matching set. Counts are disjunctive: a facet's counts ignore that
 * facet's own filter (so the other values of a facet stay choosable) but honour every other filter.
 */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import { failedFacets, type CompiledFilters } from './filters';
import type { FacetColumn } from './facet-columns';
import { FACET_NAMES, type FacetName, type Facets, type FacetValue } from './types';

type Counts = Record<FacetName, Int32Array>;

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
  if (failed === null && ordinals.length === corpus.size) return structuredClone(wholeCorpusFacets(corpus));
  return toFacets(corpus, countColumns(corpus, ordinals, failed));
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
 * Every facet's counts over the ordinals in one pass: tight loops over typed arrays (tens of thousands of matches
 * at 1000x), the facets with one value per document read together. With filters, a document counts for a facet
 * when it passes them all or fails only that facet's.
 */
function countColumns(corpus: Corpus, ordinals: ArrayLike<number>, failed: Int8Array | null): Counts {
  const counts = {} as Counts;
  const singles: { index: number; codes: Int32Array; counts: Int32Array }[] = [];
  const multiple: { index: number; column: FacetColumn; counts: Int32Array }[] = [];
  FACET_NAMES.forEach((facet, index) => {
    const column = corpus.facets[facet];
    counts[facet] = new Int32Array(column.values.length);
    if (column.single !== null) singles.push({ index, codes: column.single, counts: counts[facet] });
    else multiple.push({ index, column, counts: counts[facet] });
  });
  for (const { index, codes, counts: into } of singles) {
    for (let i = 0; i < ordinals.length; i += 1) {
      if (failed !== null && failed[i] !== -1 && failed[i] !== index) continue;
      const code = codes[ordinals[i]!]!;
      if (code >= 0) into[code]! += 1;
    }
  }
  for (const { index, column, counts: into } of multiple) {
    const { starts, codes } = column;
    for (let i = 0; i < ordinals.length; i += 1) {
      if (failed !== null && failed[i] !== -1 && failed[i] !== index) continue;
      const ordinal = ordinals[i]!;
      for (let k = starts[ordinal]!; k < starts[ordinal + 1]!; k += 1) into[codes[k]!]! += 1;
    }
  }
  return counts;
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
  for (const facet of FACET_NAMES) {
    const names = corpus.facets[facet].values;
    const byCount = counts[facet];
    const values: FacetValue[] = [];
    // Listed in the facet's fixed order; the facets listed by count are then sorted by count alone (stable).
    for (const code of orders[facet]) {
      const count = byCount[code]!;
      if (count > 0) values.push({ value: names[code]!, count });
    }
    facets[facet] = ORDERED_BY_VALUE.has(facet) ? values : values.sort((a, b) => b.count - a.count);
  }
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
