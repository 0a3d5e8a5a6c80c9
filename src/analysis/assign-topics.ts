/**
 * Topics (a small curated taxonomy in data/topics.json) assigned from the analysed text of an initiative.
 */
import type { Analyzer } from './types';
import topicsData from './data/topics.json';

export interface TopicRule {
  name: string;
  /** Whole words: found in the normalised text and sharing a content word with the text's analysis. */
  words: string[];
  /** Word parts that kuromoji may keep inside an unknown compound: found in the normalised text alone. */
  parts: string[];
}

interface CompiledWord {
  normalized: string;
  terms: string[];
}

interface CompiledTopic {
  name: string;
  words: CompiledWord[];
  parts: string[];
}

/** The topic names of the taxonomy, in display order. */
export const TOPIC_NAMES: readonly string[] = topicsData.topics.map((topic) => topic.name);

const compiledByAnalyzer = new WeakMap<Analyzer, CompiledTopic[]>();

/**
 * The topics of a text, in taxonomy order.
 * @example assignTopics(analyzer, '超過勤務の縮減を図った') // ['超過勤務']
 */
export function assignTopics(analyzer: Analyzer, text: string, rules: readonly TopicRule[] = topicsData.topics): string[] {
  const topics = compileTopics(analyzer, rules);
  const normalized = analyzer.normalize(text);
  const terms = new Set(analyzer.wordTerms(text));
  const matchesWord = (word: CompiledWord): boolean =>
    normalized.includes(word.normalized) && (word.terms.length === 0 || word.terms.some((term) => terms.has(term)));
  return topics
    .filter((topic) => topic.parts.some((part) => normalized.includes(part)) || topic.words.some(matchesWord))
    .map((topic) => topic.name);
}

function compileTopics(analyzer: Analyzer, rules: readonly TopicRule[]): CompiledTopic[] {
  const useCache = rules === topicsData.topics;
  const cached = useCache ? compiledByAnalyzer.get(analyzer) : undefined;
  if (cached) return cached;
  const compiled = rules.map((rule) => ({
    name: rule.name,
    words: rule.words
      .map((word) => ({ normalized: analyzer.normalize(word), terms: analyzer.wordTerms(word) }))
      .filter((word) => word.normalized !== ''),
    parts: rule.parts.map((part) => analyzer.normalize(part)).filter((part) => part !== ''),
  }));
  if (useCache) compiledByAnalyzer.set(analyzer, compiled);
  return compiled;
}
