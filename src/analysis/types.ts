/**
 * The analyser contract: one analyser, the same at index and query time.
 * Built once (kuromoji's dictionary loads asynchronously), then every method is synchronous,
 * because MiniSearch's tokenize callback is.
 */

import type { ConceptScheme } from './concept-scheme';
import type { ReadingTerm } from './readings';

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
  /** Words added by expansion (synonyms, narrower and related concepts, spelling fixes), each analysed the same way. */
  alternatives: QueryAlternative[];
  /** The preferred label of the scheme's concept the clause names, or null. */
  concept: string | null;
}

/** How an alternative relates to what was typed: the planner weighs them typed > synonym > narrower > related. */
export type AlternativeRelation = 'synonym' | 'narrower' | 'related';

export interface QueryAlternative {
  /** Normalised surface, for matching. */
  surface: string;
  words: string[];
  ngrams: string[];
  /** Where it comes from: 'domain' (the concept scheme) or 'sudachi'. */
  source: string;
  relation: AlternativeRelation;
  /** The preferred label of the concept it belongs to, when the scheme has it. */
  concept: string | null;
}

/** One expansion as shown to the user: grouped by relation, each removable. */
export interface QueryExpansion {
  /** As the data file spells it. */
  surface: string;
  /** The clause (as typed, normalised) it expands. */
  clause: string;
  relation: AlternativeRelation;
  concept: string | null;
}

export interface AnalyzedQuery {
  raw: string;
  normalized: string;
  clauses: QueryClause[];
  /** Quoted phrases (「"定時退庁"」), normalised: a hit must contain each one verbatim (after normalisation). */
  phrases: string[];
  /** Surfaces added by expansion, to show the user ("also searched"). */
  expanded: string[];
  /** The same expansions with their clause, relation and concept, for the grouped display. */
  expansions: QueryExpansion[];
  /**
   * Whether the query reads as a sentence or question (a verb, adjective, auxiliary or question word): its
   * clauses are then OR-ed and ranked by coverage, however few (「男性の育休を増やすには」 needs no 増やす).
   */
  sentenceLike?: boolean;
  /** Whether the query asks for a figure (割合, 推移, どれだけ減った …: ./figure-intent.ts): records holding figures rank higher. */
  asksForFigures?: boolean;
  /** Whether the query asks how something changed over the years (./figure-intent.ts): ministries with several years of reports rank higher. */
  asksAcrossYears?: boolean;
  /** Whether the query asks why something was not done (./figure-intent.ts): the reasons of 実施未定 rows (column B) rank higher. */
  asksForReasons?: boolean;
  /** Whether the query asks which ministries (どの省庁, 府省ごと: ./figure-intent.ts): each ministry's best records rank first. */
  asksWhichMinistry?: boolean;
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
  /** The nouns and noun compounds a text prints, with their readings (for hiragana typed for kanji); absent in the baselines. */
  readingTerms?(text: string): ReadingTerm[];
  /** The domain concept scheme behind expansion and topics (absent in the baselines, which expand nothing). */
  readonly concepts?: ConceptScheme;
}
