/**
 * The MiniSearch index with a typed reading surface: ranking reads the posting lists and the length statistics
 * that MiniSearch keeps in protected fields (`_index`, `_fieldIds`, `_fieldLength`, …). They are declared in
 * MiniSearch 7's published types, so reading them in a subclass is checked by the compiler: a field renamed by
 * an upgrade fails the build instead of failing at run time, as reading them through a cast did.
 *
 * MiniSearch.loadJSON creates a plain MiniSearch even when called on a subclass (its deserialiser calls
 * `new MiniSearch`), so PostingIndex restores a serialised index itself, from the same JSON.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { IndexedDocument } from './index-options';

/** The serialisation of MiniSearch 7 that PostingIndex restores (version 1 nested each entry under `ds`). */
const SERIALIZATION_VERSION = 2;

/** A posting list of one term in one field: MiniSearch's short document id → term frequency. */
export type FieldPostings = ReadonlyMap<number, number>;

/** What BM25 reads of the documents: each field's length by short id, its average, and each short id's ordinal. */
export interface DocumentStatistics {
  documentCount: number;
  /** The corpus ordinal of each short id (the document id is the ordinal, see toIndexedDocument); -1 for none. */
  ordinalOf: Int32Array;
  /** fieldLengths[fieldId][shortId]: the field's length in terms (0 when the document has none). */
  fieldLengths: Float64Array[];
  averageFieldLengths: readonly number[];
}

export class PostingIndex<T = IndexedDocument> extends MiniSearch<T> {
  /**
   * Restores a PostingIndex from MiniSearch's JSON (MiniSearch#toJSON, as saveIndex writes it).
   * @example PostingIndex.loadJSON(readFileSync('index/minisearch.json', 'utf8'), createIndexOptions(analyzer))
   */
  static override loadJSON<T = IndexedDocument>(json: string, options: Options<T>): PostingIndex<T> {
    return PostingIndex.loadJS<T>(JSON.parse(json) as AsPlainObject, options);
  }

  /** loadJSON in a promise: the index is restored in one go (it is loaded once, before serving). */
  static override async loadJSONAsync<T = IndexedDocument>(json: string, options: Options<T>): Promise<PostingIndex<T>> {
    return PostingIndex.loadJS<T>(JSON.parse(json) as AsPlainObject, options);
  }

  /** Restores a PostingIndex from MiniSearch's plain object (what loadJSON parses). */
  static override loadJS<T = IndexedDocument>(js: AsPlainObject, options: Options<T>): PostingIndex<T> {
    if (js.serializationVersion !== SERIALIZATION_VERSION) {
      throw new Error(`PostingIndex: serialisation version ${js.serializationVersion} differs from ${SERIALIZATION_VERSION}`);
    }
    const index = new PostingIndex<T>(options);
    index._documentCount = js.documentCount;
    index._nextId = js.nextId;
    index._fieldIds = js.fieldIds;
    index._avgFieldLength = js.averageFieldLength;
    index._dirtCount = js.dirtCount ?? 0;
    index._documentIds = numericMap(js.documentIds);
    index._fieldLength = numericMap(js.fieldLength);
    index._storedFields = numericMap(js.storedFields);
    index._idToShortId = new Map();
    for (const [shortId, id] of index._documentIds) index._idToShortId.set(id, shortId);
    for (const [term, fields] of js.index) {
      const byField = new Map<number, Map<number, number>>();
      for (const fieldId of Object.keys(fields)) byField.set(parseInt(fieldId, 10), numericMap(fields[fieldId]!));
      index._index.set(term, byField);
    }
    return index;
  }

  /** loadJS in a promise, restored in one go as loadJSONAsync is. */
  static override async loadJSAsync<T = IndexedDocument>(js: AsPlainObject, options: Options<T>): Promise<PostingIndex<T>> {
    return PostingIndex.loadJS<T>(js, options);
  }

  /**
   * A PostingIndex over the same state as a MiniSearch built with `new MiniSearch` (src/indexing/build-index.ts):
   * the index itself when it is one already, otherwise a PostingIndex sharing its structures, without copying a
   * posting. (Serialising it instead, through toJSON, cost 13% of a build at 100x.) MiniSearch 7 keeps all its state
   * in own properties, which Object.assign carries over; the document count is checked to catch a version that no
   * longer does.
   */
  static adopt<T>(miniSearch: MiniSearch<T>, options: Options<T>): PostingIndex<T> {
    if (miniSearch instanceof PostingIndex) return miniSearch;
    const adopted = Object.assign(new PostingIndex<T>(options), miniSearch);
    if (adopted.documentCount !== miniSearch.documentCount || adopted.termCount !== miniSearch.termCount) {
      throw new Error('PostingIndex: the index state of this MiniSearch version cannot be adopted');
    }
    return adopted;
  }

  /** The documents holding `term` in field `fieldId`, with its frequency in each; undefined when none does. */
  fieldPostings(term: string, fieldId: number): FieldPostings | undefined {
    return this._index.get(term)?.get(fieldId);
  }

  /** Every indexed term starting with `prefix` (itself included). */
  *termsWithPrefix(prefix: string): Iterable<string> {
    for (const [term] of this._index.atPrefix(prefix)) yield term;
  }

  /** MiniSearch's id of an indexed field, -1 for a field it does not index. */
  fieldIdOf(field: string): number {
    return this._fieldIds[field] ?? -1;
  }

  /** A copy of what BM25 reads of the documents, as typed arrays indexed by short id. */
  documentStatistics(): DocumentStatistics {
    let maxShortId = 0;
    for (const shortId of this._fieldLength.keys()) maxShortId = Math.max(maxShortId, shortId);
    for (const shortId of this._documentIds.keys()) maxShortId = Math.max(maxShortId, shortId);
    const ordinalOf = new Int32Array(maxShortId + 1).fill(-1);
    for (const [shortId, id] of this._documentIds) ordinalOf[shortId] = Number(id);
    const fieldCount = Object.keys(this._fieldIds).length;
    const fieldLengths = Array.from({ length: fieldCount }, () => new Float64Array(maxShortId + 1));
    for (const [shortId, lengths] of this._fieldLength) {
      lengths.forEach((length, fieldId) => (fieldLengths[fieldId]![shortId] = length ?? 0));
    }
    return { documentCount: this._documentCount, ordinalOf, fieldLengths, averageFieldLengths: this._avgFieldLength };
  }
}

/** An object keyed by decimal integers as a Map with number keys, in the object's key order (as MiniSearch reads it). */
function numericMap<V>(object: Record<string, V>): Map<number, V> {
  const map = new Map<number, V>();
  for (const key of Object.keys(object)) map.set(parseInt(key, 10), object[key]!);
  return map;
}
