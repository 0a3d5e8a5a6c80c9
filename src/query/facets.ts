/**
 * Facet counts over the whole matching set. Counts are disjunctive: a facet's counts ignore that
 * facet's own filter (so the other values of a facet stay choosable) but honour every other filter.
 */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import { failedFacet, type CompiledFilters } from './filters';
import { FACET_NAMES, type FacetName, type Facets, type FacetValue } from './types';

type Counts = Record<FacetName, Int32Array>;

/**
 * Counts the facets of the documents matching the query (`ordinals`, before filtering).
 * A document failing exactly one facet's filter still counts towards that facet.
 */
export function countFacets(corpus: Corpus, ordinals: ArrayLike<number>, filters: CompiledFilters): Facets {
  const counts = {} as Counts;
  for (const facet of FACET_NAMES) counts[facet] = new Int32Array(corpus.facets[facet].values.length);
  if (filters.facets.length === 0) {
    for (const facet of FACET_NAMES) countColumn(corpus, counts, facet, ordinals);
    return toFacets(corpus, counts);
  }
  for (let i = 0; i < ordinals.length; i += 1) {
    const ordinal = ordinals[i]!;
    const failed = failedFacet(corpus, ordinal, filters);
    if (failed === -2) continue;
    if (failed >= 0) countFacet(corpus, counts, FACET_NAMES[failed]!, ordinal);
    else for (const facet of FACET_NAMES) countFacet(corpus, counts, facet, ordinal);
  }
  return toFacets(corpus, counts);
}

/** One facet over every ordinal: a tight loop over typed arrays (thousands of matches at 100x). */
function countColumn(corpus: Corpus, counts: Counts, facet: FacetName, ordinals: ArrayLike<number>): void {
  const { starts, codes } = corpus.facets[facet];
  const facetCounts = counts[facet];
  for (let i = 0; i < ordinals.length; i += 1) {
    const ordinal = ordinals[i]!;
    for (let k = starts[ordinal]!; k < starts[ordinal + 1]!; k += 1) facetCounts[codes[k]!]! += 1;
  }
}

function countFacet(corpus: Corpus, counts: Counts, facet: FacetName, ordinal: number): void {
  const { starts, codes } = corpus.facets[facet];
  const facetCounts = counts[facet];
  for (let k = starts[ordinal]!; k < starts[ordinal + 1]!; k += 1) facetCounts[codes[k]!]! += 1;
}

function toFacets(corpus: Corpus, counts: Counts): Facets {
  const facets = {} as Facets;
  for (const facet of FACET_NAMES) {
    const names = corpus.facets[facet].values;
    const values: FacetValue[] = [];
    counts[facet].forEach((count, code) => {
      if (count > 0) values.push({ value: names[code]!, count });
    });
    facets[facet] = sortFacetValues(facet, values);
  }
  labelItemsAndYears(corpus, facets);
  return facets;
}

const SECTION_ORDER = new Map<string, number>(SECTIONS.map((section, index) => [section, index]));

/** Sections in template order, items by number, years newest first, the rest by count. */
function sortFacetValues(facet: FacetName, values: FacetValue[]): FacetValue[] {
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
