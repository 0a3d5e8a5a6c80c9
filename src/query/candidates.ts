/**
 * The candidates of a plan: documents outside them cannot satisfy it, so the other terms' postings need only be read
 * for these. A variant of a clause can only match a document holding its driver: one of its words (the rarest, when
 * all are needed) in a word field, its rarest n-gram in the n-gram field, or, for a variant that must contain its
 * text as written, the documents that do (./match-plan.ts keeps them as a list). A clause's candidates are its
 * variants' drivers together; an AND plan's, those of its clause with the fewest; an OR plan's, every clause's. At
 * 100x, 「超過勤務 見える化」 scored some 15,000 postings of 超過, 勤務, 管理 … to keep the few hundred statements that
 * also hold 見える or グラフ; a concept's words that only score (its typed words, an alternative's rarest word) are read
 * for the statements one of its variants can match only. Every candidate is scored exactly as before (the same
 * postings, in the same order), so scores do not change.
 */
import type { QueryPlan, VariantPlan } from './build-query';
import type { WeightedReader } from './weighted-postings';

/**
 * Restricting pays when the candidates' sources hold at most this share of the postings the plan would read: reading
 * the others' postings for the candidates (a mark per posting, or a binary search per candidate) costs less than
 * scoring them. At 0.5, plans whose drivers are most of their postings (キャリア形成, 男性の育児休業の取得を促進するための取組,
 * ハラスメント, ＲＰＡ at 100x: 4,600, 6,900, 800 and 1,800 statements touched to keep 2,100, 5,200, 500 and 1,500) were
 * scored whole; at 1 they touch their candidates only (3,400, 5,400, 500, 1,500), and the 100x p50 fell by 5–6 % in two
 * in-process A/Bs (medians of 7 runs each; 1x unchanged).
 */
const MAX_CANDIDATE_SHARE = 1;

/** A searched field as the planner sees it. */
export interface CandidateField {
  id: number;
  isGrams: boolean;
}

/** Where a variant's candidates come from: a term's postings in some fields, or a list of documents (ascending). */
export type CandidateSource = { term: string; fieldIds: number[] } | { list: number };

/**
 * The candidates of the plan in ascending order, each marked 1 in `allowed` (the caller clears the marks), or null
 * when no restriction pays. `lists[k]` is the k-th text-containment list of the plan (its `containmentOf` index).
 * The candidates are written into `buffer` (as long as the corpus) and returned as its first part.
 */
export function planCandidates(
  reader: WeightedReader,
  plan: QueryPlan,
  fields: CandidateField[],
  containmentOf: (variant: VariantPlan) => number,
  lists: readonly Int32Array[],
  allowed: Uint8Array,
  buffer: Int32Array,
): Int32Array | null {
  const sources = sourcesOf(reader, plan, fields, containmentOf, lists);
  if (sources === null) return null;
  let count = 0;
  let pieces = 0;
  let ascending = true;
  const add = (ordinals: ArrayLike<number>, inOrder: boolean) => {
    if (ordinals.length === 0) return;
    pieces += 1;
    ascending &&= inOrder;
    for (let i = 0; i < ordinals.length; i += 1) {
      const ordinal = ordinals[i]!;
      if (allowed[ordinal] === 1) continue;
      allowed[ordinal] = 1;
      buffer[count++] = ordinal;
    }
  };
  for (const source of sources) {
    if ('list' in source) add(lists[source.list]!, true);
    else {
      for (const fieldId of source.fieldIds) {
        const postings = reader.postings(source.term, fieldId);
        if (postings !== undefined) add(postings.ordinals, postings.ascending);
      }
    }
  }
  // One ascending list is in order already; many candidates are put in order by reading the marks.
  if (pieces <= 1 && ascending) return buffer.subarray(0, count);
  if (count * 16 < allowed.length) return buffer.subarray(0, count).sort();
  for (let ordinal = 0, at = 0; at < count; ordinal += 1) if (allowed[ordinal] === 1) buffer[at++] = ordinal;
  return buffer.subarray(0, count);
}

/** The choice per plan (plans are remembered per analysed query) and searched fields: it reads every term's list lengths. */
const choices = new WeakMap<QueryPlan, Map<string, CandidateSource[] | null>>();

function sourcesOf(
  reader: WeightedReader,
  plan: QueryPlan,
  fields: CandidateField[],
  containmentOf: (variant: VariantPlan) => number,
  lists: readonly Int32Array[],
): CandidateSource[] | null {
  let byFields = choices.get(plan);
  if (byFields === undefined) choices.set(plan, (byFields = new Map()));
  const key = fields.map((field) => field.id).join(',');
  let choice = byFields.get(key);
  if (choice === undefined) byFields.set(key, (choice = chooseSources(reader, plan, fields, containmentOf, lists)));
  return choice;
}

function chooseSources(
  reader: WeightedReader,
  plan: QueryPlan,
  fields: CandidateField[],
  containmentOf: (variant: VariantPlan) => number,
  lists: readonly Int32Array[],
): CandidateSource[] | null {
  const wordFields = fields.filter((field) => !field.isGrams).map((field) => field.id);
  const gramFields = fields.filter((field) => field.isGrams).map((field) => field.id);
  const postingsIn = (term: string, fieldIds: number[]) =>
    fieldIds.reduce((sum, fieldId) => sum + (reader.postings(term, fieldId)?.ordinals.length ?? 0), 0);
  const costOf = (sources: CandidateSource[]) =>
    sources.reduce((sum, source) => sum + ('list' in source ? lists[source.list]!.length : postingsIn(source.term, source.fieldIds)), 0);
  const rarest = (terms: string[], fieldIds: number[]): CandidateSource => {
    let best = terms[0]!;
    for (const term of terms) if (postingsIn(term, fieldIds) < postingsIn(best, fieldIds)) best = term;
    return { term: best, fieldIds };
  };
  /** A variant's driver; null when it cannot be told without reading every term a one-character gram reaches. */
  const driverOf = (variant: VariantPlan): CandidateSource[] | null => {
    if (variant.mustContain !== null) return [{ list: containmentOf(variant) }];
    if ([...variant.words, ...variant.grams].some((term) => plan.prefixTerms.has(term))) return null;
    const sources: CandidateSource[] = [];
    if (variant.words.length > 0) {
      if (variant.allWords) sources.push(rarest(variant.words, wordFields));
      else for (const word of variant.words) sources.push({ term: word, fieldIds: wordFields });
    }
    if (variant.grams.length > 0 && gramFields.length > 0) sources.push(rarest(variant.grams, gramFields));
    return sources;
  };
  const clauseSources: (CandidateSource[] | null)[] = plan.clauses.map((variants) => {
    const sources: CandidateSource[] = [];
    for (const variant of variants) {
      const driver = driverOf(variant);
      if (driver === null) return null;
      sources.push(...driver);
    }
    return sources;
  });
  let chosen: CandidateSource[] | null;
  if (plan.combineWith === 'AND') {
    chosen = null;
    let cheapest = Infinity;
    for (const sources of clauseSources) {
      if (sources === null) continue;
      const cost = costOf(sources);
      if (cost < cheapest) [chosen, cheapest] = [sources, cost];
    }
  } else {
    chosen = clauseSources.some((sources) => sources === null) ? null : clauseSources.flatMap((sources) => sources!);
  }
  if (chosen === null) return null;
  // A one-character gram reaches every indexed term it starts: too many lists to count, so a plan holding one
  // always pays to be restricted.
  const total = plan.terms.some((term) => plan.prefixTerms.has(term))
    ? Infinity
    : plan.terms.reduce((sum, term) => sum + postingsIn(term, [...wordFields, ...gramFields]), 0);
  return costOf(chosen) <= MAX_CANDIDATE_SHARE * total ? chosen : null;
}

/** The first position from `from` whose ordinal is at least `ordinal` (ordinals ascending): galloping, then halving. */
export function seek(ordinals: Int32Array, ordinal: number, from: number): number {
  let step = 1;
  let high = from;
  while (high < ordinals.length && ordinals[high]! < ordinal) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, ordinals.length);
  while (from < high) {
    const middle = (from + high) >>> 1;
    if (ordinals[middle]! < ordinal) from = middle + 1;
    else high = middle;
  }
  return from;
}
