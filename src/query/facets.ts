/**
 * Facet counts over the whole matching set. Counts are disjunctive: a facet's counts ignore that
 * facet's own filter (so the other values of a facet stay choosable) but honour every other filter.
 */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import { failedFacets, hasFilters, type CompiledFilters } from './filters';
import { FACET_NAMES, type FacetName, type Facets, type FacetValue } from './types';

type Counts = Record<FacetName, Map<string, number>>;

/**
 * Counts the facets of the documents matching the query (`ordinals`, before filtering).
 * A document failing exactly one facet's filter still counts towards that facet.
 */
export function countFacets(corpus: Corpus, ordinals: Iterable<number>, filters: CompiledFilters): Facets {
  const counts = emptyCounts();
  const filtered = hasFilters(filters);
  for (const ordinal of ordinals) {
    const failed = filtered ? failedFacets(corpus, ordinal, filters) : NONE_FAILED;
    if (failed.length > 1) continue;
    const values = corpus.facetValues[ordinal]!;
    const facets = failed.length === 1 ? failed : FACET_NAMES;
    for (const facet of facets) {
      for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return toFacets(corpus, counts);
}

const NONE_FAILED: FacetName[] = [];

function emptyCounts(): Counts {
  return Object.fromEntries(FACET_NAMES.map((facet) => [facet, new Map<string, number>()])) as Counts;
}

function toFacets(corpus: Corpus, counts: Counts): Facets {
  const facets = {} as Facets;
  for (const facet of FACET_NAMES) {
    const values: FacetValue[] = [...counts[facet]].map(([value, count]) => ({ value, count }));
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
