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
 * Weighted postings are kept for the terms queried, up to this many postings in all (about 12 bytes each: the
 * bound of the two caches, word fields and n-grams, this one replaces); beyond it the cache starts afresh, so
 * that a stream of distinct terms cannot grow memory without bound.
 */
const MAX_CACHED_POSTINGS = 4_000_000;

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
  let cache = new Map<number, Map<string, PackedPostings | null>>();
  let cachedPostings = 0;
  return {
    postings(term, fieldId) {
      let byTerm = cache.get(fieldId);
      if (byTerm === undefined) cache.set(fieldId, (byTerm = new Map()));
      let packed = byTerm.get(term);
      if (packed === undefined) {
        packed = weigh(reader, term, fieldId, normsOf);
        if (cachedPostings > MAX_CACHED_POSTINGS) {
          cache = new Map([[fieldId, (byTerm = new Map())]]);
          cachedPostings = 0;
        }
        byTerm.set(term, packed);
        cachedPostings += packed?.ordinals.length ?? 0;
      }
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
