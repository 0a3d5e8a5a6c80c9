/**
 * Plans the search of an analysed query. A clause matches a statement through any of its variants
 * (the clause as typed, or a synonym): all of a variant's content words in the word fields, or all of
 * its character n-grams in the n-gram field (compounds and partial words). Short queries need every
 * clause; longer, natural-language ones need any and are ranked by how much they cover.
 *
 * Every distinct term of the query is looked up once, in a single MiniSearch search; the plan's
 * clauses are then checked against the terms each hit matched. (A MiniSearch query tree with one
 * subquery per variant cost about ten times more: MiniSearch pays a fixed price per subquery term.)
 */
import type { AnalyzedQuery, QueryClause } from '../analysis/types';

/** Ranking weights, tuned on the judged query set (tests/quality). */
export interface RankingWeights {
  text: number;
  rowTitle: number;
  itemTitle: number;
  grams: number;
  /** Multiplier for terms that only synonyms / variants bring in. */
  alternative: number;
  /** A clause with at most this many words needs all of them; a longer one (an unsegmented sentence) needs any. */
  maxAndWords: number;
  /** Whether synonyms also match through their n-grams (inside compounds). */
  alternativeGrams: boolean;
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
 * Synonyms match through their words only: their n-grams cost a lookup per gram for 0.002 nDCG@10.
 * Never 0: MiniSearch treats a zero boost as 1.
 */
export const DEFAULT_WEIGHTS: RankingWeights = {
  text: 3,
  rowTitle: 1,
  itemTitle: 0.25,
  grams: 0.1,
  alternative: 0.3,
  maxAndWords: 3,
  alternativeGrams: false,
  titleRecord: 0.3,
  maxAndClauses: 2,
};

/** One way a clause can match: all words (or any, for a sentence-like clause) in word fields, or all grams. */
export interface VariantPlan {
  words: string[];
  allWords: boolean;
  grams: string[];
}

export interface QueryPlan {
  /** Every distinct term to look up. */
  terms: string[];
  /** Boost of each term: 1 for the query's own terms, `alternative` for terms only synonyms bring. */
  termBoost: Map<string, number>;
  clauses: VariantPlan[][];
  /** Whether a hit needs every clause or any. */
  combineWith: 'AND' | 'OR';
}

/** The plan for an analysed query, or null when it has no searchable terms. */
export function planQuery(analyzed: AnalyzedQuery, weights: RankingWeights): QueryPlan | null {
  const termBoost = new Map<string, number>();
  const clauses = analyzed.clauses.map((clause) => planClause(clause, weights, termBoost)).filter((variants) => variants.length > 0);
  if (clauses.length === 0) return null;
  return {
    terms: [...termBoost.keys()],
    termBoost,
    clauses,
    combineWith: clauses.length <= weights.maxAndClauses ? 'AND' : 'OR',
  };
}

function planClause(clause: QueryClause, weights: RankingWeights, termBoost: Map<string, number>): VariantPlan[] {
  const own: VariantPlan = { words: unique(clause.words), allWords: clause.words.length <= weights.maxAndWords, grams: unique(clause.ngrams) };
  // An alternative is one term (残業, 在宅勤務): all of its words must match.
  const alternatives: VariantPlan[] = clause.alternatives.map((alternative) => ({
    words: unique(alternative.words),
    allWords: true,
    grams: weights.alternativeGrams ? unique(alternative.ngrams) : [],
  }));
  for (const term of [...own.words, ...own.grams]) termBoost.set(term, 1);
  for (const variant of alternatives) {
    for (const term of [...variant.words, ...variant.grams]) if (!termBoost.has(term)) termBoost.set(term, weights.alternative);
  }
  return [own, ...alternatives].filter((variant) => variant.words.length > 0 || variant.grams.length > 0);
}

/** Whether a hit satisfies the plan, given the terms it matched in word fields and in the n-gram field. */
export function satisfiesPlan(plan: QueryPlan, wordHits: ReadonlySet<string>, gramHits: ReadonlySet<string>): boolean {
  const clauseMatches = (variants: VariantPlan[]) => variants.some((variant) => variantMatches(variant, wordHits, gramHits));
  return plan.combineWith === 'AND' ? plan.clauses.every(clauseMatches) : plan.clauses.some(clauseMatches);
}

function variantMatches(variant: VariantPlan, wordHits: ReadonlySet<string>, gramHits: ReadonlySet<string>): boolean {
  if (variant.words.length > 0) {
    const byWords = variant.allWords ? variant.words.every((w) => wordHits.has(w)) : variant.words.some((w) => wordHits.has(w));
    if (byWords) return true;
  }
  return variant.grams.length > 0 && variant.grams.every((gram) => gramHits.has(gram));
}

function unique(terms: string[]): string[] {
  return [...new Set(terms.filter((term) => term.length > 0))];
}
