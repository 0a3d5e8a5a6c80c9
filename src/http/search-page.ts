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

/** Shortens a title for a facet list; the whole label stays in the option's tooltip. */
const clip = (title: string, length: number) => (title.length <= length ? title : `${title.slice(0, length)}…`);

/**
 * An item number stands for that item in every section. When the results lie in one section, the label is that
 * section's item title; otherwise each section's title, clipped, so that "2" does not pretend to be one item.
 */
function itemLabel(value: FacetValue, sections: string[], engine: SearchEngine): string {
  const item = Number(value.value);
  const titles = engine.templateItems().filter((t) => t.item === item && (sections.length !== 1 || t.section === sections[0]));
  if (titles.length === 1) return `${item} ${titles[0].title}`;
  if (titles.length === 0) return value.label ?? value.value;
  return `${item} ${titles.map((t) => clip(t.title, 10)).join(' / ')}`;
}

function labelOf(facet: FacetName, value: FacetValue, sections: string[], engine: SearchEngine): string {
  if (value.value === 'none') return NONE_LABELS[facet] ?? 'なし';
  return facet === 'item' ? itemLabel(value, sections, engine) : (value.label ?? value.value);
}

/** A facet's options, keeping ticked values listed (count 0) even when the other filters leave none of them. */
function facetOptions(state: SearchState, facet: FacetName, facets: Facets, engine: SearchEngine): FacetOptionView[] {
  const selected = selectedValues(state, facet);
  const values = facets[facet];
  const missing = selected.filter((v) => !values.some((f) => f.value === v)).map((value): FacetValue => ({ value, count: 0 }));
  const sections = facets.section.filter((f) => f.count > 0).map((f) => f.value);
  return [...values, ...missing].map((value) => {
    const label = labelOf(facet, value, sections, engine);
    return {
      value: value.value,
      label,
      fullLabel: value.label ?? label,
      count: value.count,
      checked: selected.includes(value.value),
      href: toggleFacetHref(state, facet, value.value),
    };
  });
}

/**
 * Item numbers repeat in every section (4 is 超過勤務 in one, 中途採用 in another), so the item facet is offered once
 * the results lie in one section, or when an item is already ticked.
 */
function showFacet(name: FacetName, state: SearchState, facets: Facets): boolean {
  if (name !== 'item') return true;
  return selectedValues(state, 'item').length > 0 || facets.section.filter((f) => f.count > 0).length === 1;
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

/** Queries to try when nothing matches: the corpus's most frequent topics, topped up with template item titles. */
function suggestions(engine: SearchEngine, corpusFacets: Facets): { q: string; href: string }[] {
  const topics = corpusFacets.topic.slice(0, 8).map((t) => t.value);
  const items = topics.length >= 4 ? [] : engine.templateItems().slice(0, 4).map((t) => t.title);
  return [...new Set([...topics, ...items])].map((q) => ({ q, href: `/?${new URLSearchParams({ q })}` }));
}

/** The ticked values as removable chips, so the filters show above the results (and on paper, where facets do not). */
function activeFilters(state: SearchState, facets: Facets, engine: SearchEngine) {
  const sections = facets.section.filter((f) => f.count > 0).map((f) => f.value);
  return FACET_ORDER.flatMap((facet) =>
    selectedValues(state, facet).map((value) => {
      const known = facets[facet].find((f) => f.value === value) ?? { value, count: 0 };
      return { facet: FACET_LABELS[facet], label: labelOf(facet, known, sections, engine), removeHref: toggleFacetHref(state, facet, value) };
    }),
  );
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
    facets: FACET_ORDER.filter((name) => showFacet(name, state, facets)).map((name) => ({
      name,
      label: FACET_LABELS[name],
      options: facetOptions(state, name, facets, engine),
    })),
    itemFacetHidden: !showFacet('item', state, facets),
    activeFilters: activeFilters(state, facets, engine),
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
