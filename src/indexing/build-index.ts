/**
 * Builds the search index from initiatives: analyses every text once, assigns topics, and keeps the
 * documents in report order (a document's position is its MiniSearch id).
 */
import MiniSearch from 'minisearch';
import type { Analyzer } from '../analysis/types';
import type { Initiative } from '../domain/types';
import { buildGramPostings, type GramPostings } from './gram-postings';
import { createIndexOptions, memoizeTerms, toIndexedDocument, type IndexedDocument } from './index-options';

/** The documents served with the index: initiatives in report order and the topics of each. */
export interface CorpusDocuments {
  initiatives: Initiative[];
  /** topics[i] are the topics of initiatives[i]. */
  topics: string[][];
  /** How many statements hold each word in their text: the query planner looks the rarest words up first. */
  wordFrequency: Record<string, number>;
  /** The n-gram field's postings (kept out of MiniSearch); a gram's document frequency is their length. */
  grams: GramPostings;
}

/** An index in memory, ready to be searched or saved. */
export interface BuiltIndex {
  miniSearch: MiniSearch<IndexedDocument>;
  documents: CorpusDocuments;
}

/** Assigns the topics of one initiative (the analysis stage's rules, injected so tests can stub them). */
export type TopicAssigner = (initiative: Initiative) => string[];

/**
 * Indexes the initiatives in the order given (report order).
 * @example buildIndex(initiatives, analyzer, (i) => assignTopics(analyzer, i.text))
 */
export function buildIndex(initiatives: Initiative[], analyzer: Analyzer, assignTopics: TopicAssigner): BuiltIndex {
  const terms = memoizeTerms(analyzer);
  const miniSearch = new MiniSearch<IndexedDocument>(createIndexOptions(analyzer, terms));
  miniSearch.addAll(initiatives.map(toIndexedDocument));
  const topics = initiatives.map((initiative) => assignTopics(initiative));
  const wordFrequency = countFrequency(initiatives, terms.wordTerms);
  const grams = buildGramPostings(
    initiatives.map((initiative) => initiative.text),
    terms.ngramTerms,
  );
  return { miniSearch, documents: { initiatives, topics, wordFrequency, grams } };
}

/** Document frequency of each term of the statements' texts (the analysis is memoised: no second pass). */
function countFrequency(initiatives: Initiative[], terms: (text: string) => string[]): Record<string, number> {
  const frequency: Record<string, number> = {};
  for (const initiative of initiatives) {
    for (const term of new Set(terms(initiative.text))) frequency[term] = (frequency[term] ?? 0) + 1;
  }
  return frequency;
}
