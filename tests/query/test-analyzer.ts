/**
 * A small, dependency-free analyser for unit tests: script-run words (kanji, katakana, latin, digits),
 * character bigrams, whitespace clauses, "quoted" phrases and a tiny synonym table.
 */
import type { AnalyzedQuery, Analyzer, NormalizedText, QueryClause } from '../../src/analysis/types';

const SYNONYMS: Record<string, string[]> = {
  育休: ['育児休業'],
  テレワーク: ['リモートワーク'],
};

function normalizeWithMap(text: string): NormalizedText {
  let normalized = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const piece = text[i]!.normalize('NFKC').toLowerCase();
    for (let j = 0; j < piece.length; j += 1) toOriginal.push(i);
    normalized += piece;
  }
  toOriginal.push(text.length);
  return { text: normalized, toOriginal };
}

const normalize = (text: string): string => normalizeWithMap(text).text;

function wordTerms(text: string): string[] {
  return normalize(text).match(/[\p{Script=Han}]+|[\p{Script=Katakana}ー]+|[a-z0-9]+/gu) ?? [];
}

function ngramTerms(text: string): string[] {
  const grams: string[] = [];
  for (const run of normalize(text).match(/[^\s、。・「」()（）【】]+/gu) ?? []) {
    if (run.length === 1) grams.push(run);
    for (let i = 0; i + 2 <= run.length; i += 1) grams.push(run.slice(i, i + 2));
  }
  return grams;
}

function variant(surface: string) {
  return { surface, words: wordTerms(surface), ngrams: ngramTerms(surface) };
}

function analyzeQuery(query: string): AnalyzedQuery {
  const normalized = normalize(query).trim();
  const phrases = [...normalized.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const rest = normalized.replace(/"[^"]*"/g, ' ');
  const clauses: QueryClause[] = rest
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((surface) => ({
      ...variant(surface),
      alternatives: (SYNONYMS[surface] ?? []).map((alt) => ({ ...variant(alt), source: 'test', relation: 'synonym' as const, concept: null })),
      concept: null,
    }));
  const expansions = clauses.flatMap((clause) =>
    clause.alternatives.map((alt) => ({ surface: alt.surface, clause: clause.surface, relation: alt.relation, concept: null })),
  );
  const expanded = expansions.map((expansion) => expansion.surface);
  return { raw: query, normalized, clauses, phrases, expanded, expansions };
}

export function createTestAnalyzer(version = 'test-1'): Analyzer {
  return { version, dictionaryVersion: 'none', normalize, normalizeWithMap, wordTerms, ngramTerms, analyzeQuery };
}
