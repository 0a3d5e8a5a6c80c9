/**
 * The view model of the search page: results with highlight segments, facets with tick links, sort, paging,
 * export links, the timeline charts and, when nothing matches, suggestions drawn from the corpus itself.
 */
import type { Facets, SearchEngine, SearchHit, SearchResponse } from '../query/types';
import { layoutCountChart, type BarChartLayout } from './chart-layout';
import { describeRow, splitHighlights, type TextSegment } from './present-results';
import { buildActiveFilters, buildFacetLists, FACET_ORDER, sectionsOf, showsItemFacet } from './search-facets';
import { exportHrefs, pageHref, searchHref, selectedValues, sortHref, toSearchRequest, toggleFacetHref, type SearchState } from './search-state';

const SORT_LABELS: Record<SearchState['sort'], string> = {
  relevance: '関連度順',
  'year-desc': '年度の新しい順',
  'year-asc': '年度の古い順',
};

export interface ResultView {
  id: string;
  tag: string | null;
  status: string | null;
  ministry: string;
  yearLabel: string;
  section: string;
  rowPath: string;
  segments: TextSegment[];
  topics: string[];
  alsoAt: { id: string; label: string }[];
}

function presentResult(hit: SearchHit): ResultView {
  return {
    id: hit.id,
    tag: hit.tag,
    status: hit.status,
    ministry: hit.ministry,
    yearLabel: hit.fiscalYearLabel,
    section: hit.section,
    rowPath: describeRow(hit),
    segments: splitHighlights(hit.snippet, hit.snippetHighlights),
    topics: hit.topics,
    alsoAt: hit.alsoAt.map((place) => ({
      id: place.id,
      label: `${place.ministry} ${place.fiscalYear}年度 ${place.section} › ${describeRow(place)}`,
    })),
  };
}

function pagination(state: SearchState, total: number) {
  const pageCount = Math.ceil(total / state.limit);
  const current = Math.floor(state.offset / state.limit);
  const first = Math.max(0, current - 3);
  const pages = [];
  for (let page = first; page < Math.min(pageCount, first + 7); page += 1) {
    pages.push({ number: page + 1, href: pageHref(state, page * state.limit), current: page === current });
  }
  return {
    from: total === 0 ? 0 : state.offset + 1,
    to: Math.min(total, state.offset + state.limit),
    prev: current > 0 ? pageHref(state, (current - 1) * state.limit) : null,
    next: current + 1 < pageCount ? pageHref(state, (current + 1) * state.limit) : null,
    pages,
  };
}

/**
 * Hits per fiscal year and per ministry for the current query and filters, read from the result's own facet
 * counts, so the charts always agree with the facet lists beside them. A bar links to that year (ministry).
 */
function timelineCharts(state: SearchState, facets: Facets, corpusFacets: Facets): BarChartLayout[] {
  const yearLabels = new Map(corpusFacets.year.map((f) => [f.value, f.label ?? `${f.value}年度`]));
  const byYear = [...facets.year]
    .sort((a, b) => Number(a.value) - Number(b.value))
    .map((y) => ({
      label: yearLabels.get(y.value) ?? `${y.value}年度`,
      count: y.count,
      href: toggleFacetHref({ ...state, year: [] }, 'year', y.value),
    }));
  const byMinistry = facets.ministry.map((m) => ({
    label: m.value,
    count: m.count,
    href: toggleFacetHref({ ...state, ministry: [] }, 'ministry', m.value),
  }));
  return [layoutCountChart('年度別の該当件数', byYear), layoutCountChart('府省別の該当件数', byMinistry)];
}

/** Queries to try when nothing matches: the corpus's most frequent topics, topped up with template item titles. */
function suggestions(engine: SearchEngine, corpusFacets: Facets): { q: string; href: string }[] {
  const topics = corpusFacets.topic.slice(0, 8).map((t) => t.value);
  const items = topics.length >= 4 ? [] : engine.templateItems().slice(0, 4).map((t) => t.title);
  return [...new Set([...topics, ...items])].map((q) => ({ q, href: `/?${new URLSearchParams({ q })}` }));
}

function clearFiltersHref(state: SearchState): string | null {
  if (!FACET_ORDER.some((facet) => selectedValues(state, facet).length > 0)) return null;
  return searchHref({ ...state, section: [], item: [], tag: [], ministry: [], year: [], status: [], topic: [], offset: 0 });
}

/** Everything views/search.ejs draws for one request. */
export function buildSearchPage(engine: SearchEngine, state: SearchState, corpusFacets: Facets) {
  const response: SearchResponse = engine.search(toSearchRequest(state));
  return {
    state,
    total: response.total,
    // Facets count every record; the result list folds identical statements into one hit with "alsoAt".
    folded: response.facets.section.reduce((sum, f) => sum + f.count, 0) - response.total,
    // What was searched besides the words as typed (the engine may list a normalised form of them too).
    expanded: response.expanded.filter((word) => !state.q.split(/\s+/).includes(word)),
    results: response.results.map(presentResult),
    facets: buildFacetLists(engine, state, response),
    itemFacetHidden: !showsItemFacet(state, sectionsOf(response.facets)),
    activeFilters: buildActiveFilters(engine, state, response),
    sorts: (['relevance', 'year-desc', 'year-asc'] as const).map((sort) => ({
      value: sort,
      label: SORT_LABELS[sort],
      href: sortHref(state, sort),
      current: state.sort === sort,
    })),
    pagination: pagination(state, response.total),
    exports: exportHrefs(state),
    charts: timelineCharts(state, response.facets, corpusFacets),
    suggestions: response.total === 0 ? suggestions(engine, corpusFacets) : [],
    clearFiltersHref: clearFiltersHref(state),
  };
}

export type SearchPage = ReturnType<typeof buildSearchPage>;
