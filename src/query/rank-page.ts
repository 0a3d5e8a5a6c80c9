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

/** Report order (the empty query's listing): one function, so that rankPage can tell it and skip ordering. */
const byReportOrder: Precedes = (ordinalA, _scoreA, ordinalB) => ordinalA < ordinalB;
const byScore: Precedes = (ordinalA, scoreA, ordinalB, scoreB) => scoreA > scoreB || (scoreA === scoreB && ordinalA < ordinalB);

/** By relevance (or report order for an empty query), years first when asked; ties by report order. */
export function precedenceOf(corpus: Pick<Corpus, 'initiatives'>, sort: SortOrder, reportOrder: boolean): Precedes {
  const before: Precedes = reportOrder ? byReportOrder : byScore;
  if (sort === 'relevance') return before;
  const direction = sort === 'year-desc' ? -1 : 1;
  const years = yearsOf(corpus.initiatives);
  return (ordinalA, scoreA, ordinalB, scoreB) => {
    const byYear = direction * (years[ordinalA]! - years[ordinalB]!);
    return byYear !== 0 ? byYear < 0 : before(ordinalA, scoreA, ordinalB, scoreB);
  };
}

const yearColumns = new WeakMap<readonly { fiscalYear: number }[], Int32Array>();

/** Each document's fiscal year as a column, once per corpus (sorting by year read it from every record). */
function yearsOf(initiatives: readonly { fiscalYear: number }[]): Int32Array {
  let years = yearColumns.get(initiatives);
  if (years === undefined) yearColumns.set(initiatives, (years = Int32Array.from(initiatives, (initiative) => initiative.fiscalYear)));
  return years;
}

/**
 * The folded results ranked [offset, offset + limit), and how many folded results there are. Matches
 * whose `failed` entry is not -1 (see failedFacets) are filtered out; null keeps them all. Only the first
 * offset + limit are put in order (kept in order by insertion when few, in a bounded heap otherwise); every
 * result is counted.
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
  // By score, the comparison is written out: it runs for every match of a group and many of the page's candidates.
  const before =
    precedes === byScore
      ? (i: number, j: number) => scores[i]! > scores[j]! || (scores[i] === scores[j] && ordinals[i]! < ordinals[j]!)
      : (i: number, j: number) => precedes(ordinals[i]!, scores[i]!, ordinals[j]!, scores[j]!);
  const representatives = foldDuplicates(corpus, ordinals, failed, before);
  const wanted = offset + limit;
  // The empty query's listing, filtered or not: matches come in report order, which is the order asked for (at 100x,
  // putting 12,900 of them in order again took most of a listing's time).
  const inOrder = precedes === byReportOrder && ascending(ordinals);
  const ranked = inOrder
    ? representatives
    : wanted >= representatives.length
      ? representatives.sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0))
      : wanted <= MAX_SELECTED
        ? selectBest(representatives, before, wanted, precedes === byScore ? scores : null)
        : selectByHeap(representatives, before, wanted);
  // A plain loop: Array.from over a typed array with a mapping function took half of rankPage at 1x.
  const page: Scored[] = [];
  for (let k = offset; k < Math.min(wanted, ranked.length); k += 1) page.push({ ordinal: ordinals[ranked[k]!]!, score: scores[ranked[k]!]! });
  return { total: representatives.length, page };
}

function ascending(ordinals: Int32Array): boolean {
  for (let i = 1; i < ordinals.length; i += 1) if (ordinals[i]! <= ordinals[i - 1]!) return false;
  return true;
}

/** Per duplicate group, the position of its best match so far: one buffer per corpus, reset after each use. */
const bestBuffers = new WeakMap<DuplicateGroups, Int32Array>();

/** Positions of every kept match without a duplicate group, and of the first-ranked kept match of each group. */
function foldDuplicates(
  corpus: DuplicateGroups,
  ordinals: Int32Array,
  failed: Int8Array | null,
  before: (i: number, j: number) => boolean,
): Int32Array {
  const { groupOf } = corpus;
  let best = bestBuffers.get(corpus);
  if (best === undefined || best.length !== corpus.groupCount) bestBuffers.set(corpus, (best = new Int32Array(corpus.groupCount).fill(-1)));
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
    if (group < 0) representatives[count++] = i;
    else if (best[group] === i) {
      representatives[count++] = i;
      best[group] = -1;
    }
  }
  return representatives.subarray(0, count);
}

/**
 * The `count` first-ranked positions in order, kept sorted by insertion (count is small). With `scores` (ranking by
 * score alone), a position scoring below the last kept is passed over without calling `before`: most of thousands.
 */
function selectBest(positions: Int32Array, before: (i: number, j: number) => boolean, count: number, scores: Float64Array | null): Int32Array {
  const best = new Int32Array(count);
  let size = 0;
  if (count === 0) return best;
  for (const position of positions) {
    if (size === count && scores !== null && scores[position]! < scores[best[count - 1]!]!) continue;
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

/**
 * The `count` first-ranked positions in order, through a heap of `count` whose top is the last-ranked kept: a
 * position ranking after it is passed over in one comparison. (`before` orders positions strictly: ties fall to
 * report order.)
 */
function selectByHeap(positions: Int32Array, before: (i: number, j: number) => boolean, count: number): Int32Array {
  const heap = new Int32Array(count);
  let size = 0;
  const siftDown = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const later = right < size && before(heap[left]!, heap[right]!) ? right : left;
      if (!before(heap[at]!, heap[later]!)) return;
      [heap[at], heap[later]] = [heap[later]!, heap[at]!];
      at = later;
    }
  };
  for (const position of positions) {
    if (size < count) {
      let at = size++;
      heap[at] = position;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (before(position, heap[0]!)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0));
}
