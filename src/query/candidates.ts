/**
 * The candidates of a plan whose clauses must all match: the documents holding any term of its rarest clause (in
 * a searched field). No other document can satisfy that clause, so the other terms' postings need only be read for
 * these: at 100x, 「超過勤務 見える化」 scored some 15,000 postings of 超過, 勤務, 管理 … to keep the few hundred
 * statements that also hold 見える or グラフ. Every candidate is scored exactly as before (the same postings, in the
 * same order), so scores and the order of matches do not change.
 */
import type { QueryPlan } from './build-query';
import type { WeightedReader } from './weighted-postings';

/**
 * Restricting pays when the rarest clause holds under this share of the postings the plan would read: reading
 * the others' postings for the candidates (a mark per posting, or a binary search per candidate) is cheaper than
 * scoring them, but not free.
 */
const MAX_CANDIDATE_SHARE = 0.5;

/**
 * The candidates of an AND plan in ascending order, each marked 1 in `allowed` (the caller clears the marks), or
 * null when the plan is OR-ed or no clause is rare enough to pay.
 */
export function rarestClauseCandidates(reader: WeightedReader, plan: QueryPlan, fieldIds: number[], allowed: Uint8Array): Int32Array | null {
  const rarest = rarestClauseOf(reader, plan, fieldIds);
  if (rarest === null) return null;
  const found: number[] = [];
  for (const term of rarest) {
    for (const fieldId of fieldIds) {
      const postings = reader.postings(term, fieldId);
      if (postings === undefined) continue;
      for (const ordinal of postings.ordinals) {
        if (allowed[ordinal] === 1) continue;
        allowed[ordinal] = 1;
        found.push(ordinal);
      }
    }
  }
  return Int32Array.from(found).sort();
}

/** The choice per plan (plans are remembered per analysed query) and searched fields: it reads every term's list lengths. */
const choices = new WeakMap<QueryPlan, Map<string, string[] | null>>();

/** The terms of the plan's rarest clause, or null when it is OR-ed or no clause is rare enough to pay. */
function rarestClauseOf(reader: WeightedReader, plan: QueryPlan, fieldIds: number[]): string[] | null {
  if (plan.combineWith !== 'AND') return null;
  let byFields = choices.get(plan);
  if (byFields === undefined) choices.set(plan, (byFields = new Map()));
  const key = fieldIds.join(',');
  let choice = byFields.get(key);
  if (choice === undefined) byFields.set(key, (choice = chooseRarestClause(reader, plan, fieldIds)));
  return choice;
}

function chooseRarestClause(reader: WeightedReader, plan: QueryPlan, fieldIds: number[]): string[] | null {
  const postingsOf = (term: string) => fieldIds.reduce((sum, fieldId) => sum + (reader.postings(term, fieldId)?.ordinals.length ?? 0), 0);
  // A one-character gram reaches every indexed term it starts: too many lists to count, so its clause is never
  // the rarest, and a plan holding one always pays to be restricted.
  const cost = (terms: string[]) =>
    terms.some((term) => plan.prefixTerms.has(term)) ? Infinity : terms.reduce((sum, term) => sum + postingsOf(term), 0);
  const clauseTerms = plan.clauses.map((variants) => [...new Set(variants.flatMap((variant) => [...variant.words, ...variant.grams]))]);
  const costs = clauseTerms.map(cost);
  const rarest = costs.indexOf(Math.min(...costs));
  if (rarest < 0 || costs[rarest] === Infinity || costs[rarest]! > MAX_CANDIDATE_SHARE * cost(plan.terms)) return null;
  return clauseTerms[rarest]!;
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
