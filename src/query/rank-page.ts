/**
 * Ranking the page of a search: identical statements fold into their first-ranked place, the folded
 * results are counted, and only the requested page is put in order. Sorting every match and then
 * folding them cost more than scoring at 100x (thousands of matches for a page of 20).
 *
 * Matches travel as two typed arrays rather than one object per match: at 100x a query has up to
 * 14,100 matches, and V8 moved the allocation of so many short-lived objects to the old generation
 * (pretenuring), which doubled the latency of every later query in a process serving one large index.
 */
import type { Corpus } from './corpus';
import type { Scored } from './hits';
import type { SortOrder } from './types';

/** Matching documents and their scores, position by position. */
export interface Matches {
  ordinals: Int32Array;
  scores: Float64Array;
}

/** Above this many results to order, a full sort beats keeping the best ones in order. */
const MAX_SELECTED = 64;

type DuplicateGroups = Pick<Corpus, 'groupOf' | 'groupCount'>;

/** Whether match a (ordinal, score) ranks before match b. */
export type Precedes = (ordinalA: number, scoreA: number, ordinalB: number, scoreB: number) => boolean;

/** By relevance (or report order for an empty query), years first when asked; ties by report order. */
export function precedenceOf(corpus: Pick<Corpus, 'initiatives'>, sort: SortOrder, reportOrder: boolean): Precedes {
  const before: Precedes = reportOrder
    ? (ordinalA, _scoreA, ordinalB) => ordinalA < ordinalB
    : (ordinalA, scoreA, ordinalB, scoreB) => scoreA > scoreB || (scoreA === scoreB && ordinalA < ordinalB);
  if (sort === 'relevance') return before;
  const direction = sort === 'year-desc' ? -1 : 1;
  const year = (ordinal: number) => corpus.initiatives[ordinal]!.fiscalYear;
  return (ordinalA, scoreA, ordinalB, scoreB) => {
    const byYear = direction * (year(ordinalA) - year(ordinalB));
    return byYear !== 0 ? byYear < 0 : before(ordinalA, scoreA, ordinalB, scoreB);
  };
}

/**
 * The folded results ranked [offset, offset + limit), and how many folded results there are. Matches
 * whose `failed` entry is not -1 (see failedFacets) are filtered out; null keeps them all.
 */
export function rankPage(
  corpus: DuplicateGroups,
  matches: Matches,
  failed: Int8Array | null,
  precedes: Precedes,
  offset: number,
  limit: number,
): { total: number; page: Scored[] } {
  const { ordinals, scores } = matches;
  const before = (i: number, j: number) => precedes(ordinals[i]!, scores[i]!, ordinals[j]!, scores[j]!);
  const representatives = foldDuplicates(corpus, ordinals, failed, before);
  const wanted = offset + limit;
  const ranked =
    wanted > MAX_SELECTED || wanted >= representatives.length
      ? representatives.sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0))
      : selectBest(representatives, before, wanted);
  const page = Array.from(ranked.subarray(offset, Math.min(wanted, ranked.length)), (i) => ({ ordinal: ordinals[i]!, score: scores[i]! }));
  return { total: representatives.length, page };
}

/** Positions of every kept match without a duplicate group, and of the first-ranked kept match of each group. */
function foldDuplicates(
  corpus: DuplicateGroups,
  ordinals: Int32Array,
  failed: Int8Array | null,
  before: (i: number, j: number) => boolean,
): Int32Array {
  const { groupOf } = corpus;
  const best = new Int32Array(corpus.groupCount).fill(-1);
  for (let i = 0; i < ordinals.length; i += 1) {
    const group = groupOf[ordinals[i]!]!;
    if (group < 0 || (failed !== null && failed[i] !== -1)) continue;
    const current = best[group]!;
    if (current < 0 || before(i, current)) best[group] = i;
  }
  const representatives = new Int32Array(ordinals.length);
  let count = 0;
  for (let i = 0; i < ordinals.length; i += 1) {
    if (failed !== null && failed[i] !== -1) continue;
    const group = groupOf[ordinals[i]!]!;
    if (group < 0 || best[group] === i) representatives[count++] = i;
  }
  return representatives.subarray(0, count);
}

/** The `count` first-ranked positions in order, kept sorted by insertion (count is small). */
function selectBest(positions: Int32Array, before: (i: number, j: number) => boolean, count: number): Int32Array {
  const best = new Int32Array(count);
  let size = 0;
  if (count === 0) return best;
  for (const position of positions) {
    if (size === count && !before(position, best[count - 1]!)) continue;
    let at = size === count ? count - 1 : size++;
    while (at > 0 && before(position, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = position;
  }
  return best.subarray(0, size);
}
