/**
 * The character n-gram field's inverted index, built in one pass outside MiniSearch. The n-gram field
 * holds most of the corpus's term occurrences, and MiniSearch's radix tree scans a node's children for
 * every one of them (the root has hundreds): inserting the grams there cost about a quarter of a 1x
 * build. Here every gram's postings are plain arrays, and the figures BM25 needs are kept exactly as
 * MiniSearch 7 keeps them (field length = distinct terms, a running average), so scores do not change.
 * The document frequency of every gram (the query planner's gramFrequency) is its postings' length.
 */

/** What index/ stores of the n-gram field; plain JSON. */
export interface GramPostings {
  /** gram → [ordinal, term frequency, ordinal, term frequency, …], ordinals ascending. */
  postings: Record<string, number[]>;
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
  return { postings: Object.fromEntries(postings), lengths, averageLength };
}

/** Statements holding each gram. */
export function gramDocumentFrequency(grams: GramPostings, gram: string): number {
  return Object.hasOwn(grams.postings, gram) ? grams.postings[gram]!.length / 2 : 0;
}

/** Whether a parsed value has the shape of GramPostings (loading checks it before serving). */
export function isGramPostings(value: unknown): value is GramPostings {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<GramPostings>;
  return (
    typeof candidate.postings === 'object' &&
    candidate.postings !== null &&
    !Array.isArray(candidate.postings) &&
    Array.isArray(candidate.lengths) &&
    typeof candidate.averageLength === 'number'
  );
}
