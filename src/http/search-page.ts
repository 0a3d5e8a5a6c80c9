/**
 * The view model of the search page: results with highlight segments, facets with tick links, sort, paging,
 * export links, the timeline charts and, when nothing matches, suggestions drawn from the corpus itself.
 */
import type { FacetName, FacetValue, Facets, SearchEngine, SearchHit, SearchResponse } from '../query/types';
import { layoutCountChart, type BarChartLayout } from './chart-layout';
import { describeRow, splitHighlights, type TextSegment } from './present-results';
import { exportHrefs, pageHref, searchHref, selectedValues, sortHref, toSearchRequest, toggleFacetHref, type SearchState } from './search-state';

/** Facets in the order an officer narrows down: who, when, where in the template, what kind. */
const FACET_ORDER: FacetName[] = ['ministry', 'year', 'section', 'item', 'tag', 'status', 'topic'];

export const FACET_LABELS: Record<FacetName, string> = {
  ministry: '府省',
  year: '年度',
  section: '大項目',
  item: '中項目',
  tag: '区分（新規・拡充・継続）',
  status: '実施状況',
  topic: 'トピック',
};

const NONE_LABELS: Partial<Record<FacetName, string>> = { tag: '区分なし', status: '記載なし' };

const SORT_LABELS: Record<SearchState['sort'], string> = {
  relevance: '関連度順',
  'year-desc': '年度の新しい順',
  'year-asc': '年度の古い順',
};

export interface FacetOptionView {
  value: string;
  label: string;
  /** The full label when `label` is shortened. */
  fullLabel: string;
  count: number;
  checked: boolean;
  href: string;
}

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

/**
 * The label shown for a facet value. An item number stands for that item in every section, so the engine's label
 * lists each title ("4 超過勤務の縮減の徹底 / 男性職員の育児休業… / …"); the first title and a count keep it short.
 */
function labelOf(facet: FacetName, value: FacetValue): string {
  if (value.value === 'none') return NONE_LABELS[facet] ?? 'なし';
  const label = value.label ?? value.value;
  if (facet !== 'item') return label;
  const titles = label.split(' / ');
  return titles.length > 1 ? `${titles[0]} ほか${titles.length - 1}項目` : label;
}

/** A facet's options, keeping ticked values listed (count 0) even when the other filters leave none of them. */
function facetOptions(state: SearchState, facet: FacetName, values: FacetValue[]): FacetOptionView[] {
  const selected = selectedValues(state, facet);
  const missing = selected.filter((v) => !values.some((f) => f.value === v)).map((value): FacetValue => ({ value, count: 0 }));
  return [...values, ...missing].map((value) => ({
    value: value.value,
    label: labelOf(facet, value),
    fullLabel: value.label ?? labelOf(facet, value),
    count: value.count,
    checked: selected.includes(value.value),
    href: toggleFacetHref(state, facet, value.value),
  }));
}

/**
 * Facet counts as a user expects them when values of one facet combine with OR: a facet with ticked values is
 * counted without its own filter (one extra search per such facet), so its other values stay listed to add.
 */
function disjunctiveFacets(engine: SearchEngine, state: SearchState, response: SearchResponse): Facets {
  const facets: Facets = { ...response.facets };
  for (const name of FACET_ORDER) {
    if (selectedValues(state, name).length === 0) continue;
    const withoutOwnFilter: SearchState = { ...state, [name]: undefined, limit: 1, offset: 0 };
    facets[name] = engine.search(toSearchRequest(withoutOwnFilter)).facets[name];
  }
  return facets;
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

function timelineCharts(engine: SearchEngine, state: SearchState, corpusFacets: Facets): BarChartLayout[] {
  const timeline = engine.timeline(state.q);
  const yearLabels = new Map(corpusFacets.year.map((f) => [f.value, f.label ?? `${f.value}年度`]));
  const byYear = timeline.byYear.map((y) => ({
    label: yearLabels.get(String(y.year)) ?? `${y.year}年度`,
    count: y.count,
    href: toggleFacetHref({ ...state, year: [] }, 'year', String(y.year)),
  }));
  const byMinistry = timeline.byMinistry.map((m) => ({
    label: m.ministry,
    count: m.count,
    href: toggleFacetHref({ ...state, ministry: [] }, 'ministry', m.ministry),
  }));
  return [layoutCountChart('年度別の該当件数', byYear), layoutCountChart('府省別の該当件数', byMinistry)];
}

/** Queries to try when nothing matches: the corpus's most frequent topics, then template item titles. */
function suggestions(engine: SearchEngine, corpusFacets: Facets): { q: string; href: string }[] {
  const topics = corpusFacets.topic.slice(0, 5).map((t) => t.value);
  const items = engine.templateItems().slice(0, 3).map((t) => t.title);
  return [...new Set([...topics, ...items])].slice(0, 8).map((q) => ({ q, href: `/?${new URLSearchParams({ q })}` }));
}

function hasFilters(state: SearchState): boolean {
  return FACET_ORDER.some((facet) => selectedValues(state, facet).length > 0);
}

/** Everything views/search.ejs draws for one request. */
export function buildSearchPage(engine: SearchEngine, state: SearchState, corpusFacets: Facets) {
  const response: SearchResponse = engine.search(toSearchRequest(state));
  const facets = disjunctiveFacets(engine, state, response);
  return {
    state,
    total: response.total,
    expanded: response.expanded,
    results: response.results.map(presentResult),
    facets: FACET_ORDER.map((name) => ({ name, label: FACET_LABELS[name], options: facetOptions(state, name, facets[name]) })),
    sorts: (['relevance', 'year-desc', 'year-asc'] as const).map((sort) => ({
      value: sort,
      label: SORT_LABELS[sort],
      href: sortHref(state, sort),
      current: state.sort === sort,
    })),
    pagination: pagination(state, response.total),
    exports: exportHrefs(state),
    charts: timelineCharts(engine, state, corpusFacets),
    suggestions: response.total === 0 ? suggestions(engine, corpusFacets) : [],
    clearFiltersHref: hasFilters(state) ? searchHref({ ...state, section: [], item: [], tag: [], ministry: [], year: [], status: [], topic: [], offset: 0 }) : null,
  };
}

export type SearchPage = ReturnType<typeof buildSearchPage>;
