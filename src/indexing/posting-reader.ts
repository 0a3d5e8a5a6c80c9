/**
 * Read access to the posting lists of the index, for scoring a query plan without MiniSearch's per-result
 * objects. MiniSearch.search builds, for every posting of every term, a result object with a term list and a
 * match table, merges them per term through Maps and sorts them all: at 100x (14,100 statements) that was about
 * 85% of a query's time. The plan only needs, per document, a score and which terms matched in which kind of
 * field, so it reads the postings itself (BM25 exactly as MiniSearch 7 computes it) into typed arrays indexed by
 * corpus ordinal.
 *
 * The word fields are read from MiniSearch through PostingIndex's typed surface, the n-gram field from its own
 * postings (./gram-postings.ts). The index never changes after it is loaded (no add or remove), so a posting's
 * weight never changes either: a term's postings are packed with their weights into typed arrays when it is first
 * queried, and kept.
 */
import type { GramPostings } from './gram-postings';
import type { FieldPostings, PostingIndex } from './posting-index';

/** MiniSearch's default BM25+ parameters (searchOptions.bm25 is never set by this project). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One field's postings of a term: the documents (corpus ordinals) and each posting's BM25+ weight. */
export interface PackedPostings {
  ordinals: Int32Array;
  weights: Float64Array;
}

/** The one way ranking reads the index: search, similar initiatives and answers all score through it. */
export interface PostingReader {
  /** A term's postings in one field, packed (cached), or undefined when no document holds it there. */
  postings(term: string, fieldId: number): PackedPostings | undefined;
  /** Every indexed term starting with `prefix` (itself included). */
  termsWithPrefix(prefix: string): Iterable<string>;
  fieldId(field: string): number;
}

/**
 * Packed postings are kept for the terms queried, up to this many postings in all (about 12 bytes each);
 * beyond it the cache starts afresh, so that a stream of distinct terms cannot grow memory without bound.
 */
const MAX_CACHED_POSTINGS = 2_000_000;

/** A reader of the fields MiniSearch indexes. */
export function createPostingReader(index: PostingIndex): PostingReader {
  const pack = createPacker(index);
  const cached = createPackedCache();
  return {
    postings(term, fieldId) {
      return cached(`${fieldId}\u0000${term}`, () => {
        const documents = index.fieldPostings(term, fieldId);
        return documents === undefined ? null : pack(fieldId, documents);
      });
    },
    termsWithPrefix: (prefix) => index.termsWithPrefix(prefix),
    fieldId: (field) => index.fieldIdOf(field),
  };
}

/** The field id under which withGramPostings serves the n-gram field (MiniSearch's ids are 0, 1, …). */
export const GRAM_FIELD_ID = -2;

/**
 * Adds the n-gram field, indexed outside MiniSearch, to a reader of the other fields: its postings are
 * weighted by the same BM25+ formula, and a prefix lists the indexed terms of every field.
 */
export function withGramPostings(reader: PostingReader, grams: GramPostings): PostingReader {
  const documentCount = grams.lengths.length;
  const norms = Float64Array.from(grams.lengths, (length) => BM25.k * (1 - BM25.b + (BM25.b * length) / grams.averageLength));
  const cached = createPackedCache();
  const gramsWithPrefix = createGramPrefixes(grams);
  return {
    postings(term, fieldId) {
      if (fieldId !== GRAM_FIELD_ID) return reader.postings(term, fieldId);
      return cached(term, () => (Object.hasOwn(grams.postings, term) ? packGrams(grams.postings[term]!, documentCount, norms) : null));
    },
    *termsWithPrefix(prefix) {
      const seen = new Set<string>();
      for (const term of reader.termsWithPrefix(prefix)) {
        seen.add(term);
        yield term;
      }
      for (const gram of gramsWithPrefix(prefix)) if (!seen.has(gram)) yield gram;
    },
    fieldId: (field) => (field === 'grams' ? GRAM_FIELD_ID : reader.fieldId(field)),
  };
}

/** [ordinal, tf, …] with each posting's BM25+ weight, as createPacker weighs MiniSearch's postings. */
function packGrams(postings: number[], documentCount: number, norms: Float64Array): PackedPostings {
  const size = postings.length / 2;
  const inverseFrequency = Math.log(1 + (documentCount - size + 0.5) / (size + 0.5));
  const ordinals = new Int32Array(size);
  const weights = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    const ordinal = postings[2 * i]!;
    const termFrequency = postings[2 * i + 1]!;
    ordinals[i] = ordinal;
    weights[i] = inverseFrequency * (BM25.d + (termFrequency * (BM25.k + 1)) / (termFrequency + norms[ordinal]!));
  }
  return { ordinals, weights };
}

/** The grams starting with a prefix; grams are grouped by first character on first use. */
function createGramPrefixes(grams: GramPostings): (prefix: string) => string[] {
  let byFirst: Map<string, string[]> | null = null;
  return (prefix) => {
    if (byFirst === null) {
      byFirst = new Map();
      for (const gram of Object.keys(grams.postings)) {
        const list = byFirst.get(gram[0]!);
        if (list) list.push(gram);
        else byFirst.set(gram[0]!, [gram]);
      }
    }
    if (prefix === '') return Object.keys(grams.postings);
    return (byFirst.get(prefix[0]!) ?? []).filter((gram) => gram.startsWith(prefix));
  };
}

/** A cache of packed postings (null: no postings), bounded by MAX_CACHED_POSTINGS. */
function createPackedCache(): (key: string, pack: () => PackedPostings | null) => PackedPostings | undefined {
  let cache = new Map<string, PackedPostings | null>();
  let cachedPostings = 0;
  return (key, pack) => {
    let packed = cache.get(key);
    if (packed === undefined) {
      packed = pack();
      if (cachedPostings > MAX_CACHED_POSTINGS) {
        cache = new Map();
        cachedPostings = 0;
      }
      cache.set(key, packed);
      cachedPostings += packed?.ordinals.length ?? 0;
    }
    return packed ?? undefined;
  };
}

/**
 * Packs a posting list with each posting's BM25+ weight, as MiniSearch.search computes it: the index never
 * changes once loaded, so neither does any weight (idf from the list's length, the document's length norm).
 */
function createPacker(index: PostingIndex): (fieldId: number, documents: FieldPostings) => PackedPostings {
  const { documentCount, ordinalOf, fieldLengths, averageFieldLengths } = index.documentStatistics();
  // k (1 - b + b · length / average length) of every document and field: the part of BM25 a query cannot change.
  const lengthNorms = fieldLengths.map((lengths, fieldId) => {
    const average = averageFieldLengths[fieldId]!;
    return lengths.map((length) => BM25.k * (1 - BM25.b + (BM25.b * length) / average));
  });
  return (fieldId, documents) => {
    const inverseFrequency = Math.log(1 + (documentCount - documents.size + 0.5) / (documents.size + 0.5));
    const norms = lengthNorms[fieldId]!;
    const ordinals: number[] = [];
    const weights: number[] = [];
    documents.forEach((termFrequency, shortId) => {
      const ordinal = ordinalOf[shortId] ?? -1;
      if (ordinal < 0) return;
      ordinals.push(ordinal);
      weights.push(inverseFrequency * (BM25.d + (termFrequency * (BM25.k + 1)) / (termFrequency + norms[shortId]!)));
    });
    return { ordinals: Int32Array.from(ordinals), weights: Float64Array.from(weights) };
  };
}
