/**
 * The character n-gram field's inverted index, built in one pass outside MiniSearch. The n-gram field
 * holds most of the corpus's term occurrences, and MiniSearch's radix tree scans a node's children for
 * every one of them (the root has hundreds): inserting the grams there cost about a quarter of a 1x
 * build. Here every gram's postings are collected in plain arrays, then packed into a string each, and the figures
 * BM25 needs are kept exactly as MiniSearch 7 keeps them (field length = distinct terms, a running average), so
 * scores do not change. The document frequency of every gram (the query planner's gramFrequency) is its postings'
 * count, the first number of its string.
 */
import { isPacked, packedReader, pushPacked } from './packed-numbers';

/** What index/ stores of the n-gram field; plain JSON. */
export interface GramPostings {
  /**
   * gram → its postings packed into a string (encodePostings below): how many, then each posting's
   * ordinal (ascending, as the gap from the one before) and term frequency, in variable-length digits of 5 bits. At
   * 100x, [ordinal, tf, …] as JSON numbers took 5 MB and two numbers a posting on the heap; packed, about a third
   * of that on disk and in memory, unpacked when a gram is first queried.
   */
  postings: Record<string, string>;
  /** Distinct grams of each document, by ordinal (MiniSearch's field length). */
  lengths: number[];
  /** The average of lengths, accumulated as MiniSearch does (so the float is the same). */
  averageLength: number;
}

/** Indexes the n-grams of each text; texts[i] is the document of ordinal i. */
export function buildGramPostings(texts: readonly string[], ngramTerms: (text: string) => string[]): GramPostings {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  let averageLength = 0;
  texts.forEach((text, ordinal) => {
    let distinct = 0;
    for (const gram of ngramTerms(text)) {
      // A document's postings are appended in turn, so its own entry, if any, is the list's last pair.
      const list = postings.get(gram);
      if (list === undefined) {
        postings.set(gram, [ordinal, 1]);
        distinct += 1;
      } else if (list[list.length - 2] === ordinal) {
        list[list.length - 1]! += 1;
      } else {
        list.push(ordinal, 1);
        distinct += 1;
      }
    }
    lengths.push(distinct);
    averageLength = (averageLength * ordinal + distinct) / (ordinal + 1);
  });
  const packed: Record<string, string> = {};
  for (const [gram, list] of postings) packed[gram] = encodePostings(list);
  return { postings: packed, lengths, averageLength };
}

/** Statements holding each gram. */
export function gramDocumentFrequency(grams: GramPostings, gram: string): number {
  return Object.hasOwn(grams.postings, gram) ? packedReader(grams.postings[gram]!).next() : 0;
}

/** Whether a parsed value has the shape of GramPostings (loading checks it before serving). */
export function isGramPostings(value: unknown): value is GramPostings {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<GramPostings>;
  return (
    typeof candidate.postings === 'object' &&
    candidate.postings !== null &&
    !Array.isArray(candidate.postings) &&
    Object.values(candidate.postings).every(isPacked) &&
    Array.isArray(candidate.lengths) &&
    typeof candidate.averageLength === 'number'
  );
}

/** [ordinal, tf, ordinal, tf, …] (ordinals ascending) packed: the count, then per posting (gap · 2 + (tf > 1)) and tf when over 1. */
export function encodePostings(pairs: readonly number[]): string {
  const digits: string[] = [];
  pushPacked(digits, pairs.length / 2);
  let previous = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    const ordinal = pairs[i]!;
    const frequency = pairs[i + 1]!;
    pushPacked(digits, (ordinal - previous - 1) * 2 + (frequency > 1 ? 1 : 0));
    if (frequency > 1) pushPacked(digits, frequency);
    previous = ordinal;
  }
  return digits.join('');
}

/** A packed list's postings: the documents (ascending) and the gram's term frequency in each. */
export function decodePostings(packed: string): { ordinals: Int32Array; frequencies: Float64Array } {
  const reader = packedReader(packed);
  const count = reader.next();
  const ordinals = new Int32Array(count);
  const frequencies = new Float64Array(count);
  let previous = -1;
  for (let i = 0; i < count; i += 1) {
    const code = reader.next();
    previous += Math.floor(code / 2) + 1;
    ordinals[i] = previous;
    frequencies[i] = code % 2 === 1 ? reader.next() : 1;
  }
  return { ordinals, frequencies };
}
