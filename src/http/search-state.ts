/**
 * The search page keeps every state in its URL (query, facets, sort, page), so a link is a permalink.
 * These helpers turn a validated query into the engine's request and into the links of the page.
 */
import { z } from 'zod';
import { FACET_NAMES, type FacetName, type SearchFilters, type SearchRequest } from '../query/types';
import { DEFAULT_PAGE_SIZE, type SearchPageQuery } from './schemas';
import { parseInput } from './validate-input';

/** `exclude`: expansions the user removed with one click (a repeated parameter, like a facet). */
export const ExcludeQuery = z.object({
  exclude: z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().min(1).max(50, { error: 'exclude is too long' })).max(50, { error: 'at most 50 values' }),
  ),
});

export type SearchState = SearchPageQuery & { exclude?: string[] };

/** Splits `exclude` off a query string's parameters, so the rest can go through the search schema unchanged. */
export function takeExclude(query: Record<string, unknown>): { rest: Record<string, unknown>; exclude: string[] } {
  const { exclude, ...rest } = query;
  return { rest, exclude: parseInput(ExcludeQuery, { exclude }).exclude };
}

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
  const request: SearchRequest = { q: state.q, filters, sort: state.sort, limit: state.limit, offset: state.offset };
  if (state.exclude && state.exclude.length > 0) request.exclude = state.exclude;
  if (state.typed) request.asTyped = true;
  return request;
}

/** The selected values of one facet, as strings (the form in which facets list them). */
export function selectedValues(state: SearchState, facet: FacetName): string[] {
  // A value ticked under two sections (中項目 4 in both) arrives twice; it is one filter value.
  return [...new Set((state[facet] ?? []).map(String))];
}

/** URL parameters for a state; defaults are left out so that links stay short. */
export function toParams(state: SearchState, { paging = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACET_NAMES) {
    for (const value of selectedValues(state, facet)) params.append(facet, value);
  }
  for (const word of state.exclude ?? []) params.append('exclude', word);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.typed) params.set('typed', '1');
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

/** Export links: CSV and XLSX hold every match; JSON is the API's page of up to 100 results; print lists them all. */
export function exportHrefs(state: SearchState): { csv: string; xlsx: string; json: string; print: string } {
  const all = toParams(state, { paging: false });
  const json = toParams(state, { paging: false });
  json.set('limit', '100');
  const print = toParams(state, { paging: false });
  print.set('print', '1');
  return { csv: hrefOf('/api/search.csv', all), xlsx: hrefOf('/api/search.xlsx', all), json: hrefOf('/api/search', json), print: hrefOf('/', print) };
}

/** The same search with one expansion removed (or put back). */
export function toggleExcludeHref(state: SearchState, word: string): string {
  const excluded = state.exclude ?? [];
  const next = excluded.includes(word) ? excluded.filter((w) => w !== word) : [...excluded, word];
  return searchHref({ ...state, exclude: next, offset: 0 });
}

/** Whether any facet has a ticked value. */
export function hasFilters(state: SearchState): boolean {
  return FACET_NAMES.some((facet) => selectedValues(state, facet).length > 0);
}

/** The state with one facet's values replaced (typed as the schema types them: item and year are numbers). */
export function withFacetValues(state: SearchState, facet: FacetName, values: string[]): SearchState {
  const typed = facet === 'item' || facet === 'year' ? values.map(Number) : values;
  return { ...state, [facet]: typed.length > 0 ? typed : undefined, offset: 0 } as SearchState;
}
