/**
 * Topics (a small curated taxonomy in data/topics.json) assigned from the normalised text of an initiative.
 * Matching needs no kuromoji pass, so assigning topics does not tokenise the corpus a second time.
 */
import type { Analyzer } from './types';
import topicsData from './data/topics.json';

export interface TopicRule {
  name: string;
  /** Whole words, found in the normalised text; a Latin word must not touch other Latin letters or digits (it ≠ digital). */
  words: string[];
  /** Word parts that kuromoji may keep inside an unknown compound (テレワーク in テレワークマネジメント): found anywhere. */
  parts: string[];
}

type Matcher = (normalized: string) => boolean;

interface CompiledTopic {
  name: string;
  matchers: Matcher[];
}

/** The topic names of the taxonomy, in display order. */
export const TOPIC_NAMES: readonly string[] = topicsData.topics.map((topic) => topic.name);

const compiledByAnalyzer = new WeakMap<Analyzer, CompiledTopic[]>();

/**
 * The topics of a text, in taxonomy order.
 * @example assignTopics(analyzer, '超過勤務の縮減を図った') // ['超過勤務']
 */
export function assignTopics(analyzer: Analyzer, text: string, rules: readonly TopicRule[] = topicsData.topics): string[] {
  const normalized = analyzer.normalize(text);
  return compileTopics(analyzer, rules)
    .filter((topic) => topic.matchers.some((matches) => matches(normalized)))
    .map((topic) => topic.name);
}

function compileTopics(analyzer: Analyzer, rules: readonly TopicRule[]): CompiledTopic[] {
  const useCache = rules === topicsData.topics;
  const cached = useCache ? compiledByAnalyzer.get(analyzer) : undefined;
  if (cached) return cached;
  const compiled = rules.map((rule) => ({
    name: rule.name,
    matchers: [
      ...rule.words.map((word) => wordMatcher(analyzer.normalize(word))),
      ...rule.parts.map((part) => partMatcher(analyzer.normalize(part))),
    ].filter((matcher): matcher is Matcher => matcher !== null),
  }));
  if (useCache) compiledByAnalyzer.set(analyzer, compiled);
  return compiled;
}

const LATIN_EDGE = /^[a-z0-9]|[a-z0-9]$/;

function wordMatcher(word: string): Matcher | null {
  if (word === '') return null;
  if (!LATIN_EDGE.test(word)) return partMatcher(word);
  // Japanese has no spaces, so only a Latin edge can cut through another word.
  const pattern = new RegExp(`(?<![a-z0-9])${escapeRegExp(word)}(?![a-z0-9])`);
  return (normalized) => pattern.test(normalized);
}

function partMatcher(part: string): Matcher | null {
  return part === '' ? null : (normalized) => normalized.includes(part);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
