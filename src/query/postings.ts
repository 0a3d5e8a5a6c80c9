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
 * loaded (no add or remove), so field lengths are copied into typed arrays then.
 */
import type MiniSearch from 'minisearch';
import { AppError } from '../domain/errors';
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

export interface PostingReader {
  /** Postings of a term, or undefined when no document holds it. */
  get(term: string): TermPostings | undefined;
  /** Every indexed term starting with `prefix` (itself included), with its postings. */
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  fieldId(field: string): number;
  /** Corpus ordinal of each short document id (-1 for an id no longer in the index). */
  ordinalOf: Int32Array;
  /**
   * The BM25+ weight of each posting of a field's term list (`matchingDocuments` long), as MiniSearch.search
   * computes it: the inverse document frequency is taken once per list, the length norm is precomputed.
   */
  weigh(fieldId: number, matchingDocuments: number): (shortId: number, termFrequency: number) => number;
}

export function createPostingReader(miniSearch: MiniSearch<IndexedDocument>): PostingReader {
  const internals = miniSearch as unknown as MiniSearchInternals;
  if (!(internals._index && internals._fieldLength instanceof Map && Array.isArray(internals._avgFieldLength))) {
    throw new AppError('INDEX_INCOMPATIBLE', 'MiniSearch: the loaded index does not expose the version 7 internals that query scoring reads');
  }
  const { ordinalOf, fieldLengths } = copyDocumentTables(internals);
  const documentCount = internals._documentCount;
  // k (1 - b + b · length / average length) of every document and field: the part of BM25 a query cannot change.
  const lengthNorms = fieldLengths.map((lengths, fieldId) => {
    const average = internals._avgFieldLength[fieldId]!;
    return lengths.map((length) => BM25.k * (1 - BM25.b + (BM25.b * length) / average));
  });
  return {
    get: (term) => internals._index.get(term),
    atPrefix: (prefix) => internals._index.atPrefix(prefix),
    fieldId: (field) => internals._fieldIds[field] ?? -1,
    ordinalOf,
    weigh(fieldId, matchingDocuments) {
      const inverseFrequency = Math.log(1 + (documentCount - matchingDocuments + 0.5) / (matchingDocuments + 0.5));
      const norms = lengthNorms[fieldId]!;
      return (shortId, termFrequency) => inverseFrequency * (BM25.d + (termFrequency * (BM25.k + 1)) / (termFrequency + norms[shortId]!));
    },
  };
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
