/**
 * Facet counts over the whole matching set. Counts are disjunctive: a facet's counts ignore that
 * facet's own filter (so the other values of a facet stay choosable) but honour every other filter.
 */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import { failedFacets, type CompiledFilters } from './filters';
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
 * Every facet's counts over the ordinals: tight loops over typed arrays (tens of thousands of matches at 1000x).
 * The facets with one value per document are read together, from one row of codes per document (PackedCodes),
 * the others (topics) from their columns. With filters, a document counts for a facet when it passes them all or
 * fails only that facet's.
 */
function countColumns(corpus: Corpus, ordinals: ArrayLike<number>, failed: Int8Array | null): Counts {
  const counts = {} as Counts;
  for (const facet of FACET_NAMES) counts[facet] = new Int32Array(corpus.facets[facet].values.length);
  const packed = packedCodesOf(corpus);
  const { width, rows, facetIndexes } = packed;
  const into = facetIndexes.map((index) => counts[FACET_NAMES[index]!]);
  for (let i = 0; i < ordinals.length; i += 1) {
    const row = ordinals[i]! * width;
    const fails = failed === null ? -1 : failed[i]!;
    if (fails === -2) continue;
    for (let f = 0; f < width; f += 1) {
      if (fails !== -1 && fails !== facetIndexes[f]) continue;
      const code = rows[row + f]!;
      if (code !== NO_CODE) into[f]![code]! += 1;
    }
  }
  FACET_NAMES.forEach((facet, index) => {
    const column = corpus.facets[facet];
    if (facetIndexes.includes(index)) return;
    const { starts, codes } = column;
    const counted = counts[facet];
    for (let i = 0; i < ordinals.length; i += 1) {
      if (failed !== null && failed[i] !== -1 && failed[i] !== index) continue;
      const ordinal = ordinals[i]!;
      for (let k = starts[ordinal]!; k < starts[ordinal + 1]!; k += 1) counted[codes[k]!]! += 1;
    }
  });
  return counts;
}

/** The code of a document without a value in a packed row. */
const NO_CODE = 0xffff;

/** The codes of the facets with one value per document (and fewer than 65,535 values), a row per document. */
interface PackedCodes {
  /** Facets in a row. */
  width: number;
  /** rows[ordinal * width + f]: the document's code in facet FACET_NAMES[facetIndexes[f]], NO_CODE for none. */
  rows: Uint16Array;
  facetIndexes: number[];
}

const packedCodes = new WeakMap<Corpus, PackedCodes>();

function packedCodesOf(corpus: Corpus): PackedCodes {
  let packed = packedCodes.get(corpus);
  if (packed === undefined) {
    const facetIndexes = FACET_NAMES.flatMap((facet, index) => {
      const column = corpus.facets[facet];
      return column.single !== null && column.values.length < NO_CODE ? [index] : [];
    });
    const width = facetIndexes.length;
    const rows = new Uint16Array(corpus.size * width);
    facetIndexes.forEach((index, f) => {
      const single = corpus.facets[FACET_NAMES[index]!].single!;
      for (let ordinal = 0; ordinal < corpus.size; ordinal += 1) rows[ordinal * width + f] = single[ordinal]! < 0 ? NO_CODE : single[ordinal]!;
    });
    packedCodes.set(corpus, (packed = { width, rows, facetIndexes }));
  }
  return packed;
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
