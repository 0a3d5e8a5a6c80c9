/**
 * Ranking the page of a search: identical statements fold into their first-ranked place, the folded
 * results are counted, and only the requested page is put in order. Sorting every match and then
 * folding them cost more than scoring at 100x (thousands of matches for a page of 20).
 */
import type { Corpus } from './corpus';
import type { Scored } from './hits';
import type { SortOrder } from './types';

/** Above this many results to order, a full sort beats keeping the best ones in order. */
const MAX_SELECTED = 64;

type DuplicateGroups = Pick<Corpus, 'groupOf' | 'groupCount'>;

export type Precedes = (a: Scored, b: Scored) => boolean;

/** Whether a ranks before b: by relevance (or report order for an empty query), years first when asked. */
export function precedenceOf(corpus: Pick<Corpus, 'initiatives'>, sort: SortOrder, reportOrder: boolean): Precedes {
  const tieBreak = reportOrder
    ? (a: Scored, b: Scored) => a.ordinal - b.ordinal
    : (a: Scored, b: Scored) => b.score - a.score || a.ordinal - b.ordinal;
  const year = (s: Scored) => corpus.initiatives[s.ordinal]!.fiscalYear;
  switch (sort) {
    case 'year-desc':
      return (a, b) => (year(b) - year(a) || tieBreak(a, b)) < 0;
    case 'year-asc':
      return (a, b) => (year(a) - year(b) || tieBreak(a, b)) < 0;
    default:
      return (a, b) => tieBreak(a, b) < 0;
  }
}

/** The folded results ranked [offset, offset + limit), and how many folded results there are. */
export function rankPage(corpus: DuplicateGroups, matches: Scored[], precedes: Precedes, offset: number, limit: number): { total: number; page: Scored[] } {
  const representatives = foldDuplicates(corpus, matches, precedes);
  const wanted = offset + limit;
  const ranked = wanted > MAX_SELECTED || wanted >= representatives.length ? sortAll(representatives, precedes) : selectBest(representatives, precedes, wanted);
  return { total: representatives.length, page: ranked.slice(offset, wanted) };
}

/** Every match without a duplicate group, and the first-ranked match of each group, in match order. */
function foldDuplicates(corpus: DuplicateGroups, matches: Scored[], precedes: Precedes): Scored[] {
  const { groupOf } = corpus;
  const best = new Int32Array(corpus.groupCount).fill(-1);
  for (let i = 0; i < matches.length; i += 1) {
    const group = groupOf[matches[i]!.ordinal]!;
    if (group < 0) continue;
    const current = best[group]!;
    if (current < 0 || precedes(matches[i]!, matches[current]!)) best[group] = i;
  }
  const representatives: Scored[] = [];
  for (let i = 0; i < matches.length; i += 1) {
    const group = groupOf[matches[i]!.ordinal]!;
    if (group < 0 || best[group] === i) representatives.push(matches[i]!);
  }
  return representatives;
}

function sortAll(scored: Scored[], precedes: Precedes): Scored[] {
  return scored.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
}

/** The `count` first-ranked entries in order, kept sorted by insertion (count is small). */
function selectBest(scored: Scored[], precedes: Precedes, count: number): Scored[] {
  const best: Scored[] = [];
  if (count === 0) return best;
  for (const entry of scored) {
    if (best.length === count && !precedes(entry, best[count - 1]!)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && precedes(entry, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = entry;
  }
  return best;
}
