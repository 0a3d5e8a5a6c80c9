/**
 * Similar initiatives: one de-duplicated list of the statements that do the same kind of thing. The statement's
 * own content words are scored as one OR query through the search's own plan runner (BM25 over statement text
 * and row title, so each shared word counts by how distinctive it is); the same template item and the concepts
 * of the scheme both statements name raise a candidate; anything far below the best is cut off; other
 * ministries and years come first where they are close; never the statement itself or a copy of it. The
 * constants and the boost are in ./ranking.ts.
 */
import { labelsOf } from '../analysis/concept-scheme';
import { AppError } from '../domain/errors';
import type { Initiative } from '../domain/types';
import type { QueryPlan, RankingWeights, VariantPlan } from './build-query';
import type { Corpus } from './corpus';
import { groupDuplicates, toSearchHit, type Scored } from './hits';
import type { Matches } from './rank-page';
import type { EngineContext } from './search';
import { SIMILAR_WEIGHTS, similarBoost, type SimilarWeights } from './ranking';
import type { SimilarHit, SimilarOptions } from './types';

const DEFAULT_SIMILAR_LIMIT = 5;

/**
 * The statements most similar to initiative `id`, best first, each with the concepts it shares and a one-line
 * reason; INITIATIVE_NOT_FOUND for an unknown id.
 */
export function findSimilar(
  context: EngineContext,
  id: string,
  options: SimilarOptions = {},
  weights: SimilarWeights = SIMILAR_WEIGHTS,
): SimilarHit[] {
  const { corpus } = context;
  const ordinal = requireOrdinal(corpus, id);
  const terms = distinctiveTerms(context, corpus.initiatives[ordinal]!.text, weights);
  const concepts = conceptsOf(context);
  const own = concepts.of(ordinal);
  const linked = concepts.linkedTo(own);
  const conceptWords = [
    ...own.map((concept) => ({ concept, weight: weights.conceptWords })),
    ...linked.map((concept) => ({ concept, weight: weights.conceptWords * weights.linked })),
  ];
  const plan = similarityPlan(
    terms,
    conceptWords.flatMap(({ concept, weight }) => concepts.wordsOf(concept).map((words) => ({ words, weight }))),
  );
  if (plan === null) return [];
  const matched = context.runPlan(plan, { ...context.weights, ...fieldWeights(weights) });
  const kept = rankCandidates(corpus, ordinal, matched, { own, linked, concepts }, options, weights);
  const byOrdinal = new Map(kept.map((candidate) => [candidate.ordinal, candidate]));
  const needles = terms.filter((term) => term.length > 1);
  return groupDuplicates(corpus, kept)
    .slice(0, options.limit ?? DEFAULT_SIMILAR_LIMIT)
    .map((hit) => {
      const { shared, sameItem } = byOrdinal.get(hit.ordinal)!;
      return {
        ...toSearchHit(corpus, hit, needles),
        sharedConcepts: shared,
        sameItem,
        reason: reasonOf(shared, sameItem, corpus.initiatives[hit.ordinal]!),
      };
    });
}

type Candidate = Scored & { shared: string[]; sameItem: boolean };

/** The matches that may be shown, with their boosts applied, best first (ties in report order). */
function rankCandidates(
  corpus: Corpus,
  ordinal: number,
  matched: Matches,
  { own, linked, concepts }: { own: string[]; linked: string[]; concepts: ConceptMentions },
  options: SimilarOptions,
  weights: SimilarWeights,
): Candidate[] {
  const self = corpus.initiatives[ordinal]!;
  // The statement matched against its own words is the most any candidate can share: the cut-off is a share of it.
  const selfAt = matched.ordinals.indexOf(ordinal);
  const floor = weights.cutoff * (selfAt >= 0 ? matched.scores[selfAt]! : 0);
  const ownText = corpus.normalizedText(ordinal);
  const candidates: Candidate[] = [];
  for (let i = 0; i < matched.ordinals.length; i += 1) {
    const other = matched.ordinals[i]!;
    const initiative = corpus.initiatives[other]!;
    if (other === ordinal || isCopy(corpus, other, self.duplicateGroup, ownText) || !allowed(initiative, self, options)) continue;
    if (initiative.kind === 'title' || (initiative.kind === 'metric') !== (self.kind === 'metric')) continue;
    const theirs = concepts.of(other);
    const shared = own.filter((concept) => theirs.includes(concept));
    const near = linked.filter((concept) => theirs.includes(concept)).length;
    const sameItem = isSameItem(initiative, self);
    // A candidate naming none of the statement's concepts, in another item, must share enough words.
    if (shared.length === 0 && !sameItem && matched.scores[i]! < floor) continue;
    const elsewhere = initiative.ministry !== self.ministry || initiative.fiscalYear !== self.fiscalYear;
    const boost = similarBoost({ sameItem, sharedConcepts: shared.length, linkedConcepts: near, elsewhere }, weights);
    candidates.push({ ordinal: other, score: matched.scores[i]! * boost, shared: shared.map((concept) => concepts.labelOf(concept)), sameItem });
  }
  return candidates.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
}

/**
 * Any of the statement's words (each a clause of its own, as the search plans a sentence-like query), or all the
 * words of one label or cue of a concept it names (weighted lower): so 職場復帰 finds 復職 through 復職支援.
 */
function similarityPlan(terms: string[], conceptWords: { words: string[]; weight: number }[]): QueryPlan | null {
  const termBoost = new Map<string, number>();
  const boost = (term: string, weight: number) => termBoost.set(term, Math.max(weight, termBoost.get(term) ?? 0));
  const clauses: VariantPlan[][] = terms.map(
    (term) => (boost(term, 1), [{ weight: 1, words: [term], allWords: true, grams: [], mustContain: null }]),
  );
  for (const { words, weight } of conceptWords) {
    for (const word of words) boost(word, weight);
    clauses.push([{ weight, words, allWords: true, grams: [], mustContain: null }]);
  }
  if (clauses.length === 0) return null;
  return { terms: [...termBoost.keys()], termBoost, prefixTerms: new Set(), clauses, combineWith: 'OR' };
}

/** Figures and dates (2020, 4 of 4月) say nothing of what a statement does. */
const NUMBER = /^[\p{N}.,%]+$/u;

/** The statement's content words, without those most statements hold (they would make everything similar). */
function distinctiveTerms(context: EngineContext, text: string, weights: SimilarWeights): string[] {
  const { corpus, analyzer } = context;
  const limit = weights.commonWordFraction * corpus.size;
  return [...new Set(analyzer.wordTerms(text))].filter((term) => {
    if (NUMBER.test(term)) return false;
    const frequency = corpus.documentFrequency(term);
    return frequency > 0 && frequency <= limit;
  });
}

function fieldWeights(weights: SimilarWeights): Pick<RankingWeights, 'text' | 'rowTitle' | 'itemTitle' | 'grams'> {
  return { text: weights.text, rowTitle: weights.rowTitle, itemTitle: 0, grams: 0 };
}

function allowed(initiative: Initiative, self: Initiative, options: SimilarOptions): boolean {
  if (options.otherMinistries && initiative.ministry === self.ministry) return false;
  if (options.otherYears && initiative.fiscalYear === self.fiscalYear) return false;
  return true;
}

/** The same 中項目 of the common template (item numbers repeat across sections, so the section too). */
function isSameItem(a: Initiative, b: Initiative): boolean {
  return a.item !== null && a.item === b.item && a.section === b.section;
}

function reasonOf(shared: string[], sameItem: boolean, initiative: Initiative): string {
  const parts: string[] = [];
  if (sameItem) parts.push(`同じ項目（${initiative.item} ${initiative.itemTitle ?? initiative.rowTitle}）`);
  if (shared.length > 0) parts.push(`共通の概念：${shared.join('、')}`);
  return parts.length > 0 ? parts.join('・') : '共通の語句';
}

/** The scheme's concepts a statement names (a label or cue its normalised text contains), by id; per corpus. */
interface ConceptMentions {
  of(ordinal: number): string[];
  /** Concepts broader, narrower or related to any of these, and not among them. */
  linkedTo(ids: string[]): string[];
  /** The word terms of each label and cue of a concept that the corpus holds. */
  wordsOf(id: string): string[][];
  labelOf(id: string): string;
}
const mentions = new WeakMap<Corpus, ConceptMentions>();

function conceptsOf(context: EngineContext): ConceptMentions {
  const known = mentions.get(context.corpus);
  if (known) return known;
  const { corpus, analyzer } = context;
  const scheme = analyzer.concepts;
  const all = scheme?.concepts ?? [];
  const keys = all.map((concept) => ({
    id: concept.id,
    keys: [...new Set([...labelsOf(concept), ...concept.cues].map((label) => analyzer.normalize(label)))].filter((key) => key.length > 1),
  }));
  const words = new Map<string, string[][]>();
  const cache: (string[] | undefined)[] = [];
  const found: ConceptMentions = {
    of(ordinal) {
      let list = cache[ordinal];
      if (list === undefined) {
        const text = corpus.normalizedText(ordinal);
        cache[ordinal] = list = keys.filter((concept) => concept.keys.some((key) => text.includes(key))).map((concept) => concept.id);
      }
      return list;
    },
    linkedTo(ids) {
      const linked = new Set(
        ids.flatMap((id) => {
          const concept = scheme?.get(id);
          return concept ? [...concept.broader, ...concept.narrower, ...concept.related] : [];
        }),
      );
      return [...linked].filter((id) => !ids.includes(id));
    },
    wordsOf(id) {
      let list = words.get(id);
      if (list === undefined) {
        const concept = scheme?.get(id);
        const labels = concept ? [...labelsOf(concept), ...concept.cues] : [];
        list = labels
          .map((label) => [...new Set(analyzer.wordTerms(label))])
          .filter((terms) => terms.length > 0 && terms.every((term) => corpus.documentFrequency(term) > 0));
        words.set(id, list);
      }
      return list;
    },
    labelOf: (id) => scheme?.get(id)?.prefLabel ?? id,
  };
  mentions.set(corpus, found);
  return found;
}

function isCopy(corpus: Corpus, other: number, group: string | null, ownText: string): boolean {
  const initiative = corpus.initiatives[other]!;
  if (group !== null && initiative.duplicateGroup === group) return true;
  return corpus.normalizedText(other) === ownText;
}

/** The ordinal of an initiative id, or INITIATIVE_NOT_FOUND naming it. */
export function requireOrdinal(corpus: Corpus, id: string): number {
  const ordinal = corpus.ordinalOf.get(id);
  if (ordinal === undefined) throw new AppError('INITIATIVE_NOT_FOUND', `no initiative with id ${id}`, { field: 'id' });
  return ordinal;
}
