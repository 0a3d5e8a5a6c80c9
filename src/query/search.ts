/**
 * Search: analyse the query, match it in the index, apply phrases and filters, count facets over the
 * whole matching set, fold duplicates, rank and shape only the requested page.
 */
import type MiniSearch from 'minisearch';
import type { AnalyzedQuery, Analyzer } from '../analysis/types';
import type { IndexedDocument } from '../indexing/index-options';
import { planQuery, type RankingWeights } from './build-query';
import type { Corpus } from './corpus';
import { countFacets } from './facets';
import { compileFilters, failedFacets } from './filters';
import { highlightNeedles } from './highlight';
import type { PlanRunner } from './match-plan';
import { toSearchHit, type Scored } from './hits';
import { precedenceOf, rankPage } from './rank-page';
import type { SearchRequest, SearchResponse } from './types';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** What every use case of the engine works with. */
export interface EngineContext {
  corpus: Corpus;
  miniSearch: MiniSearch<IndexedDocument>;
  analyzer: Analyzer;
  weights: RankingWeights;
  /** Scores a query plan over the index's postings (see match-plan.ts). */
  runPlan: PlanRunner;
}

/** Matching documents (before filters), best first; every document in report order when q is empty. */
export function matchQuery(context: EngineContext, analyzed: AnalyzedQuery | null): Scored[] {
  const { corpus } = context;
  if (analyzed === null) return corpus.initiatives.map((_, ordinal) => ({ ordinal, score: 0 }));
  const plan = planQuery(analyzed, context.weights, corpus);
  let matched: Scored[];
  if (plan !== null) {
    matched = context.runPlan(plan, context.weights);
    // A title-only record matches in both its text and its row title: weigh it down below the statements.
    for (const match of matched) if (corpus.isTitleRecord[match.ordinal] === 1) match.score *= context.weights.titleRecord;
  } else if (analyzed.phrases.length > 0) {
    matched = corpus.initiatives.map((_, ordinal) => ({ ordinal, score: 1 }));
  } else {
    matched = [];
  }
  if (analyzed.phrases.length === 0) return matched;
  return matched.filter(({ ordinal }) => analyzed.phrases.every((phrase) => corpus.normalizedText(ordinal).includes(phrase)));
}

/** The filtered matches of a request and their precedence, with the analysed query and the facets. */
export function findMatches(context: EngineContext, request: SearchRequest) {
  const q = request.q.trim();
  const analyzed = q === '' ? null : context.analyzer.analyzeQuery(q);
  const matched = matchQuery(context, analyzed);
  const filters = compileFilters(context.corpus, request.filters);
  const ordinals = ordinalsOf(matched);
  const failed = failedFacets(context.corpus, ordinals, filters);
  const facets = countFacets(context.corpus, ordinals, filters, failed);
  const filtered = failed === null ? matched : matched.filter((_, i) => failed[i] === -1);
  const precedes = precedenceOf(context.corpus, request.sort ?? 'relevance', analyzed === null);
  return { analyzed, facets, filtered, precedes };
}

export function search(context: EngineContext, request: SearchRequest): SearchResponse {
  const limit = clamp(request.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT);
  const offset = Math.max(0, request.offset ?? 0);
  const { analyzed, facets, filtered, precedes } = findMatches(context, request);
  const { total, page } = rankPage(context.corpus, filtered, precedes, offset, limit);
  return {
    query: request.q,
    analyzed,
    expanded: analyzed?.expanded ?? [],
    total,
    limit,
    offset,
    results: shapeHits(context, page, analyzed),
    facets,
  };
}

export function shapeHits(context: EngineContext, hits: Scored[], analyzed: AnalyzedQuery | null) {
  const needles = analyzed ? highlightNeedles(analyzed) : [];
  return hits.map((hit) => toSearchHit(context.corpus, hit, needles));
}

function ordinalsOf(matches: Scored[]): Int32Array {
  const ordinals = new Int32Array(matches.length);
  for (let i = 0; i < matches.length; i += 1) ordinals[i] = matches[i]!.ordinal;
  return ordinals;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
