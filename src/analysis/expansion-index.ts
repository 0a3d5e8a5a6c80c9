/**
 * Query-time expansion: for a normalised word or phrase, the words to search as well, each with its
 * relation to what was typed. Two sources: the domain concept scheme (synonyms are a concept's other
 * labels, then its narrower concepts' labels, then its related concepts' labels) and the Sudachi subset
 * (synonym groups, extracted by scripts/extract-sudachi-synonyms.mjs).
 *
 * Synonyms work both ways by construction: words are grouped into equivalence classes (a concept's labels
 * plus the Sudachi groups that touch only that concept; Sudachi groups sharing a word are merged), and every
 * word of a class expands to the whole class, so any two words of a group search the same words.
 */
import sudachiData from './data/synonyms-sudachi.json';
import { labelsOf, type Concept, type ConceptScheme } from './concept-scheme';

/** One synonym group as stored: every word stands for every other, except that noTrigger words start no expansion. */
export interface SynonymGroup {
  words: string[];
  noTrigger?: string[];
}

export type ExpansionSource = 'domain' | 'sudachi';
/** How an added word relates to the typed one; the planner weighs them in this order. */
export type ExpansionRelation = 'synonym' | 'narrower' | 'related';

/** A word to search as well, as shown to the user (the data file's spelling). */
export interface Expansion {
  surface: string;
  source: ExpansionSource;
  relation: ExpansionRelation;
  /** The preferred label of the concept the word belongs to, when it is one of the scheme's. */
  concept: string | null;
}

export interface ExpansionIndex {
  /** Expansions of a normalised word or phrase: synonyms, then narrower, then related; empty when none. */
  lookup(normalizedKey: string): readonly Expansion[];
  /** The concept a normalised word or phrase names, if any. */
  conceptOf(normalizedKey: string): Concept | null;
  /** Whether the key is read as one clause: it has expansions, or it is a concept's label. */
  isSpan(normalizedKey: string): boolean;
  /** Whether some key starts with this normalised text, so phrase matching can stop early. */
  hasKeyStartingWith(prefix: string): boolean;
  readonly size: number;
}

/** Per relation, at most this many words are added (a broad concept has many narrower ones). */
const MAX_PER_RELATION: Record<ExpansionRelation, number> = { synonym: 16, narrower: 12, related: 8 };

/** The Sudachi groups shipped with torikumi. */
export function bundledSudachiGroups(): SynonymGroup[] {
  return sudachiData.groups;
}

interface WordClass {
  /** Display forms, in data-file order, deduplicated by normal form. */
  words: { surface: string; key: string; source: ExpansionSource; trigger: boolean }[];
  concept: Concept | null;
}

export function buildExpansionIndex(
  scheme: ConceptScheme,
  sudachiGroups: readonly SynonymGroup[],
  normalize: (text: string) => string,
): ExpansionIndex {
  const classes = buildClasses(scheme, sudachiGroups, normalize);
  const classOf = new Map<string, WordClass>();
  for (const wordClass of classes) for (const word of wordClass.words) if (word.trigger && word.key !== '') classOf.set(word.key, wordClass);
  const conceptClass = new Map<string, WordClass>();
  for (const wordClass of classes) if (wordClass.concept) conceptClass.set(wordClass.concept.id, wordClass);
  const table = new Map<string, Expansion[]>();
  for (const [key, wordClass] of classOf) {
    const expansions = expansionsOf(key, wordClass, scheme, conceptClass);
    if (expansions.length > 0) table.set(key, expansions);
  }
  // A concept's label is a unit of the query even with nothing to expand to (育児時間 has no other label): read as one
  // clause, not as 育児 and 時間 apart, which found every 育児 statement before the few that print it.
  const spans = new Set([...table.keys(), ...[...classOf].filter(([, wordClass]) => wordClass.concept).map(([key]) => key)]);
  const prefixes = new Set<string>();
  for (const key of spans) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  return {
    lookup: (key) => table.get(key) ?? [],
    conceptOf: (key) => classOf.get(key)?.concept ?? null,
    hasKeyStartingWith: (prefix) => prefixes.has(prefix),
    isSpan: (key) => spans.has(key),
    size: table.size,
  };
}

function expansionsOf(key: string, wordClass: WordClass, scheme: ConceptScheme, conceptClass: Map<string, WordClass>): Expansion[] {
  const seen = new Set([key]);
  const out: Expansion[] = [];
  const add = (words: WordClass['words'], relation: ExpansionRelation, concept: string | null): void => {
    let added = 0;
    for (const word of words) {
      if (seen.has(word.key) || word.key === '' || added >= MAX_PER_RELATION[relation]) continue;
      seen.add(word.key);
      out.push({ surface: word.surface, source: word.source, relation, concept });
      added += 1;
    }
  };
  const concept = wordClass.concept;
  add(wordClass.words, 'synonym', concept?.prefLabel ?? null);
  if (concept === null) return out;
  const wordsOf = (ids: string[]) =>
    ids.flatMap((id) => (conceptClass.get(id)?.words ?? []).filter((word) => word.source === 'domain').map((word) => ({ word, id })));
  for (const relation of ['narrower', 'related'] as const) {
    const linked = wordsOf(relation === 'narrower' ? descendantsOf(concept, scheme) : concept[relation]);
    let added = 0;
    for (const { word, id } of linked) {
      if (seen.has(word.key) || word.key === '' || added >= MAX_PER_RELATION[relation]) continue;
      seen.add(word.key);
      out.push({ surface: word.surface, source: 'domain', relation, concept: scheme.get(id)?.prefLabel ?? null });
      added += 1;
    }
  }
  return out;
}

/**
 * A concept's narrower concepts at every depth, nearest first: a search for 子育て支援 is also one for 保育 and, below
 * it, for 保育所 and ベビーシッター (SKOS's transitive narrower), within the per-relation cap.
 */
function descendantsOf(concept: Concept, scheme: ConceptScheme): string[] {
  const order: string[] = [];
  const seen = new Set([concept.id]);
  let level = concept.narrower;
  while (level.length > 0) {
    const next: string[] = [];
    for (const id of level) {
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      next.push(...(scheme.get(id)?.narrower ?? []));
    }
    level = next;
  }
  return order;
}

/**
 * Equivalence classes of words: one per concept (its labels), extended by each Sudachi group that shares a
 * word with exactly that concept; the other Sudachi groups merged where they share a trigger word. A Sudachi
 * group touching two concepts is left out: the scheme, written for this field, decides there.
 */
function buildClasses(scheme: ConceptScheme, sudachiGroups: readonly SynonymGroup[], normalize: (text: string) => string): WordClass[] {
  const conceptOfKey = new Map<string, Concept>();
  for (const concept of scheme.concepts) for (const label of labelsOf(concept)) conceptOfKey.set(normalize(label), concept);
  const byConcept = new Map<string, WordClass>();
  const classes: WordClass[] = scheme.concepts.map((concept) => {
    const wordClass: WordClass = { words: [], concept };
    for (const label of labelsOf(concept)) pushWord(wordClass, label, normalize(label), 'domain', true);
    byConcept.set(concept.id, wordClass);
    return wordClass;
  });
  // Union-find over Sudachi-only groups, keyed by trigger words.
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const groupOfKey = new Map<string, number>();
  const free: { group: SynonymGroup; index: number }[] = [];
  for (const group of sudachiGroups) {
    const quiet = new Set(group.noTrigger ?? []);
    const touched = new Set(group.words.map((word) => conceptOfKey.get(normalize(word))?.id).filter((id): id is string => id !== undefined));
    if (touched.size > 1) continue;
    if (touched.size === 1) {
      const wordClass = byConcept.get([...touched][0]!)!;
      for (const word of group.words) pushWord(wordClass, word, normalize(word), 'sudachi', !quiet.has(word));
      continue;
    }
    const index = free.length;
    parent.push(index);
    free.push({ group, index });
    for (const word of group.words) {
      if (quiet.has(word)) continue;
      const key = normalize(word);
      const other = groupOfKey.get(key);
      if (other === undefined) groupOfKey.set(key, index);
      else parent[find(index)] = find(other);
    }
  }
  const merged = new Map<number, WordClass>();
  for (const { group, index } of free) {
    const root = find(index);
    let wordClass = merged.get(root);
    if (!wordClass) merged.set(root, (wordClass = { words: [], concept: null }));
    const quiet = new Set(group.noTrigger ?? []);
    for (const word of group.words) pushWord(wordClass, word, normalize(word), 'sudachi', !quiet.has(word));
  }
  return [...classes, ...merged.values()];
}

function pushWord(wordClass: WordClass, surface: string, key: string, source: ExpansionSource, trigger: boolean): void {
  const existing = wordClass.words.find((word) => word.key === key);
  if (existing) {
    existing.trigger ||= trigger;
    return;
  }
  wordClass.words.push({ surface, key, source, trigger });
}
