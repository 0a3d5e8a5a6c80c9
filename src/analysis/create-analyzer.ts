/**
 * The torikumi analyser: normalisation, kuromoji content words, character n-grams and query-time
 * synonym expansion, the same at index and query time.
 */
import { createHash } from 'node:crypto';
import type { Analyzer } from './types';
import { kuromojiVersion, loadTokenizer } from './load-tokenizer';
import { normalize, normalizeWithMap } from './normalize-text';
import { pickContentWords } from './word-terms';
import { indexNgrams } from './ngram-terms';
import { bundledSudachiGroups, buildExpansionIndex, type SynonymGroup } from './expansion-index';
import { createQueryAnalysis } from './analyze-query';
import { createCompoundSplitter } from './compound-parts';
import { bundledConceptScheme, labelsOf, type ConceptScheme } from './concept-scheme';
import { readingTerms } from './readings';

/**
 * Bump when code changes what the analyser outputs (terms, n-grams, normalisation, topics);
 * data-file changes are picked up by the hash on their own.
 */
const ANALYZER_CODE_VERSION = 'torikumi-analyzer-3';

export interface CreateAnalyzerOptions {
  /** Replace the bundled concept scheme (tests, experiments); `version` reflects what is used. */
  concepts?: ConceptScheme;
  /** Replace the bundled Sudachi synonym groups. */
  sudachiGroups?: readonly SynonymGroup[];
}

const FOLDED = { foldLongVowels: true };
const UNFOLDED = { foldLongVowels: false };

/**
 * Builds the analyser; kuromoji's dictionary is loaded once per process, then every method is synchronous.
 * @example const analyzer = await createAnalyzer(); analyzer.wordTerms('育休を取得した') // ['育休', '取得']
 */
export async function createAnalyzer(options: CreateAnalyzerOptions = {}): Promise<Analyzer> {
  const tokenizer = await loadTokenizer();
  const concepts = options.concepts ?? bundledConceptScheme();
  const sudachiGroups = options.sudachiGroups ?? bundledSudachiGroups();
  const normalizeFolded = (text: string): string => normalize(text, FOLDED);
  const normalizeForTokens = (text: string): string => normalize(text, UNFOLDED);
  const tokenize = (normalizedText: string) => tokenizer.tokenize(normalizedText);
  const analyzeQuery = createQueryAnalysis({
    normalize: normalizeFolded,
    normalizeForTokens,
    tokenize,
    expansions: buildExpansionIndex(concepts, sudachiGroups, normalizeFolded),
  });
  const dictionaryVersion = kuromojiVersion();
  const splitCompound = createCompoundSplitter(lexiconOf(concepts, sudachiGroups), { normalizeUnfolded: normalizeForTokens });

  return {
    version: analyzerVersion(dictionaryVersion, concepts, sudachiGroups),
    dictionaryVersion,
    normalize: normalizeFolded,
    normalizeWithMap: (text) => normalizeWithMap(text, FOLDED),
    // kuromoji reads unfolded katakana best (センター is in its dictionary, センタ is not); terms are folded after.
    wordTerms: (text) => pickContentWords(tokenize(normalizeForTokens(text)), { splitCompound }).map((word) => word.term),
    ngramTerms: (text) => indexNgrams(normalizeFolded(text)),
    analyzeQuery,
    readingTerms: (text) => readingTerms(tokenize(normalizeForTokens(text))),
    concepts,
  };
}

/** The vocabulary compounds are split against: every concept label and cue, and every Sudachi word (the splitter keeps the katakana ones). */
function lexiconOf(concepts: ConceptScheme, sudachiGroups: readonly SynonymGroup[]): string[] {
  const conceptWords = concepts.concepts.flatMap((concept) => [...labelsOf(concept), ...concept.cues]);
  return [...conceptWords, ...sudachiGroups.flatMap((group) => group.words)];
}

/** A short hash of everything that decides the analyser's output, topics included (they are indexed with it). */
function analyzerVersion(dictionaryVersion: string, concepts: ConceptScheme, sudachiGroups: readonly SynonymGroup[]): string {
  const hash = createHash('sha256')
    .update(ANALYZER_CODE_VERSION)
    .update(dictionaryVersion)
    .update(JSON.stringify(concepts.concepts))
    .update(JSON.stringify(concepts.topics))
    .update(JSON.stringify(sudachiGroups))
    .digest('hex');
  return `${ANALYZER_CODE_VERSION}+${hash.slice(0, 12)}`;
}
