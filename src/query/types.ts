/**
 * The search core's public contract, used by the web service, the CLI and question answering.
 * Implemented by src/query/search-engine.ts (createSearchEngine); opened from index/ by openSearchEngine in src/app/open-engine.ts.
 */
import type { QueryScope } from './query-scope';
import type { Initiative, Metric, Section, Status, Tag } from '../domain/types';
import type { AnalyzedQuery } from '../analysis/types';
import type { HistoryEntry, YearChanges } from './lineage';

export const FACET_NAMES = ['section', 'item', 'tag', 'ministry', 'year', 'status', 'topic'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Filters combine with AND across facets, OR within one facet's values. */
export interface SearchFilters {
  section?: Section[];
  /** Item numbers. */
  item?: number[];
  tag?: (Tag | 'none')[];
  ministry?: string[];
  year?: number[];
  status?: (Status | 'none')[];
  topic?: string[];
}

export type SortOrder = 'relevance' | 'year-desc' | 'year-asc';

export interface SearchRequest {
  /** May be empty: then every initiative matching the filters, in report order. */
  q: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  limit?: number;
  offset?: number;
  /** Expansions the user removed (surfaces as listed in `expansionGroups`): not searched. */
  exclude?: string[];
  /** Search the words as typed, with no spelling fix even when they find little (the page's 「…で検索する」 link). */
  asTyped?: boolean;
  /** Also count the results of every facet value (`SearchResponse.resultCounts`): one pass over the matches, so asked for. */
  resultCounts?: boolean;
}

/** What a search with one facet value set, the other filters as requested, would give as its total (src/query/result-counts.ts). */
export interface ResultCounts {
  /** By facet, each value with results: a search with the facet set to only that value gives this total. */
  byValue: Record<FacetName, Record<string, number>>;
  /** By 大項目 with results: the total with the section set to it and no 中項目 filter, and each 中項目 with results in it. */
  sections: Record<string, { total: number; items: Record<string, number> }>;
}

/** Where else an identical statement stands. */
export interface Place {
  id: string;
  ministry: string;
  fiscalYear: number;
  section: Section;
  item: number | null;
  itemTitle: string | null;
  sub: string | null;
  rowTitle: string;
}

export interface SearchHit {
  id: string;
  score: number;
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  section: Section;
  item: number | null;
  itemTitle: string | null;
  sub: string | null;
  rowTitle: string;
  status: Status | null;
  tag: Tag | null;
  kind: Initiative['kind'];
  topics: string[];
  /** The whole statement text (plain text, never HTML). */
  text: string;
  /** A window of the text around the best match (plain text). */
  snippet: string;
  /** [start, end) offsets into snippet of highlighted matches. */
  snippetHighlights: [number, number][];
  /** [start, end) offsets into text of highlighted matches. */
  highlights: [number, number][];
  /** Other places where the identical statement stands (duplicates grouped into this hit). */
  alsoAt: Place[];
}

export interface FacetValue {
  value: string;
  count: number;
  /** Display label (e.g. "4 超過勤務の縮減の徹底" for item 4). */
  label?: string;
}

export type Facets = Record<FacetName, FacetValue[]>;

export interface SearchResponse {
  query: string;
  analyzed: AnalyzedQuery | null;
  /** Synonyms and variants that were also searched. */
  expanded: string[];
  total: number;
  limit: number;
  offset: number;
  results: SearchHit[];
  /** Counts over the whole matching set (before pagination). */
  facets: Facets;
  /** The expansions searched, grouped by relation (同義語, 下位語, 関連語), each with the term weight it was given. */
  expansionGroups?: ExpansionGroup[];
  /** Set when the query as typed matched nothing and a spelling fix from the corpus vocabulary was searched instead. */
  corrected?: QueryCorrection;
  /**
   * Set when the query, one word typed without spaces, found almost nothing as a whole and its parts were searched
   * apart (any of them, ranked by how many match): the results need not hold the compound (裁判員休暇 → 裁判, 休暇).
   */
  partsApart?: string[];
  /** Of partsApart, those no report prints, nor any synonym or related word of theirs (裁判 of 裁判員休暇). */
  partsPrintedNowhere?: string[];
  /**
   * Set when the query found nothing for words that only ask how things changed over the years (推移, 移り変わり, 変遷),
   * which no report prints, or for a measure said last (「…の回数」), and was searched without them (the ministries with
   * several years' reports first, or the records that print a figure).
   */
  withoutWords?: string[];
  /** What the words left out asked for: the view across years (推移, a bare 変化 said last), figures (回数, 人数 said last), or both. */
  withoutWordsAsk?: { acrossYears: boolean; figures: boolean };
  /**
   * Set when words of the query, and their synonyms, are printed in no report and the results were found by their
   * narrower or related words only (「ハラスメント相談」: no report prints ハラスメント; 相談窓口 is related to it).
   */
  onlyRelated?: string[];
  /**
   * Set when the query named loaded ministries or fiscal years (「テスト省 テレワーク」「令和3年度の超過勤務」): they became
   * the ministry and year filters and the rest was searched; `asTyped` searches the words as typed instead.
   */
  scopedBy?: QueryScope;
  /** When few results match every word: results holding all but one word, labelled by what they miss. */
  relaxed?: RelaxedResults[];
  /** When few results match: 「もしかして」 nearest corpus words, and related concepts. */
  suggestions?: QuerySuggestion[];
  /** Set when the request asked for it (`resultCounts: true`). */
  resultCounts?: ResultCounts;
}

export interface SimilarOptions {
  limit?: number;
  /** Only initiatives of other ministries. */
  otherMinistries?: boolean;
  /** Only initiatives of other fiscal years. */
  otherYears?: boolean;
}

export interface CompareRequest {
  /** Item of the common template, as "section:item" e.g. "働き方改革:4", or just item number when unambiguous. */
  section?: Section;
  item?: number;
  q?: string;
  /** A concept of the scheme, by id or label: its statements are those its preferred label finds (synonyms expanded). */
  concept?: string;
  /** The fiscal years to show; every year of the corpus when absent. */
  years?: number[];
}

/** new / expanded / continued against the same ministry's previous report (found by the lineage, not the tag). */
export type YearChange = 'new' | 'expanded' | 'continued';

/** One loaded report: a ministry and fiscal year. */
export interface ReportRef {
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  reportId: string;
}

/** One ministry's report in a comparison: what it wrote for the item or query, counted (the summary line). */
export interface CompareCell {
  ministry: string;
  fiscalYear: number;
  /** The first `cellLimit` matching statements; `total` says how many there are. */
  hits: SearchHit[];
  total: number;
  tagCounts: Record<Tag | 'none', number>;
  /** Rows of the item by 実施状況 (a query compare counts the rows it matched). */
  statusCounts: Record<Status | 'none', number>;
  /** Statements new or expanded against the ministry's previous report. */
  changeCounts: Record<YearChange, number>;
}

/** A statement in an aligned row of the comparison. */
export interface CompareStatement {
  id: string;
  kind: Initiative['kind'];
  tag: Tag | null;
  text: string;
  change: YearChange | null;
}

/** What one ministry's report says in one template row: loaded false is 未収録; loaded with nothing is 記載なし. */
export interface CompareRowCell {
  ministry: string;
  fiscalYear: number;
  loaded: boolean;
  status: Status | null;
  reason: string | null;
  /** The first `cellLimit` statements of the row. */
  statements: CompareStatement[];
  total: number;
}

/** A template row (item, group letter, sub-item) aligned across ministries, one cell per ministry and shown year. */
export interface CompareRow {
  key: string;
  section: Section;
  item: number | null;
  itemTitle: string | null;
  subGroup: string | null;
  sub: string | null;
  title: string;
  cells: CompareRowCell[];
}

export interface CompareResponse {
  section: Section | null;
  item: number | null;
  itemTitle: string | null;
  q: string | null;
  /** The concept compared (q is then its preferred label). */
  concept: { id: string; prefLabel: string; altLabels: string[] } | null;
  ministries: string[];
  /** Every fiscal year of the corpus. */
  years: number[];
  /** The years shown (cells and rows hold only these). */
  selectedYears: number[];
  reports: ReportRef[];
  /** At most this many statements per cell; a cell's total says how many it has. */
  cellLimit: number;
  /** One per loaded report of a shown year. */
  cells: CompareCell[];
  rows: CompareRow[];
}

/** A query with the search's filters (and removed expansions), as the search page and /api/timeline ask it. */
export interface TimelineRequest {
  q: string;
  filters?: SearchFilters;
  exclude?: string[];
}

/**
 * How much of the loaded reports mentions the query: reports with at least one result of the loaded ones, and
 * results (folded as the list shows them) of the records the filters admit without the query.
 */
export interface TimelineCounts {
  reports: number;
  reportsLoaded: number;
  statements: number;
  statementsLoaded: number;
}

export interface TimelineYear extends TimelineCounts {
  fiscalYear: number;
  fiscalYearLabel: string;
}

export interface TimelineMinistry extends TimelineCounts {
  ministry: string;
  /** The same as statements (kept for earlier clients). */
  count: number;
  years: TimelineYear[];
}

export interface TimelineResponse {
  query: string;
  /** Every loaded fiscal year (those of the year filter when set), oldest first, mentioned or not. */
  years: TimelineYear[];
  /** Years with at least one result: count is the search's total with that year ticked. */
  byYear: { year: number; count: number }[];
  /** Every ministry with a loaded report (those of the ministry filter when set), most results first. */
  byMinistry: TimelineMinistry[];
  byMinistryYear: { ministry: string; year: number; count: number }[];
}

export interface MetricEntry {
  id: string;
  ministry: string;
  fiscalYear: number;
  section: Section;
  item: number | null;
  rowTitle: string;
  metric: Metric;
  /** true/false when target and current are comparable numbers, null when not. */
  met: boolean | null;
  /** current - target in the metric's unit when comparable. */
  gap: number | null;
}

/** A template item known to the corpus, for the compare page's chooser. */
export interface TemplateItemRef {
  section: Section;
  item: number;
  title: string;
}

export interface SearchEngine {
  readonly size: number;
  search(request: SearchRequest): SearchResponse;
  getInitiative(id: string): Initiative | undefined;
  /** Initiatives of the same row, in row order (including the one asked for). */
  rowOf(id: string): Initiative[];
  topicsOf(id: string): string[];
  /** One de-duplicated list of similar initiatives, each with its reason (SimilarHit extends SearchHit). */
  similar(id: string, options?: SimilarOptions): SimilarHit[];
  compare(request: CompareRequest): CompareResponse;
  /** Per fiscal year and ministry, the share of reports and results that mention the query (a bare string: no filters). */
  timeline(request: string | TimelineRequest): TimelineResponse;
  metrics(): MetricEntry[];
  /** Facet counts over the whole corpus. */
  facets(): Facets;
  /** Every initiative in report order. */
  list(limit: number, offset: number): { total: number; items: Initiative[] };
  templateItems(): TemplateItemRef[];
  /** Analyse a question or query with the engine's analyser (for question answering). */
  analyze(q: string): AnalyzedQuery;
  /** Words of a text no report prints that sound exactly like a word one does (本性 → 本省): IME conversion slips. */
  soundAlikeSlips(text: string): { from: string; to: string }[];
  /** Every loaded report (ministry and fiscal year). */
  reports(): ReportRef[];
  /** The chain of an initiative over the years, itself included (INITIATIVE_NOT_FOUND when unknown). */
  history(id: string): HistoryEntry[];
  /** 「今年度の変化」: a ministry's report against its previous one (NOT_FOUND naming ministry or year). */
  changes(ministry: string, fiscalYear: number): YearChanges;
  /** The numeric targets (indicators) known to the corpus. */
  indicators(): IndicatorRef[];
  /** One indicator for every ministry and year, or one ministry's indicators over its years. */
  targets(request: TargetsRequest): TargetsResponse;
}

/** A numeric target of the template, told apart by its row and label: 男性職員の育児休業取得率, 女性の登用目標【本省課室長相当職】. */
export interface IndicatorRef {
  /** The row title with the label in 【】: what a reader calls the indicator, and its key. */
  title: string;
  section: Section;
  item: number | null;
  rowTitle: string;
  label: string | null;
  /** Metrics of this indicator in the corpus. */
  count: number;
}

export interface TargetsRequest {
  /** An IndicatorRef title. */
  indicator?: string;
  ministry?: string;
}

/** One indicator of one ministry's report; loaded false is 未収録, metric null is 記載なし. */
export interface TargetPoint {
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  loaded: boolean;
  entry: MetricEntry | null;
}

/** One indicator over ministries (or one ministry) and years, with the largest value for a shared axis. */
export interface TargetSeries {
  indicator: IndicatorRef;
  unit: string | null;
  /** The axis' end: 100 for percentages (or more when a value is above), else the largest value. */
  axisMax: number;
  points: TargetPoint[];
}

export interface TargetsResponse {
  indicator: string | null;
  ministry: string | null;
  years: number[];
  ministries: string[];
  series: TargetSeries[];
}

/** Expansions of one relation, as shown under 「同義語」「下位語」「関連語」; each word removable with `exclude`. */
export interface ExpansionGroup {
  relation: 'synonym' | 'narrower' | 'related';
  label: string;
  /** The term weight of this relation (the words typed weigh 1). */
  weight: number;
  words: { surface: string; clause: string; concept: string | null }[];
}

/** The query as typed matched nothing; `query` was searched instead (「テレワク」 → 「テレワーク」). */
export interface QueryCorrection {
  original: string;
  /** How many results the query as typed found (under `fewResults`: 0, 1 or 2). */
  originalTotal: number;
  query: string;
  fixes: { from: string; to: string; kind: 'kana' | 'long-vowel' | 'okurigana' | 'typo' | 'completion' | 'conversion' }[];
}

/** Results that hold every word of the query but `missing`. */
export interface RelaxedResults {
  missing: string[];
  /** e.g. 「支援」を含まない結果 */
  label: string;
  total: number;
  results: SearchHit[];
}

/** A query to try instead: the nearest corpus words (もしかして), or a related or broader concept. */
export interface QuerySuggestion {
  q: string;
  kind: 'spelling' | 'concept';
  label: string;
}

/** A similar initiative with why it is similar. */
export interface SimilarHit extends SearchHit {
  /** One line: the shared concepts (and the same template item). */
  reason: string;
  sharedConcepts: string[];
  sameItem: boolean;
}
