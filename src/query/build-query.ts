/**
 * Turns an analysed query into a MiniSearch query tree. Each clause matches through its content words
 * (word fields) or through all of its character n-grams (the n-gram field, for compounds and partial
 * words); synonyms and variants are OR-ed into the clause with a lower weight; clauses are AND-ed.
 */
import type { Query, QueryCombination } from 'minisearch';
import type { AnalyzedQuery, QueryClause } from '../analysis/types';
import { TERM_SEPARATOR } from '../indexing/index-options';

/** Ranking weights, tuned on the judged query set (tests/quality). */
export interface RankingWeights {
  text: number;
  rowTitle: number;
  itemTitle: number;
  grams: number;
  /** Multiplier for synonym / variant alternatives. */
  alternative: number;
  /** A clause with at most this many words needs all of them; a longer one (an unsegmented sentence) needs any. */
  maxAndWords: number;
  /** Score multiplier of records that only repeat a row's title (rows without statements). */
  titleRecord: number;
  /** Queries with at most this many clauses need every clause; longer (natural-language) ones need any, ranked by coverage. */
  maxAndClauses: number;
}

/**
 * Chosen by a grid over text 1-3, rowTitle 0.5-2, itemTitle 0.25-1, grams 0.1-1, alternative 0.3-1 on the
 * judged set (tests/quality): statement words dominate, synonyms count about a third, and the n-gram
 * field mostly adds recall (nDCG@10 spread across the grid was only 0.85-0.88). Title-only records at
 * 0.3 rank below the statements that mention the term (1 → 0.876, 0.3 → 0.886 nDCG@10).
 * Never 0: MiniSearch treats a zero boost as 1.
 */
export const DEFAULT_WEIGHTS: RankingWeights = {
  text: 3,
  rowTitle: 1,
  itemTitle: 0.25,
  grams: 0.1,
  alternative: 0.3,
  titleRecord: 0.3,
  maxAndWords: 3,
  maxAndClauses: 2,
};

interface Variant {
  words: string[];
  ngrams: string[];
}

/** The MiniSearch query for an analysed query, or null when it has no searchable terms. */
export function buildQuery(analyzed: AnalyzedQuery, weights: RankingWeights = DEFAULT_WEIGHTS): Query | null {
  const clauses = analyzed.clauses.map((clause) => clauseQuery(clause, weights)).filter((q): q is QueryCombination => q !== null);
  if (clauses.length === 0) return null;
  if (clauses.length === 1) return clauses[0]!;
  return { combineWith: clauses.length <= weights.maxAndClauses ? 'AND' : 'OR', queries: clauses };
}

function clauseQuery(clause: QueryClause, weights: RankingWeights): QueryCombination | null {
  const queries = [
    ...variantQueries(clause, weights, 1, clause.words.length <= weights.maxAndWords),
    // An alternative is one term (残業, 在宅勤務): all of its words must match.
    ...clause.alternatives.flatMap((alternative) => variantQueries(alternative, weights, weights.alternative, true)),
  ];
  return queries.length === 0 ? null : { combineWith: 'OR', queries };
}

function variantQueries(variant: Variant, weights: RankingWeights, factor: number, allWords: boolean): QueryCombination[] {
  const queries: QueryCombination[] = [];
  const words = unique(variant.words);
  if (words.length > 0) {
    queries.push({
      queries: [words.join(TERM_SEPARATOR)],
      fields: ['text', 'rowTitle', 'itemTitle'],
      boost: { text: weights.text * factor, rowTitle: weights.rowTitle * factor, itemTitle: weights.itemTitle * factor },
      combineWith: allWords ? 'AND' : 'OR',
    });
  }
  const grams = unique(variant.ngrams);
  if (grams.length > 0) {
    queries.push({
      queries: [grams.join(TERM_SEPARATOR)],
      fields: ['grams'],
      boost: { grams: weights.grams * factor },
      combineWith: 'AND',
      // A one-character query gram matches by prefix: the index holds each run's bigrams and its last character.
      prefix: (term) => term.length === 1,
    });
  }
  return queries;
}

function unique(terms: string[]): string[] {
  return [...new Set(terms.filter((term) => term.length > 0))];
}
