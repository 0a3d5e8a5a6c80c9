/**
 * The domain concept scheme (data/concepts.json, SKOS-like): concepts with a preferred label, alternative
 * labels, broader / narrower and related concepts, and the topic each may name. One source for query
 * expansion, topics and the reasons given for similar initiatives. Validated with zod on load; the
 * hierarchy and the related links are completed both ways, so the data file may state either side.
 */
import { z } from 'zod';
import conceptsData from './data/concepts.json';

export const ConceptRecord = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  prefLabel: z.string().min(1),
  altLabels: z.array(z.string().min(1)).default([]),
  broader: z.array(z.string()).default([]),
  narrower: z.array(z.string()).default([]),
  related: z.array(z.string()).default([]),
  /** The topic facet value this concept (and its narrower concepts without a topic of their own) stands for. */
  topic: z.string().optional(),
  /** Words that mark a statement as being about the topic without naming the concept; never expanded. */
  cues: z.array(z.string().min(1)).default([]),
  /**
   * The template's 大項目 this concept names (女性活躍 → 女性の活躍推進のための改革): a query that asks for a section's
   * measures by its everyday name (「テスト省の女性活躍の取組」) lists that section (src/query/query-scope.ts).
   */
  section: z.string().min(1).optional(),
});
export type ConceptRecord = z.infer<typeof ConceptRecord>;

export const ConceptSchemeFile = z.object({
  about: z.string().optional(),
  topics: z.array(z.string().min(1)),
  concepts: z.array(ConceptRecord).min(1),
});
export type ConceptSchemeFile = z.infer<typeof ConceptSchemeFile>;

/** A concept with its links resolved both ways. */
export interface Concept {
  id: string;
  prefLabel: string;
  altLabels: string[];
  broader: string[];
  narrower: string[];
  related: string[];
  topic: string | null;
  cues: string[];
  section?: string;
}

export interface ConceptScheme {
  /** Topic names in display order. */
  readonly topics: readonly string[];
  readonly concepts: readonly Concept[];
  get(id: string): Concept | undefined;
}

/** The concept's labels, preferred first. */
export function labelsOf(concept: Concept): string[] {
  return [concept.prefLabel, ...concept.altLabels];
}

/**
 * Parses and checks a scheme: unknown ids, self links, a concept both broader and related, cycles in the
 * hierarchy, topics not listed and a label (after `normalize`) given to two concepts are errors that name the culprit.
 */
export function parseConceptScheme(data: unknown, normalize: (text: string) => string = (text) => text): ConceptScheme {
  const parsed = ConceptSchemeFile.safeParse(data);
  if (!parsed.success)
    throw new Error(`concept scheme: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const file = parsed.data;
  const byId = new Map<string, Concept>();
  for (const record of file.concepts) {
    if (byId.has(record.id)) throw new Error(`concept scheme: duplicate concept id ${record.id}`);
    if (record.topic !== undefined && !file.topics.includes(record.topic))
      throw new Error(`concept scheme: ${record.id} names topic ${record.topic}, which is not listed in topics`);
    byId.set(record.id, { ...record, topic: record.topic ?? null, broader: [], narrower: [], related: [] });
  }
  const link = (from: string, list: 'broader' | 'narrower' | 'related', to: string): void => {
    const concept = byId.get(from)!;
    if (!byId.has(to)) throw new Error(`concept scheme: ${from}.${list} names unknown concept ${to}`);
    if (to === from) throw new Error(`concept scheme: ${from} links to itself`);
    if (!concept[list].includes(to)) concept[list].push(to);
  };
  for (const record of file.concepts) {
    for (const to of record.broader) {
      link(record.id, 'broader', to);
      link(to, 'narrower', record.id);
    }
    for (const to of record.narrower) {
      link(record.id, 'narrower', to);
      link(to, 'broader', record.id);
    }
    for (const to of record.related) {
      link(record.id, 'related', to);
      link(to, 'related', record.id);
    }
  }
  for (const concept of byId.values()) {
    const clash = concept.related.find((id) => concept.broader.includes(id) || concept.narrower.includes(id));
    if (clash) throw new Error(`concept scheme: ${concept.id} is both hierarchically related and related to ${clash}`);
  }
  checkAcyclic(byId);
  checkLabelsUnique(byId, normalize);
  const concepts = [...byId.values()];
  return { topics: file.topics, concepts, get: (id) => byId.get(id) };
}

function checkAcyclic(byId: Map<string, Concept>): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') throw new Error(`concept scheme: broader cycle ${[...path, id].join(' → ')}`);
    state.set(id, 'open');
    for (const up of byId.get(id)!.broader) visit(up, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of byId.keys()) visit(id, []);
}

function checkLabelsUnique(byId: Map<string, Concept>, normalize: (text: string) => string): void {
  const owner = new Map<string, string>();
  for (const concept of byId.values()) {
    for (const label of labelsOf(concept)) {
      const key = normalize(label);
      const other = owner.get(key);
      if (other !== undefined && other !== concept.id) throw new Error(`concept scheme: label ${label} belongs to both ${other} and ${concept.id}`);
      owner.set(key, concept.id);
    }
  }
}

let bundled: ConceptScheme | null = null;

/** The scheme shipped with torikumi (data/concepts.json), parsed once. */
export function bundledConceptScheme(): ConceptScheme {
  bundled ??= parseConceptScheme(conceptsData);
  return bundled;
}

/** The raw data file, for hashing into the analyser version. */
export const BUNDLED_CONCEPT_DATA: unknown = conceptsData;
