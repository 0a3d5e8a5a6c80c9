/**
 * The SearchEngine: the loaded index and documents behind the contract of ./types.ts.
 * Every method dispatches to the use case's own module.
 */
import type MiniSearch from 'minisearch';
import type { Analyzer } from '../analysis/types';
import type { CorpusDocuments } from '../indexing/build-index';
import { createIndexOptions, type IndexedDocument } from '../indexing/index-options';
import { PostingIndex } from '../indexing/posting-index';
import { createPostingReader } from '../indexing/posting-reader';
import { DEFAULT_WEIGHTS, type RankingWeights } from './build-query';
import { compare } from './compare';
import { createCorpus } from './corpus';
import { countFacets } from './facets';
import { NO_FILTERS } from './filters';
import { createAcrossYears } from './history';
import { listIndicators, listMetrics, listTargets } from './metrics';
import { createPlanRunner } from './match-plan';
import { search, type EngineContext } from './search';
import { soundAlikeSlips } from './few-results';
import { findSimilar, requireOrdinal } from './similar';
import { listTemplateItems } from './template-items';
import { timeline } from './timeline';
import type { CountedSearchRequest, CountedSearchResponse } from './result-counts';
import type { SearchEngine } from './types';

export interface SearchEngineParts {
  /** A loaded index is a PostingIndex already; a built one (new MiniSearch) is adopted as one. */
  miniSearch: MiniSearch<IndexedDocument>;
  documents: CorpusDocuments;
  analyzer: Analyzer;
  /** Ranking weights; the tuned defaults unless an experiment passes others. */
  weights?: RankingWeights;
}

/** A SearchEngine whose search also counts the results of every facet value when asked (`resultCounts: true`). */
export interface CountingSearchEngine extends SearchEngine {
  search(request: CountedSearchRequest): CountedSearchResponse;
}

/** A SearchEngine over a built or loaded index. */
export function createSearchEngine(parts: SearchEngineParts): CountingSearchEngine {
  const corpus = createCorpus(parts.documents, parts.analyzer);
  const index = PostingIndex.adopt(parts.miniSearch, createIndexOptions(parts.analyzer));
  const acrossYears = createAcrossYears(corpus.initiatives);
  const context: EngineContext = {
    corpus,
    miniSearch: index,
    analyzer: parts.analyzer,
    weights: parts.weights ?? DEFAULT_WEIGHTS,
    runPlan: createPlanRunner(createPostingReader(index), corpus),
    acrossYears,
  };
  const allOrdinals = corpus.initiatives.map((_, ordinal) => ordinal);
  const corpusFacets = countFacets(corpus, allOrdinals, NO_FILTERS);
  const templateItems = listTemplateItems(corpus);
  let metricEntries: ReturnType<typeof listMetrics> | null = null;
  const metrics = () => (metricEntries ??= listMetrics(corpus));
  return {
    size: corpus.initiatives.length,
    search: (request) => search(context, request),
    getInitiative: (id) => {
      const ordinal = corpus.ordinalOf.get(id);
      return ordinal === undefined ? undefined : corpus.initiatives[ordinal];
    },
    rowOf: (id) => {
      const initiative = corpus.initiatives[requireOrdinal(corpus, id)]!;
      return (corpus.rows.get(initiative.rowKey) ?? []).map((ordinal) => corpus.initiatives[ordinal]!);
    },
    topicsOf: (id) => corpus.topics[requireOrdinal(corpus, id)] ?? [],
    similar: (id, options) => findSimilar(context, id, options),
    compare: (request) => compare(context, acrossYears, request),
    timeline: (request) => timeline(context, typeof request === 'string' ? { q: request } : request),
    metrics: () => listMetrics(corpus),
    facets: () => structuredClone(corpusFacets),
    list: (limit, offset) => ({ total: corpus.initiatives.length, items: corpus.initiatives.slice(offset, offset + limit) }),
    templateItems: () => templateItems.map((item) => ({ ...item })),
    analyze: (q) => parts.analyzer.analyzeQuery(q),
    soundAlikeSlips: (text) => soundAlikeSlips(context, text),
    reports: () => acrossYears.reports(),
    history: (id) => acrossYears.history(id),
    changes: (ministry, fiscalYear) => acrossYears.changes(ministry, fiscalYear),
    indicators: () => listIndicators(metrics()),
    targets: (request) => listTargets(metrics(), acrossYears.reports(), request),
  };
}
