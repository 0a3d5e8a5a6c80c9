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

/** One word or part to find, and the topic it marks. */
interface Needle {
  text: string;
  topic: number;
  /** A Latin edge must not touch another Latin letter or digit (it ≠ digital). */
  latinStart: boolean;
  latinEnd: boolean;
}

/**
 * Every topic's words, indexed by their first character: a text is read once, and at each position only the words
 * beginning with its character are tried. Testing each of the scheme's ~1,400 labels against each text had made
 * topics a quarter of building the index.
 */
interface CompiledTopics {
  names: string[];
  byFirst: Map<string, Needle[]>;
}

/** The topic names of the bundled scheme, in display order. */
export const TOPIC_NAMES: readonly string[] = bundledConceptScheme().topics;

const compiledByAnalyzer = new WeakMap<Analyzer, CompiledTopics>();

/**
 * The topics of a text, in the scheme's order; `rules` replaces the analyser's scheme (tests).
 * @example assignTopics(analyzer, '超過勤務の縮減を図った') // ['超過勤務']
 */
export function assignTopics(analyzer: Analyzer, text: string, rules?: readonly TopicRule[]): string[] {
  const normalized = analyzer.normalize(text);
  const { names, byFirst } = compileTopics(analyzer, rules);
  const found = new Uint8Array(names.length);
  for (let at = 0; at < normalized.length; at += 1) {
    const needles = byFirst.get(normalized[at]!);
    if (needles === undefined) continue;
    for (const needle of needles) {
      if (found[needle.topic] === 1 || !normalized.startsWith(needle.text, at)) continue;
      if (needle.latinStart && isLatin(normalized[at - 1])) continue;
      if (needle.latinEnd && isLatin(normalized[at + needle.text.length])) continue;
      found[needle.topic] = 1;
    }
  }
  return names.filter((_, topic) => found[topic] === 1);
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

function compileTopics(analyzer: Analyzer, custom: readonly TopicRule[] | undefined): CompiledTopics {
  const useCache = custom === undefined;
  const cached = useCache ? compiledByAnalyzer.get(analyzer) : undefined;
  if (cached) return cached;
  const rules = custom ?? topicRulesOf(analyzer.concepts ?? bundledConceptScheme());
  const byFirst = new Map<string, Needle[]>();
  rules.forEach((rule, topic) => {
    const add = (text: string, wholeWord: boolean): void => {
      if (text === '') return;
      const needle = { text, topic, latinStart: wholeWord && isLatin(text[0]), latinEnd: wholeWord && isLatin(text[text.length - 1]) };
      const list = byFirst.get(text[0]!);
      if (list) list.push(needle);
      else byFirst.set(text[0]!, [needle]);
    };
    for (const word of rule.words) add(analyzer.normalize(word), true);
    for (const part of rule.parts) add(analyzer.normalize(part), false);
  });
  const compiled = { names: rules.map((rule) => rule.name), byFirst };
  if (useCache) compiledByAnalyzer.set(analyzer, compiled);
  return compiled;
}

/** Japanese has no spaces, so only a Latin letter or digit beside a Latin edge can cut through another word. */
function isLatin(character: string | undefined): boolean {
  return character !== undefined && /[a-z0-9]/.test(character);
}
