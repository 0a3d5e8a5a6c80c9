/**
 * Runs a query plan: one MiniSearch search over every distinct term (OR), then keeps the hits whose
 * matched terms satisfy the plan's clauses.
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { INDEXED_FIELDS, ordinalOfHit, TERM_SEPARATOR, type IndexedDocument } from '../indexing/index-options';
import { satisfiesPlan, type MatchedTerms, type QueryPlan, type RankingWeights } from './build-query';
import type { Corpus } from './corpus';
import type { Scored } from './hits';

export function runPlan(miniSearch: MiniSearch<IndexedDocument>, corpus: Corpus, plan: QueryPlan, weights: RankingWeights): Scored[] {
  const boost = { text: weights.text, rowTitle: weights.rowTitle, itemTitle: weights.itemTitle, grams: weights.grams };
  const results = miniSearch.search(plan.terms.join(TERM_SEPARATOR), {
    combineWith: 'OR',
    // A field weighted 0 is not searched at all (MiniSearch would read a zero boost as 1).
    fields: INDEXED_FIELDS.filter((field) => boost[field] > 0),
    boost,
    boostTerm: (term) => plan.termBoost.get(term) ?? 1,
    prefix: (term) => plan.prefixTerms.has(term),
  });
  const matched: Scored[] = [];
  for (const result of results) {
    const ordinal = ordinalOfHit(result);
    if (satisfiesPlan(plan, matchedTermsOf(result, corpus, ordinal))) matched.push({ ordinal, score: result.score });
  }
  return matched;
}

/**
 * The terms a hit matched, read from MiniSearch's match (term → fields) without copying it: this runs
 * for every hit, thousands at 100x. A one-character query gram matched through a longer indexed gram
 * (prefix search) is credited from the hit's query terms.
 */
function matchedTermsOf(result: SearchResult, corpus: Corpus, ordinal: number): MatchedTerms {
  const { match, queryTerms } = result;
  return {
    inWords: (term) => match[term]?.some((field) => field !== 'grams') ?? false,
    inGrams: (term) => (match[term]?.includes('grams') ?? false) || (term.length === 1 && queryTerms.includes(term)),
    contains: (text) => corpus.normalizedText(ordinal).includes(text),
  };
}
