/**
 * Two deliberately simple analysers for the quality comparison: plain kuromoji surface tokens and
 * character bigrams. Neither normalises beyond what it states, nor expands synonyms; both put their
 * tokens in the word field and leave the n-gram field empty.
 */
import type { AnalyzedQuery, Analyzer, NormalizedText, QueryClause } from './types';
import { kuromojiVersion, loadTokenizer } from './load-tokenizer';
import { queryNgrams } from './ngram-terms';

/** Plain kuromoji: every non-blank surface token as printed; no normalisation, n-grams or synonyms. */
export async function createPlainKuromojiAnalyzer(): Promise<Analyzer> {
  const tokenizer = await loadTokenizer();
  const surfaces = (text: string): string[] =>
    tokenizer
      .tokenize(text)
      .map((token) => token.surface_form)
      .filter((surface) => surface.trim() !== '');
  return baselineAnalyzer('plain-kuromoji-1', (text) => text, surfaces);
}

/** Character bigrams of the NFKC, lower-cased text (one-character runs kept whole); no synonyms. */
export async function createBigramAnalyzer(): Promise<Analyzer> {
  const normalizeWidth = (text: string): string => text.normalize('NFKC').toLowerCase();
  return baselineAnalyzer('bigram-1', normalizeWidth, (text) => queryNgrams(normalizeWidth(text)));
}

function baselineAnalyzer(name: string, normalize: (text: string) => string, terms: (text: string) => string[]): Analyzer {
  const analyzeQuery = (raw: string): AnalyzedQuery => {
    const normalized = normalize(raw);
    const clauses: QueryClause[] = normalized
      .split(/\s+/)
      .filter((part) => part !== '')
      .map((part) => ({ surface: part, words: terms(part), ngrams: [], alternatives: [], concept: null }));
    return { raw, normalized, clauses, phrases: [], expanded: [], expansions: [] };
  };
  return {
    version: `${name}+kuromoji-${kuromojiVersion()}`,
    dictionaryVersion: kuromojiVersion(),
    normalize,
    normalizeWithMap: (text) => identityMap(normalize(text), text),
    wordTerms: terms,
    ngramTerms: () => [],
    analyzeQuery,
  };
}

/**
 * The baselines' normalisation keeps one output character per input character when it can (NFKC of
 * everyday Japanese text does); when it cannot, offsets are clamped, which is good enough for a baseline.
 */
function identityMap(normalized: string, original: string): NormalizedText {
  const toOriginal = Array.from({ length: normalized.length + 1 }, (_, i) => Math.min(i, original.length));
  return { text: normalized, toOriginal };
}
