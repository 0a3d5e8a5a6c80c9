/**
 * Topics assigned from the normalised text of an initiative. The topics are those the concept scheme
 * (data/concepts.json) names: a topic applies when the text holds a label or cue of a concept that names it,
 * or of a narrower concept without a topic of its own. Matching needs no kuromoji pass, so assigning topics
 * does not tokenise the corpus a second time.
 */
import type { Analyzer } from './types';
import { bundledConceptScheme, labelsOf, type Concept, type ConceptScheme } from './concept-scheme';

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

/** The topic names of the bundled scheme, in display order. */
export const TOPIC_NAMES: readonly string[] = bundledConceptScheme().topics;

const compiledByAnalyzer = new WeakMap<Analyzer, CompiledTopic[]>();

/**
 * The topics of a text, in the scheme's order; `rules` replaces the analyser's scheme (tests).
 * @example assignTopics(analyzer, '超過勤務の縮減を図った') // ['超過勤務']
 */
export function assignTopics(analyzer: Analyzer, text: string, rules?: readonly TopicRule[]): string[] {
  const normalized = analyzer.normalize(text);
  return compileTopics(analyzer, rules)
    .filter((topic) => topic.matchers.some((matches) => matches(normalized)))
    .map((topic) => topic.name);
}

/** The topic rules a scheme defines: per topic, the labels and cues of its concepts and their narrower ones. */
export function topicRulesOf(scheme: ConceptScheme): TopicRule[] {
  return scheme.topics.map((name) => {
    const words = new Set<string>();
    const visit = (concept: Concept, isRoot: boolean): void => {
      if (!isRoot && concept.topic !== null) return;
      for (const word of [...labelsOf(concept), ...concept.cues]) words.add(word);
      for (const id of concept.narrower) visit(scheme.get(id)!, false);
    };
    for (const concept of scheme.concepts) if (concept.topic === name) visit(concept, true);
    return { name, words: [...words], parts: [] };
  });
}

function compileTopics(analyzer: Analyzer, custom: readonly TopicRule[] | undefined): CompiledTopic[] {
  const useCache = custom === undefined;
  const cached = useCache ? compiledByAnalyzer.get(analyzer) : undefined;
  if (cached) return cached;
  const rules = custom ?? topicRulesOf(analyzer.concepts ?? bundledConceptScheme());
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
