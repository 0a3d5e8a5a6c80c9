/**
 * A term's postings with each posting's BM25+ weight (./ranking.ts), packed into typed arrays when the term is
 * first queried and kept: the index never changes once loaded, so neither does any weight (idf from the list's
 * length, the document's length norm). Every field, MiniSearch's and the n-gram field, is weighed here alike.
 */
import type { PostingReader } from '../indexing/posting-reader';
import { inverseFrequency, lengthNorm, postingWeight } from './ranking';

/** One field's postings of a term: the documents (corpus ordinals) and each posting's BM25+ weight. */
export interface PackedPostings {
  ordinals: Int32Array;
  weights: Float64Array;
  /** Whether the ordinals ascend (they do in every index this project builds; matching may then search them). */
  ascending: boolean;
}

export interface WeightedReader {
  /** A term's postings in one field, weighted (cached), or undefined when no document holds it there. */
  postings(term: string, fieldId: number): PackedPostings | undefined;
  /** Every indexed term starting with `prefix` (itself included). */
  termsWithPrefix(prefix: string): Iterable<string>;
  fieldId(field: string): number;
}

/**
 * Weighted postings are kept for the terms queried, in two generations: a term is looked up in the young one, then
 * in the old one (and brought back to the young one when found there); when the young generation holds half the
 * budget it becomes the old one and the oldest is dropped. So the terms in use stay weighed, however many distinct
 * terms a long-running service is sent, and the cache never holds more than the budget: a term costs its postings
 * (12 bytes each: an ordinal and a weight) plus ENTRY_COST for its entry, so that terms found nowhere are bounded too.
 * The budget grows with the corpus — room for the postings of POSTINGS_PER_DOCUMENT terms found in every document —
 * so that the common terms of a large corpus are not weighed again on every query. At 100x (14,100 statements) the
 * earlier cache, a 4M-posting bound that started afresh when full, grew RSS by 9 % over 100k mixed queries.
 */
const POSTINGS_PER_DOCUMENT = 32;
const MIN_BUDGET = 65_536;
const ENTRY_COST = 8;

type Generation = Map<number, Map<string, PackedPostings | null>>;

export function createWeightedReader(reader: PostingReader): WeightedReader {
  const norms = new Map<number, Float64Array>();
  const normsOf = (fieldId: number): Float64Array => {
    let known = norms.get(fieldId);
    if (known === undefined) {
      const { lengths, averageLength } = reader.statistics(fieldId);
      norms.set(fieldId, (known = lengths.map((length) => lengthNorm(length, averageLength))));
    }
    return known;
  };
  // One map per field, so that a lookup hashes the term itself (a key built per lookup was 8% of a query at 1x).
  let young: Generation = new Map();
  let old: Generation = new Map();
  let youngCost = 0;
  let budget = 0;
  return {
    postings(term, fieldId) {
      let byTerm = young.get(fieldId);
      if (byTerm === undefined) young.set(fieldId, (byTerm = new Map()));
      let packed = byTerm.get(term);
      if (packed !== undefined) return packed ?? undefined;
      packed = old.get(fieldId)?.get(term);
      if (packed === undefined) packed = weigh(reader, term, fieldId, normsOf);
      if (budget === 0) budget = Math.max(MIN_BUDGET, POSTINGS_PER_DOCUMENT * reader.statistics(fieldId).documentCount);
      const cost = (packed?.ordinals.length ?? 0) + ENTRY_COST;
      if (youngCost + cost > budget / 2) {
        old = young;
        young = new Map([[fieldId, (byTerm = new Map())]]);
        youngCost = 0;
      }
      byTerm.set(term, packed);
      youngCost += cost;
      return packed ?? undefined;
    },
    termsWithPrefix: (prefix) => reader.termsWithPrefix(prefix),
    fieldId: (field) => reader.fieldId(field),
  };
}

function weigh(reader: PostingReader, term: string, fieldId: number, normsOf: (fieldId: number) => Float64Array): PackedPostings | null {
  const list = reader.postings(term, fieldId);
  if (list === undefined) return null;
  const { ordinals, frequencies } = list;
  const idf = inverseFrequency(reader.statistics(fieldId).documentCount, list.documentFrequency);
  const norms = normsOf(fieldId);
  const weights = new Float64Array(ordinals.length);
  let ascending = true;
  for (let i = 0; i < ordinals.length; i += 1) {
    weights[i] = postingWeight(idf, frequencies[i]!, norms[ordinals[i]!]!);
    if (i > 0 && ordinals[i]! <= ordinals[i - 1]!) ascending = false;
  }
  return { ordinals, weights, ascending };
}
