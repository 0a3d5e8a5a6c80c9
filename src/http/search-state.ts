/**
 * The search page keeps every state in its URL (query, facets, sort, page), so a link is a permalink.
 * These helpers turn a validated query into the engine's request and into the links of the page.
 */
import { FACET_NAMES, type FacetName, type SearchFilters, type SearchRequest } from '../query/types';
import { DEFAULT_PAGE_SIZE, type SearchPageQuery } from './schemas';

export type SearchState = SearchPageQuery;

/** The engine request for a validated search query. */
export function toSearchRequest(state: SearchState): SearchRequest {
  const filters: SearchFilters = {};
  if (state.section) filters.section = state.section;
  if (state.item) filters.item = state.item;
  if (state.tag) filters.tag = state.tag;
  if (state.ministry) filters.ministry = state.ministry;
  if (state.year) filters.year = state.year;
  if (state.status) filters.status = state.status;
  if (state.topic) filters.topic = state.topic;
  return { q: state.q, filters, sort: state.sort, limit: state.limit, offset: state.offset };
}

/** The selected values of one facet, as strings (the form in which facets list them). */
export function selectedValues(state: SearchState, facet: FacetName): string[] {
  return (state[facet] ?? []).map(String);
}

/** URL parameters for a state; defaults are left out so that links stay short. */
export function toParams(state: SearchState, { paging = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACET_NAMES) {
    for (const value of selectedValues(state, facet)) params.append(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (paging && state.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(state.limit));
  if (paging && state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

function hrefOf(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The search page for a state. */
export function searchHref(state: SearchState): string {
  return hrefOf('/', toParams(state));
}

/** The same search with one facet value ticked or unticked (back to the first page). */
export function toggleFacetHref(state: SearchState, facet: FacetName, value: string): string {
  const selected = selectedValues(state, facet);
  const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
  const params = toParams({ ...state, offset: 0 });
  params.delete(facet);
  for (const v of next) params.append(facet, v);
  return hrefOf('/', params);
}

export function pageHref(state: SearchState, offset: number): string {
  return searchHref({ ...state, offset });
}

export function sortHref(state: SearchState, sort: SearchState['sort']): string {
  return searchHref({ ...state, sort, offset: 0 });
}

/** Export links: CSV holds every match; JSON is the API's page of up to 100 results. */
export function exportHrefs(state: SearchState): { csv: string; json: string } {
  const all = toParams(state, { paging: false });
  const json = toParams(state, { paging: false });
  json.set('limit', '100');
  return { csv: hrefOf('/api/search.csv', all), json: hrefOf('/api/search', json) };
}
