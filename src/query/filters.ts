/**
 * Search filters: AND across facets, OR within one facet's values. Compiled once per request into a
 * flag per facet value, checked against each document's facet codes.
 */
import type { Corpus } from './corpus';
import { FACET_NAMES, type FacetName, type SearchFilters } from './types';

/** For each filtered facet (in FACET_NAMES order), which value codes are wanted. */
export interface CompiledFilters {
  facets: { facet: FacetName; index: number; wanted: Uint8Array; starts: Int32Array; codes: Int32Array; single: Int32Array | null }[];
}

export function compileFilters(corpus: Corpus, filters: SearchFilters | undefined): CompiledFilters {
  const facets: CompiledFilters['facets'] = [];
  FACET_NAMES.forEach((facet, index) => {
    const values = filters?.[facet];
    if (!values || values.length === 0) return;
    const column = corpus.facets[facet];
    const wanted = new Uint8Array(column.values.length);
    for (const value of values) {
      const code = column.codeOf.get(String(value));
      if (code !== undefined) wanted[code] = 1;
    }
    facets.push({ facet, index, wanted, starts: column.starts, codes: column.codes, single: column.single });
  });
  return { facets };
}

export const NO_FILTERS: CompiledFilters = { facets: [] };

/** -1 when the document passes every filter, the FACET_NAMES index of the one facet it fails, or -2 for several. */
export function failedFacet(corpus: Corpus, ordinal: number, filters: CompiledFilters): number {
  let failed = -1;
  for (const { index, wanted, starts, codes } of filters.facets) {
    let passes = false;
    for (let k = starts[ordinal]!; k < starts[ordinal + 1]! && !passes; k += 1) passes = wanted[codes[k]!] === 1;
    if (!passes) {
      if (failed !== -1) return -2;
      failed = index;
    }
  }
  return failed;
}

/** failedFacet of each ordinal, or null when there are no filters (everything passes). */
export function failedFacets(corpus: Corpus, ordinals: ArrayLike<number>, filters: CompiledFilters): Int8Array | null {
  if (filters.facets.length === 0) return null;
  const failed = new Int8Array(ordinals.length).fill(-1);
  // Facet by facet, a facet of one value per document read from its codes: every document, at 1000x, for a filtered listing.
  for (const { index, wanted, starts, codes, single } of filters.facets) {
    for (let i = 0; i < ordinals.length; i += 1) {
      const ordinal = ordinals[i]!;
      let passes = false;
      if (single !== null) passes = single[ordinal]! >= 0 && wanted[single[ordinal]!] === 1;
      else for (let k = starts[ordinal]!; k < starts[ordinal + 1]! && !passes; k += 1) passes = wanted[codes[k]!] === 1;
      if (!passes) failed[i] = failed[i] === -1 ? index : -2;
    }
  }
  return failed;
}
