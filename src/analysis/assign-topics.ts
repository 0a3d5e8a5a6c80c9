/**
 * Topics (a small curated taxonomy in data/topics.json) assigned from the analysed text of an initiative.
 */
import type { Analyzer } from './types';
import topicsData from './data/topics.json';

export interface TopicRule {
  name: string;
  /** Matched as a run of consecutive content words of the analysed text. */
  words: string[];
  /** Matched in the normalised text: word parts that kuromoji may keep inside an unknown compound. */
  parts: string[];
}

interface CompiledTopic {
  name: string;
  wordSequences: string[][];
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
  const words = analyzer.wordTerms(text);
  const normalized = analyzer.normalize(text);
  return topics
    .filter((topic) => topic.parts.some((part) => normalized.includes(part)) || topic.wordSequences.some((seq) => containsRun(words, seq)))
    .map((topic) => topic.name);
}

function compileTopics(analyzer: Analyzer, rules: readonly TopicRule[]): CompiledTopic[] {
  const useCache = rules === topicsData.topics;
  const cached = useCache ? compiledByAnalyzer.get(analyzer) : undefined;
  if (cached) return cached;
  const compiled = rules.map((rule) => ({
    name: rule.name,
    wordSequences: rule.words.map((word) => analyzer.wordTerms(word)).filter((sequence) => sequence.length > 0),
    parts: rule.parts.map((part) => analyzer.normalize(part)).filter((part) => part !== ''),
  }));
  if (useCache) compiledByAnalyzer.set(analyzer, compiled);
  return compiled;
}

/** Whether `sequence` occurs in `words` as consecutive elements. */
function containsRun(words: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= words.length; start++) {
    let matches = true;
    for (let k = 0; k < sequence.length && matches; k++) matches = words[start + k] === sequence[k];
    if (matches) return true;
  }
  return false;
}
