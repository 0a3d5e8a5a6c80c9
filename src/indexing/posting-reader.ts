/**
 * Read access to the posting lists of the index, field by field, as typed arrays indexed by corpus ordinal: the
 * one interface ranking reads, whichever structure holds a field. The word fields are read from MiniSearch through
 * PostingIndex's typed surface, the n-gram field from its own postings (./gram-postings.ts).
 *
 * The reader gives what BM25 needs (term frequencies, document frequencies, field lengths) and no score: the
 * formula and its constants are the query stage's (src/query/ranking.ts), which weighs a term's postings once and
 * keeps them (the index never changes once loaded).
 */
import { decodePostings, type GramPostings } from './gram-postings';
import type { PostingIndex } from './posting-index';

/** One field's postings of a term: the documents (corpus ordinals, in index order) and the term's frequency in each. */
export interface FieldPostingList {
  ordinals: Int32Array;
  frequencies: Float64Array;
  /** Documents holding the term in the field, as MiniSearch counts them for the inverse document frequency. */
  documentFrequency: number;
}

/** What the length normalisation of one field reads. */
export interface FieldStatistics {
  documentCount: number;
  /** The field's length (distinct terms) in each document, by ordinal. */
  lengths: Float64Array;
  /** Their average, as MiniSearch accumulates it (so the float is the same). */
  averageLength: number;
}

/** The one way ranking reads the index: search, similar initiatives and (through search) answers score from it. */
export interface PostingReader {
  /** A term's postings in one field, or undefined when no document holds it there. */
  postings(term: string, fieldId: number): FieldPostingList | undefined;
  statistics(fieldId: number): FieldStatistics;
  /** Every indexed term starting with `prefix` (itself included). */
  termsWithPrefix(prefix: string): Iterable<string>;
  fieldId(field: string): number;
}

/** A reader of the fields MiniSearch indexes. */
export function createPostingReader(index: PostingIndex): PostingReader {
  const { documentCount, ordinalOf, fieldLengths, averageFieldLengths } = index.documentStatistics();
  let documents = 0;
  for (const ordinal of ordinalOf) documents = Math.max(documents, ordinal + 1);
  const statistics = fieldLengths.map((byShortId, fieldId): FieldStatistics => {
    const lengths = new Float64Array(documents);
    ordinalOf.forEach((ordinal, shortId) => {
      if (ordinal >= 0) lengths[ordinal] = byShortId[shortId]!;
    });
    return { documentCount, lengths, averageLength: averageFieldLengths[fieldId]! };
  });
  return {
    postings(term, fieldId) {
      const held = index.fieldPostings(term, fieldId);
      if (held === undefined) return undefined;
      const ordinals: number[] = [];
      const frequencies: number[] = [];
      held.forEach((termFrequency, shortId) => {
        const ordinal = ordinalOf[shortId] ?? -1;
        if (ordinal < 0) return;
        ordinals.push(ordinal);
        frequencies.push(termFrequency);
      });
      return { ordinals: Int32Array.from(ordinals), frequencies: Float64Array.from(frequencies), documentFrequency: held.size };
    },
    statistics: (fieldId) => statistics[fieldId]!,
    termsWithPrefix: (prefix) => index.termsWithPrefix(prefix),
    fieldId: (field) => index.fieldIdOf(field),
  };
}

/** The field id under which withGramPostings serves the n-gram field (MiniSearch's ids are 0, 1, …). */
export const GRAM_FIELD_ID = -2;

/** Adds the n-gram field, indexed outside MiniSearch, to a reader of the other fields; a prefix lists the terms of every field. */
export function withGramPostings(reader: PostingReader, grams: GramPostings): PostingReader {
  const statistics: FieldStatistics = {
    documentCount: grams.lengths.length,
    lengths: Float64Array.from(grams.lengths),
    averageLength: grams.averageLength,
  };
  const gramsWithPrefix = createGramPrefixes(grams);
  return {
    postings(term, fieldId) {
      if (fieldId !== GRAM_FIELD_ID) return reader.postings(term, fieldId);
      if (!Object.hasOwn(grams.postings, term)) return undefined;
      const { ordinals, frequencies } = decodePostings(grams.postings[term]!);
      return { ordinals, frequencies, documentFrequency: ordinals.length };
    },
    statistics: (fieldId) => (fieldId === GRAM_FIELD_ID ? statistics : reader.statistics(fieldId)),
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
