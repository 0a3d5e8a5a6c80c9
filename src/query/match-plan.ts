/**
 * Runs a query plan: one MiniSearch search over every distinct term (OR), then keeps the hits whose
 * matched terms satisfy the plan's clauses. One-character grams match by prefix (the index holds each
 * run's bigrams and its last character), so they are credited from the query terms a hit matched.
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { ordinalOfHit, TERM_SEPARATOR, type IndexedDocument } from '../indexing/index-options';
import { satisfiesPlan, type QueryPlan, type RankingWeights } from './build-query';
import type { Scored } from './hits';

export function runPlan(miniSearch: MiniSearch<IndexedDocument>, plan: QueryPlan, weights: RankingWeights): Scored[] {
  const results = miniSearch.search(plan.terms.join(TERM_SEPARATOR), {
    combineWith: 'OR',
    fields: ['text', 'rowTitle', 'itemTitle', 'grams'],
    boost: { text: weights.text, rowTitle: weights.rowTitle, itemTitle: weights.itemTitle, grams: weights.grams },
    boostTerm: (term) => plan.termBoost.get(term) ?? 1,
    prefix: (term) => term.length === 1,
  });
  const matched: Scored[] = [];
  for (const result of results) {
    const { wordHits, gramHits } = matchedTerms(result);
    if (satisfiesPlan(plan, wordHits, gramHits)) matched.push({ ordinal: ordinalOfHit(result), score: result.score });
  }
  return matched;
}

/** The terms a hit matched in word fields and in the n-gram field. */
function matchedTerms(result: SearchResult): { wordHits: Set<string>; gramHits: Set<string> } {
  const wordHits = new Set<string>();
  const gramHits = new Set<string>();
  for (const [term, fields] of Object.entries(result.match)) {
    for (const field of fields) (field === 'grams' ? gramHits : wordHits).add(term);
  }
  // A one-character query gram matched through a longer indexed gram (prefix search): credit the query term.
  for (const term of result.queryTerms) if (term.length === 1) gramHits.add(term);
  return { wordHits, gramHits };
}
