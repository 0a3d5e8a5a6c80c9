/**
 * The view model of the search page: results with highlight segments and 出典, facets with tick links, sort, paging,
 * export and print links, the per-year and per-ministry charts, the expansions searched (each removable), relaxed
 * results and suggestions. Every count comes from the same folded result set as the list (see search-facets.ts).
 */
import type { Facets, SearchEngine, SearchHit, SearchResponse, TimelineCounts, TimelineResponse } from '../query/types';
import { layoutCountChart, layoutShareChart, shareText, type BarChartLayout } from './chart-layout';
import { citationOf, describeRow, splitHighlights, type TextSegment } from './present-results';
import { buildActiveFilters, buildFacetLists, FACET_ORDER, type FacetOptionView, type FacetView } from './search-facets';
import {
  exportHrefs,
  hasFilters,
  pageHref,
  searchHref,
  selectedValues,
  sortHref,
  toggleExcludeHref,
  toSearchRequest,
  type SearchState,
} from './search-state';

/** The most results the print view lists (said on the page when there are more). */
export const PRINT_LIMIT = 500;

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
  /** The whole statement (print shows it rather than the snippet). */
  text: string;
  /** The 出典 line (for print and copy). */
  citation: string;
}

function presentResult(engine: SearchEngine, hit: SearchHit): ResultView {
  const initiative = engine.getInitiative(hit.id);
  return {
    id: hit.id,
    tag: hit.tag,
    status: hit.status,
    ministry: hit.ministry,
    yearLabel: hit.fiscalYearLabel,
    section: hit.section,
    // A target row holds one figure per label (全体, 本省課室長相当職 …): without it the hits of one row look alike.
    rowPath: hit.kind === 'metric' && initiative?.label ? `${describeRow(hit)}【${initiative.label}】` : describeRow(hit),
    segments: splitHighlights(hit.snippet, hit.snippetHighlights),
    topics: hit.topics,
    alsoAt: hit.alsoAt.map((place) => ({
      id: place.id,
      label: `${place.ministry} ${place.fiscalYear}年度 ${place.section} › ${describeRow(place)}`,
    })),
    text: hit.text,
    citation: initiative ? citationOf(initiative) : '',
  };
}

function pagination(state: SearchState, total: number, shown: number) {
  const pageCount = Math.ceil(total / state.limit);
  const current = Math.floor(state.offset / state.limit);
  const first = Math.max(0, current - 3);
  const pages = [];
  for (let page = first; page < Math.min(pageCount, first + 7); page += 1) {
    pages.push({ number: page + 1, href: pageHref(state, page * state.limit), current: page === current });
  }
  return {
    from: total === 0 ? 0 : state.offset + 1,
    to: Math.min(total, state.offset + shown),
    prev: current > 0 ? pageHref(state, (current - 1) * state.limit) : null,
    next: current + 1 < pageCount ? pageHref(state, (current + 1) * state.limit) : null,
    pages,
  };
}

/** The values a chart shows: a facet's ticked values, or all it offers (the charts follow every filter). */
function shownOptions(facets: FacetView[], name: 'year' | 'ministry') {
  const options = facets.find((f) => f.name === name)?.options ?? [];
  const shown = options.some((o) => o.checked) ? options.filter((o) => o.checked) : options;
  return name === 'year' ? [...shown].sort((a, b) => Number(a.value) - Number(b.value)) : shown;
}

/**
 * The per-year and per-ministry charts. With a query, each bar is the share of that year's (ministry's) results
 * that mention it, over what the filters give without the query, with the count beside (the facet's count, the
 * total a tick gives); without a query, the counts themselves. Bars are the facet lists' values, so the chart says
 * what the boxes beside it say.
 */
function timelineCharts(facets: FacetView[], timeline: TimelineResponse | null): BarChartLayout[] {
  const years = shownOptions(facets, 'year');
  const ministries = shownOptions(facets, 'ministry');
  const bar = (o: FacetOptionView) => ({ label: o.label, count: o.count, href: o.checked ? undefined : o.href });
  if (timeline === null) return [layoutCountChart('年度別の該当件数', years.map(bar)), layoutCountChart('府省別の該当件数', ministries.map(bar))];
  const yearTotal = (o: FacetOptionView) => timeline.years.find((y) => String(y.fiscalYear) === o.value)?.statementsLoaded ?? 0;
  const ministryTotal = (o: FacetOptionView) => timeline.byMinistry.find((m) => m.ministry === o.value)?.statementsLoaded ?? 0;
  const byShare = (rows: ReturnType<typeof bar>[], totals: number[]) =>
    rows
      .map((row, i) => ({ ...row, total: totals[i]! }))
      .sort((a, b) => b.count / (b.total || 1) - a.count / (a.total || 1) || a.label.localeCompare(b.label, 'ja'));
  return [
    layoutShareChart(
      '年度別：該当する記載の割合',
      years.map((o) => ({ ...bar(o), total: yearTotal(o) })),
    ),
    layoutShareChart('府省別：該当する記載の割合', byShare(ministries.map(bar), ministries.map(ministryTotal))),
  ];
}

/** The table beside the charts: per year and per ministry, reports and results mentioning the query against those loaded. */
function timelineTable(timeline: TimelineResponse | null) {
  if (timeline === null) return null;
  const row = (label: string, c: TimelineCounts) => ({
    label,
    reports: `${c.reports}/${c.reportsLoaded}`,
    reportShare: shareText(c.reports, c.reportsLoaded),
    statements: `${c.statements}/${c.statementsLoaded}`,
    statementShare: shareText(c.statements, c.statementsLoaded),
  });
  return {
    years: timeline.years.map((y) => row(y.fiscalYearLabel, y)),
    yearLabels: timeline.years.map((y) => y.fiscalYearLabel),
    ministries: [...timeline.byMinistry]
      .sort((a, b) => a.ministry.localeCompare(b.ministry, 'ja'))
      .map((m) => ({
        ...row(m.ministry, m),
        cells: m.years.map((y) =>
          y.reportsLoaded === 0 ? null : { statements: `${y.statements}/${y.statementsLoaded}`, share: shareText(y.statements, y.statementsLoaded) },
        ),
      })),
  };
}

/** Queries to try when nothing matches: the engine's own (もしかして, related concepts), then the corpus's topics. */
function suggestions(engine: SearchEngine, response: SearchResponse, corpusFacets: Facets) {
  const fromEngine = (response.suggestions ?? []).map((s) => ({ q: s.q, label: s.label, kind: s.kind }));
  const topics = corpusFacets.topic.slice(0, 8).map((t) => t.value);
  const items =
    topics.length >= 4
      ? []
      : engine
          .templateItems()
          .slice(0, 4)
          .map((t) => t.title);
  const fallback = [...new Set([...topics, ...items])].map((q) => ({ q, label: q, kind: 'topic' as const }));
  return { didYouMean: fromEngine, topics: response.total === 0 ? fallback : [] };
}

function clearFiltersHref(state: SearchState): string | null {
  if (!hasFilters(state)) return null;
  return searchHref({ ...state, section: [], item: [], tag: [], ministry: [], year: [], status: [], topic: [], offset: 0 });
}

/** Expansions grouped as 同義語 / 下位語 / 関連語, each word a link that searches without it; removed ones to put back. */
function expansionGroups(state: SearchState, response: SearchResponse) {
  const groups = (response.expansionGroups ?? []).map((group) => ({
    label: group.label,
    words: group.words.map((w) => ({ surface: w.surface, removeHref: toggleExcludeHref(state, w.surface) })),
  }));
  const removed = (state.exclude ?? []).map((word) => ({ surface: word, restoreHref: toggleExcludeHref(state, word) }));
  return { groups: groups.filter((g) => g.words.length > 0), removed };
}

/** The old flat list, for an engine that does not group its expansions. */
function flatExpansions(state: SearchState, response: SearchResponse): string[] {
  if (response.expansionGroups) return [];
  return response.expanded.filter((word) => !state.q.split(/\s+/).includes(word));
}

/** Everything views/search.ejs draws for one request; `print` lists every result (up to PRINT_LIMIT) on one page. */
export function buildSearchPage(engine: SearchEngine, state: SearchState, corpusFacets: Facets, { print = false } = {}) {
  const request = toSearchRequest(print ? { ...state, offset: 0 } : state);
  // The facet lists' counts come with the response (one pass over the matches, rather than a search per value).
  const response: SearchResponse = engine.search({ ...request, ...(print ? { limit: PRINT_LIMIT } : {}), resultCounts: true });
  const results = response.results.map((hit) => presentResult(engine, hit));
  const facets = buildFacetLists(engine, state, response);
  const activeFilters = buildActiveFilters(engine, state, response);
  // Shares need a query: without one, every result "mentions" it.
  const timeline =
    request.q.trim() === '' || print
      ? null
      : engine.timeline({ q: request.q, filters: request.filters, ...(request.exclude ? { exclude: request.exclude } : {}) });
  return {
    state,
    print,
    printLimit: PRINT_LIMIT,
    total: response.total,
    // Counted on the page shown: each result's 「他k箇所」 adds up to this.
    folded: { results: results.filter((r) => r.alsoAt.length > 0).length, places: results.reduce((sum, r) => sum + r.alsoAt.length, 0) },
    expanded: flatExpansions(state, response),
    expansions: expansionGroups(state, response),
    corrected: response.corrected ? { ...response.corrected, typedHref: searchHref({ ...state, typed: true, offset: 0 }) } : null,
    partsApart: response.partsApart ?? null,
    partsPrintedNowhere: response.partsPrintedNowhere ?? [],
    // The ministries or years the query named, which the route turns into filters by a redirect.
    scopedBy: response.scopedBy ?? null,
    // Shown once, after the redirect that turned the ministries or years the query named into filters.
    scoped: state.scoped ? { asked: state.scoped, typedHref: `/?${new URLSearchParams({ q: state.scoped, typed: '1' })}` } : null,
    withoutWords: response.withoutWords ?? null,
    withoutWordsAsk: response.withoutWordsAsk ?? { acrossYears: true, figures: false },
    onlyRelated: response.onlyRelated ?? null,
    relaxed: (response.relaxed ?? []).map((r) => ({ label: r.label, total: r.total, results: r.results.map((hit) => presentResult(engine, hit)) })),
    results,
    facets,
    activeFilters,
    activeFilterCount: FACET_ORDER.reduce((sum, facet) => sum + selectedValues(state, facet).length, 0),
    sorts: (['relevance', 'year-desc', 'year-asc'] as const).map((sort) => ({
      value: sort,
      label: sort === 'relevance' && !state.q ? '報告書の順' : SORT_LABELS[sort],
      href: sortHref(state, sort),
      current: state.sort === sort,
    })),
    pagination: pagination(print ? { ...state, offset: 0 } : state, response.total, results.length),
    exports: exportHrefs(state),
    charts: timelineCharts(facets, timeline),
    timeline: timelineTable(timeline),
    suggestions: suggestions(engine, response, corpusFacets),
    clearFiltersHref: clearFiltersHref(state),
    backHref: searchHref(state),
    printedOn: new Date().toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long' }),
  };
}

export type SearchPage = ReturnType<typeof buildSearchPage>;
