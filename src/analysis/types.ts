/**
 * The analyser contract: one analyser, the same at index and query time.
 * Built once (kuromoji's dictionary loads asynchronously), then every method is synchronous,
 * because MiniSearch's tokenize callback is.
 */

/** Normalised text with a map back to the original, so highlights can be placed on the text as printed. */
export interface NormalizedText {
  text: string;
  /** toOriginal[i] is the index in the original string of normalised character i; length is text.length + 1. */
  toOriginal: number[];
}

/** One concept of the query, with the variants that search should also accept. */
export interface QueryClause {
  /** As typed (normalised). */
  surface: string;
  /** Content-word terms of the surface (base forms), for the word field. */
  words: string[];
  /** Character n-grams of the surface, for the n-gram field (compounds and partial words). */
  ngrams: string[];
  /** Synonyms / abbreviations / notation variants added by expansion, each analysed the same way. */
  alternatives: { surface: string; words: string[]; ngrams: string[]; source: string }[];
}

export interface AnalyzedQuery {
  raw: string;
  normalized: string;
  clauses: QueryClause[];
  /** Quoted phrases (「"定時退庁"」), normalised: a hit must contain each one verbatim (after normalisation). */
  phrases: string[];
  /** Surfaces added by synonym expansion, to show the user ("also searched"). */
  expanded: string[];
}

export interface Analyzer {
  /** Changes whenever the analyser's output can change: the index manifest stores it and a mismatch forces a rebuild. */
  readonly version: string;
  /** The kuromoji dictionary version, for the manifest. */
  readonly dictionaryVersion: string;
  /** NFKC, case, long vowels, iteration marks, stray spaces … */
  normalize(text: string): string;
  normalizeWithMap(text: string): NormalizedText;
  /** Content-word terms (normalised base forms) of a text, for the word field. */
  wordTerms(text: string): string[];
  /** Character n-grams of the normalised text, for the n-gram field. */
  ngramTerms(text: string): string[];
  analyzeQuery(query: string): AnalyzedQuery;
}
