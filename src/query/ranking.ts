/**
 * How a document's score is computed, in one place: the BM25+ weight of a posting, the weight of a term reached
 * by prefix, the combination of a document's term weights, and the constants of similar initiatives. Every
 * scoring path (search, similar initiatives, and answers through search) reads its postings through
 * src/indexing/posting-reader.ts and weighs them here.
 *
 * The tuned weights of search (field boosts, synonym / narrower / related weights, the title-record factor) are
 * DEFAULT_WEIGHTS in ./build-query.ts, beside the RankingWeights type the planner reads.
 */

/**
 * BM25+ parameters: MiniSearch 7's defaults, which its own search applied to this index before scoring moved out
 * of it (searchOptions.bm25 was never set), kept so that scores did not change.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** The inverse document frequency of a term held by `documentFrequency` of `documentCount` documents. */
export function inverseFrequency(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** k (1 - b + b · length / average length): the part of BM25 a query cannot change, per document and field. */
export function lengthNorm(length: number, averageLength: number): number {
  return BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength);
}

/** The BM25+ weight of one posting: idf · (d + tf (k + 1) / (tf + norm)). */
export function postingWeight(idf: number, termFrequency: number, norm: number): number {
  return idf * (BM25.d + (termFrequency * (BM25.k + 1)) / (termFrequency + norm));
}

/** MiniSearch's weight of a prefix match (its default `weights.prefix`). */
export const PREFIX_WEIGHT = 0.375;
/** How much each extra character of a prefix-derived term lowers its weight (MiniSearch's 0.3). */
const PREFIX_DISTANCE_FACTOR = 0.3;

/** The term boost of an indexed term reached from a query term by prefix, `distance` characters longer. */
export function prefixTermWeight(boost: number, derivedLength: number, distance: number): number {
  if (distance === 0) return boost;
  return (boost * PREFIX_WEIGHT * derivedLength) / (derivedLength + PREFIX_DISTANCE_FACTOR * distance);
}

/**
 * A document's score from the sum of its weighted postings (each times its term boost and field boost), as
 * MiniSearch combines them: the sum times the number of distinct query terms the document matched.
 */
export function documentScore(weightSum: number, termsMatched: number): number {
  return weightSum * termsMatched;
}

/** The ranking constants of similar initiatives, measured on tests/query/similar-judgments.json (25 anchors). */
export interface SimilarWeights {
  /** Field boosts of the anchor's words: statement text and row title (the item title and n-grams are not searched). */
  text: number;
  rowTitle: number;
  /** Score multiplier of a candidate in the same template item (section and 中項目), and in the same row as well. */
  sameItem: number;
  /** Added to the multiplier for each concept of the scheme both statements name. */
  sharedConcept: number;
  /** A concept broader, narrower or related to one the statement names counts this share of a shared one. */
  linked: number;
  /** Term weight of the words of the labels of the statement's concepts (its own words weigh 1). */
  conceptWords: number;
  /** Score multiplier of a candidate of another ministry or another year: they are what a reader looks for here. */
  elsewhere: number;
  /** Candidates whose words score below this share of the statement's own score are cut off (unrelated rows). */
  cutoff: number;
  /** Words in more than this share of statements (取組, 実施, 職員) are not searched. */
  commonWordFraction: number;
}

/**
 * Chosen on the 25 judged anchors (nDCG@10): the same item ×3 (×1.5: 0.853, ×3: 0.860, ×6: 0.863, flat beyond),
 * other ministries and years ×1.5 (×1: 0.858), a shared concept +0.3 each (0: 0.857, 1: 0.857), the row title at 1
 * beside the text's 3 (0 or 2: 0.854), a cut-off at 0.15 of the statement's own score (0.3: 0.851, 0.05: 0.857).
 * The words of the concepts' labels find candidates that name a concept in other words (職場復帰 for 復職) but
 * score at 0.03 only: weighted as the statement's own words they brought whole topics in (0.3: 0.812, 0: 0.860).
 * Title-only rows are never similar (0.44 → 0.90 on paperless meetings, where five bare 「ペーパーレス化の推進」 titles led).
 */
export const SIMILAR_WEIGHTS: SimilarWeights = {
  text: 3,
  rowTitle: 1,
  sameItem: 3,
  sharedConcept: 0.3,
  linked: 0.5,
  conceptWords: 0.03,
  elsewhere: 1.5,
  cutoff: 0.15,
  commonWordFraction: 0.3,
};

/** What raises a similar candidate's score: the same template item, concepts shared (or linked), another report. */
export interface SimilarEvidence {
  sameItem: boolean;
  sharedConcepts: number;
  linkedConcepts: number;
  elsewhere: boolean;
}

/** The multiplier of a similar candidate's word score. */
export function similarBoost(evidence: SimilarEvidence, weights: SimilarWeights): number {
  return (
    (evidence.sameItem ? weights.sameItem : 1) *
    (1 + weights.sharedConcept * (evidence.sharedConcepts + weights.linked * evidence.linkedConcepts)) *
    (evidence.elsewhere ? weights.elsewhere : 1)
  );
}
