/**
 * The MiniSearch options of the search index: which fields are indexed and how each is tokenised.
 * The same options are used to build the index and to load it (MiniSearch.loadJSON needs them),
 * so they live in one place.
 */
import type { Options } from 'minisearch';
import type { Analyzer } from '../analysis/types';
import type { Initiative } from '../domain/types';

/**
 * Searched fields, in scoring order: content words of the statement, its character n-grams, and its row
 * context. The n-gram field is indexed outside MiniSearch (./gram-postings.ts); the others in it. The item title
 * is not indexed: no query searched it (its weight was 0, RankingWeights.itemTitle), and as every statement of an
 * item shares it, its postings were a quarter of MiniSearch's.
 */
export const INDEXED_FIELDS = ['text', 'grams', 'rowTitle'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/** The fields MiniSearch indexes, all through the word analysis. */
const MINISEARCH_FIELDS: IndexedField[] = INDEXED_FIELDS.filter((field) => field !== 'grams');

/**
 * What MiniSearch sees of an initiative: its position in the corpus as id (so a hit maps straight
 * back to the stored document without a lookup table) and the texts to index.
 * MiniSearch reads the id through extractField too, so hits carry it as a string: see ordinalOfHit.
 */
export interface IndexedDocument {
  id: number;
  text: string;
  rowTitle: string;
}

/** Separates pre-analysed query terms: queries are analysed before MiniSearch sees them. */
export const TERM_SEPARATOR = '\u0000';

/** The corpus position of a MiniSearch hit. */
export function ordinalOfHit(hit: { id: unknown }): number {
  return Number(hit.id);
}

/**
 * The row context field holds the row's title, a target's label and the row's results (column D). The label
 * (本省課室長相当職, 係長相当職, 全体) names what a target's figure measures, and no other field says it: 係長相当職に占める
 * 女性の割合 found every statement that mentions 係長 before the target row itself. The results say what the row's
 * statements achieved (「RPAにより年間約300時間の作業時間を削減した」), in words the statements often do not use: with
 * them, nDCG@10 rose on twelve of the thirteen judged sets v2–v14 and fell on none (v3 +0.008, v5 +0.009, v11 +0.007,
 * v13 +0.007, v14 +0.022; v4 unchanged), where searching them as a field of their own had measured +0.001 on v2 alone.
 */
export function toIndexedDocument(initiative: Initiative, ordinal: number): IndexedDocument {
  return {
    id: ordinal,
    text: initiative.text,
    rowTitle: [initiative.rowTitle, initiative.label, initiative.results].filter((part) => part !== null && part !== '').join(' '),
  };
}

/** The word and n-gram analysis the index is built with. */
export interface TermAnalysis {
  wordTerms(text: string): string[];
  ngramTerms(text: string): string[];
}

/**
 * Wraps the analyser's term analysis in caches: row titles repeat for every statement of a
 * row, duplicated statements repeat verbatim, and the build reads each text twice (index, frequencies),
 * so each distinct text is analysed once per build.
 */
export function memoizeTerms(analyzer: Analyzer): TermAnalysis {
  const memoize = (analyze: (text: string) => string[]) => {
    const cache = new Map<string, string[]>();
    return (text: string): string[] => {
      let terms = cache.get(text);
      if (!terms) {
        terms = analyze(text);
        cache.set(text, terms);
      }
      return terms;
    };
  };
  return { wordTerms: memoize((text) => analyzer.wordTerms(text)), ngramTerms: memoize((text) => analyzer.ngramTerms(text)) };
}

/** MiniSearch options for the index; `terms` defaults to the analyser's own analysis. */
export function createIndexOptions(analyzer: Analyzer, terms: Pick<TermAnalysis, 'wordTerms'> = analyzer): Options<IndexedDocument> {
  return {
    idField: 'id',
    fields: [...MINISEARCH_FIELDS],
    storeFields: [],
    extractField: (document, field) => String(document[field as keyof IndexedDocument] ?? ''),
    tokenize: (text) => terms.wordTerms(text),
    // Terms come out of the analyser already normalised; MiniSearch's default lower-casing is not wanted twice.
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (query) => query.split(TERM_SEPARATOR),
      processTerm: (term) => term,
    },
  };
}
