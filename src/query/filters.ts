/**
 * Search filters: AND across facets, OR within one facet's values. Compiled once per request into
 * sets of facet values, checked against each document's precomputed facet values.
 */
import type { Corpus } from './corpus';
import { FACET_NAMES, type FacetName, type SearchFilters } from './types';

export type CompiledFilters = Partial<Record<FacetName, ReadonlySet<string>>>;

export function compileFilters(filters: SearchFilters | undefined): CompiledFilters {
  const compiled: CompiledFilters = {};
  if (!filters) return compiled;
  for (const facet of FACET_NAMES) {
    const values = filters[facet];
    if (values && values.length > 0) compiled[facet] = new Set(values.map(String));
  }
  return compiled;
}

/** Facets whose filter the document fails; empty when it passes every filter. */
export function failedFacets(corpus: Corpus, ordinal: number, filters: CompiledFilters): FacetName[] {
  const failed: FacetName[] = [];
  const values = corpus.facetValues[ordinal]!;
  for (const facet of FACET_NAMES) {
    const wanted = filters[facet];
    if (wanted && !values[facet].some((value) => wanted.has(value))) failed.push(facet);
  }
  return failed;
}

export function passesFilters(corpus: Corpus, ordinal: number, filters: CompiledFilters): boolean {
  return failedFacets(corpus, ordinal, filters).length === 0;
}

export function hasFilters(filters: CompiledFilters): boolean {
  return Object.keys(filters).length > 0;
}
