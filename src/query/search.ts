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
import { precedenceOf, rankPage, type Matches } from './rank-page';
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

/** Matching documents (before filters) and their scores; every document, in report order, when q is empty. */
export function matchQuery(context: EngineContext, analyzed: AnalyzedQuery | null): Matches {
  const { corpus } = context;
  if (analyzed === null) return everyDocument(corpus, 0);
  const plan = planQuery(analyzed, context.weights, corpus);
  let matched: Matches;
  if (plan !== null) {
    matched = context.runPlan(plan, context.weights);
    // A title-only record matches in both its text and its row title: weigh it down below the statements.
    const { ordinals, scores } = matched;
    for (let i = 0; i < ordinals.length; i += 1) if (corpus.isTitleRecord[ordinals[i]!] === 1) scores[i]! *= context.weights.titleRecord;
  } else if (analyzed.phrases.length > 0) {
    matched = everyDocument(corpus, 1);
  } else {
    matched = { ordinals: new Int32Array(0), scores: new Float64Array(0) };
  }
  if (analyzed.phrases.length === 0) return matched;
  return keepMatches(matched, (ordinal) => analyzed.phrases.every((phrase) => corpus.normalizedText(ordinal).includes(phrase)));
}

/** matchQuery as one object per match, best first (report order when q is empty), for compare. */
export function matchList(context: EngineContext, analyzed: AnalyzedQuery | null): Scored[] {
  const { ordinals, scores } = matchQuery(context, analyzed);
  const precedes = precedenceOf(context.corpus, 'relevance', analyzed === null);
  return Array.from(ordinals, (ordinal, i) => ({ ordinal, score: scores[i]! })).sort((a, b) =>
    precedes(a.ordinal, a.score, b.ordinal, b.score) ? -1 : 1,
  );
}

/** The matches of a request with the filter verdicts and their precedence, the analysed query and the facets. */
export function findMatches(context: EngineContext, request: SearchRequest) {
  const q = request.q.trim();
  const analyzed = q === '' ? null : context.analyzer.analyzeQuery(q);
  const matched = matchQuery(context, analyzed);
  const filters = compileFilters(context.corpus, request.filters);
  const failed = failedFacets(context.corpus, matched.ordinals, filters);
  const facets = countFacets(context.corpus, matched.ordinals, filters, failed);
  const precedes = precedenceOf(context.corpus, request.sort ?? 'relevance', analyzed === null);
  return { analyzed, facets, matched, failed, precedes };
}

export function search(context: EngineContext, request: SearchRequest): SearchResponse {
  const limit = clamp(request.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT);
  const offset = Math.max(0, request.offset ?? 0);
  const { analyzed, facets, matched, failed, precedes } = findMatches(context, request);
  const { total, page } = rankPage(context.corpus, matched, failed, precedes, offset, limit);
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

function everyDocument(corpus: Corpus, score: number): Matches {
  const ordinals = new Int32Array(corpus.size);
  for (let ordinal = 0; ordinal < ordinals.length; ordinal += 1) ordinals[ordinal] = ordinal;
  return { ordinals, scores: new Float64Array(corpus.size).fill(score) };
}

function keepMatches({ ordinals, scores }: Matches, keep: (ordinal: number) => boolean): Matches {
  const kept: number[] = [];
  for (let i = 0; i < ordinals.length; i += 1) if (keep(ordinals[i]!)) kept.push(i);
  return { ordinals: Int32Array.from(kept, (i) => ordinals[i]!), scores: Float64Array.from(kept, (i) => scores[i]!) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
