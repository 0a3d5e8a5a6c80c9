/**
 * Read access to the posting lists of a loaded MiniSearch index, for scoring a query plan without
 * MiniSearch's per-result objects. MiniSearch.search builds, for every posting of every term, a result
 * object with a term list and a match table, merges them per term through Maps and sorts them all:
 * at 100x (14,100 statements) that was about 85% of a query's time. The plan only needs, per document,
 * a score and which terms matched in which kind of field, so it reads the postings itself (BM25 exactly
 * as MiniSearch 7 computes it) into typed arrays indexed by corpus ordinal.
 *
 * MiniSearch keeps its index in protected fields (`_index`, `_fieldIds`, …); they are read through the
 * narrow interface below, checked once when the engine is created. The index never changes after it is
 * loaded (no add or remove), so a posting's weight never changes either: a term's postings are packed
 * with their weights into typed arrays when it is first queried, and kept.
 */
import type MiniSearch from 'minisearch';
import { AppError } from '../domain/errors';
import type { GramPostings } from '../indexing/gram-postings';
import type { IndexedDocument } from '../indexing/index-options';

/** Documents holding a term in one field: short document id → term frequency. */
export type FieldPostings = Map<number, number>;
/** A term's postings by field id. */
export type TermPostings = Map<number, FieldPostings>;

/** The parts of MiniSearch 7's internal state that scoring reads. */
interface MiniSearchInternals {
  _index: { get(term: string): TermPostings | undefined; atPrefix(prefix: string): Iterable<[string, TermPostings]> };
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
}

/** MiniSearch's default BM25+ parameters (searchOptions.bm25 is never set by this project). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One field's postings of a term: the documents (corpus ordinals) and each posting's BM25+ weight. */
export interface PackedPostings {
  ordinals: Int32Array;
  weights: Float64Array;
}

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

export function createPostingReader(miniSearch: MiniSearch<IndexedDocument>): PostingReader {
  const internals = miniSearch as unknown as MiniSearchInternals;
  if (!(internals._index && internals._fieldLength instanceof Map && Array.isArray(internals._avgFieldLength))) {
    throw new AppError('INDEX_INCOMPATIBLE', 'MiniSearch: the loaded index does not expose the version 7 internals that query scoring reads');
  }
  const pack = createPacker(internals);
  const cached = createPackedCache();
  return {
    postings(term, fieldId) {
      return cached(`${fieldId}\u0000${term}`, () => {
        const documents = internals._index.get(term)?.get(fieldId);
        return documents === undefined ? null : pack(fieldId, documents);
      });
    },
    termsWithPrefix: (prefix) => mapIterable(internals._index.atPrefix(prefix), ([term]) => term),
    fieldId: (field) => internals._fieldIds[field] ?? -1,
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
function createPacker(internals: MiniSearchInternals): (fieldId: number, documents: FieldPostings) => PackedPostings {
  const { ordinalOf, fieldLengths } = copyDocumentTables(internals);
  const documentCount = internals._documentCount;
  // k (1 - b + b · length / average length) of every document and field: the part of BM25 a query cannot change.
  const lengthNorms = fieldLengths.map((lengths, fieldId) => {
    const average = internals._avgFieldLength[fieldId]!;
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

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}

/** Short id → ordinal (our document id is the ordinal), and each field's lengths by short id. */
function copyDocumentTables(internals: MiniSearchInternals): { ordinalOf: Int32Array; fieldLengths: Float64Array[] } {
  let maxShortId = 0;
  for (const shortId of internals._fieldLength.keys()) maxShortId = Math.max(maxShortId, shortId);
  for (const shortId of internals._documentIds.keys()) maxShortId = Math.max(maxShortId, shortId);
  const ordinalOf = new Int32Array(maxShortId + 1).fill(-1);
  for (const [shortId, id] of internals._documentIds) ordinalOf[shortId] = Number(id);
  const fieldCount = Object.keys(internals._fieldIds).length;
  const fieldLengths = Array.from({ length: fieldCount }, () => new Float64Array(maxShortId + 1));
  for (const [shortId, lengths] of internals._fieldLength) {
    lengths.forEach((length, fieldId) => (fieldLengths[fieldId]![shortId] = length ?? 0));
  }
  return { ordinalOf, fieldLengths };
}
