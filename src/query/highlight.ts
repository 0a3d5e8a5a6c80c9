/**
 * Highlights and snippets: the query's surfaces, synonyms and words are looked up in the normalised
 * text (so ｗｅｂ会議 highlights Web会議) and the matches are mapped back to offsets in the text as printed.
 */
import type { AnalyzedQuery, NormalizedText } from '../analysis/types';

export type Span = [number, number];

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;
const ELLIPSIS = '…';

/**
 * Every string a hit may contain for this query: phrases, clause surfaces and words, and the surfaces of
 * alternatives (not their single words: 勤務 of サテライトオフィス勤務 is no match for テレワーク).
 */
export function highlightNeedles(analyzed: AnalyzedQuery): string[] {
  const needles = new Set<string>(analyzed.phrases);
  for (const clause of analyzed.clauses) {
    needles.add(clause.surface);
    for (const word of clause.words) needles.add(word);
    for (const alternative of clause.alternatives) needles.add(alternative.surface);
  }
  // Single characters would light up half the text; they count only when typed alone.
  const all = [...needles].filter((needle) => needle.length > 0);
  const long = all.filter((needle) => needle.length > 1);
  return (long.length > 0 ? long : all).sort((a, b) => b.length - a.length);
}

/** [start, end) spans of the original text (of which `normalizedText` is the normalised form) where a needle occurs, merged and in order. */
export function findHighlights(text: string, normalizedText: NormalizedText, needles: string[]): Span[] {
  if (needles.length === 0) return [];
  const { text: normalized, toOriginal } = normalizedText;
  const { buckets, resume } = needleIndexOf(needles);
  resume.fill(0);
  // One pass over the text, trying at each position the needles that start with its character (longest first), each
  // where indexOf would look for it next (after its previous occurrence). Occurrences then come by start, the longer
  // first, which is the order the spans are merged in; the result is that of every needle's indexOf, merged.
  const merged: Span[] = [];
  let from = -1;
  let to = -1;
  for (let at = 0; at < normalized.length; at += 1) {
    const bucket = buckets[normalized.charCodeAt(at) & BUCKET_MASK];
    if (bucket === undefined) continue;
    for (let b = 0; b < bucket.length; b += 1) {
      const k = bucket[b]!;
      if (at < resume[k]!) continue;
      const needle = needles[k]!;
      if (!normalized.startsWith(needle, at)) continue;
      const end = at + needle.length;
      resume[k] = end;
      if (from >= 0 && at <= to) {
        if (end > to) to = end;
      } else {
        if (from >= 0) merged.push([toOriginal[from] ?? from, toOriginal[to] ?? text.length]);
        from = at;
        to = end;
      }
    }
  }
  if (from >= 0) merged.push([toOriginal[from] ?? from, toOriginal[to] ?? text.length]);
  return merged;
}

/** Needles are grouped by their first character's code modulo this (a power of two). */
const BUCKET_SIZE = 1024;
const BUCKET_MASK = BUCKET_SIZE - 1;

/**
 * A needle list grouped by first character: a page's twenty hits were each searched for every needle (a concept query
 * has twenty or more: its synonyms' surfaces), most of which they do not hold; reading each text once costs less.
 */
interface NeedleIndex {
  /** buckets[code & BUCKET_MASK]: the positions in the list of the needles starting with such a character, in list order. */
  buckets: (number[] | undefined)[];
  /** Per needle, the position from which its next occurrence is looked for; reset for each text. */
  resume: Int32Array;
}

/** Per needle list (a query's list is remembered with the query, so the pages of its hits share one index). */
const needleIndexes = new WeakMap<string[], NeedleIndex>();

function needleIndexOf(needles: string[]): NeedleIndex {
  let index = needleIndexes.get(needles);
  if (index === undefined) {
    const buckets: (number[] | undefined)[] = new Array<number[] | undefined>(BUCKET_SIZE).fill(undefined);
    needles.forEach((needle, k) => (buckets[needle.charCodeAt(0) & BUCKET_MASK] ??= []).push(k));
    needleIndexes.set(needles, (index = { buckets, resume: new Int32Array(needles.length) }));
  }
  return index;
}

/** A window of the text around the first highlight, with the highlights that fall inside it. */
export function makeSnippet(text: string, highlights: Span[]): { snippet: string; snippetHighlights: Span[] } {
  if (text.length <= SNIPPET_LENGTH) return { snippet: text, snippetHighlights: highlights };
  const first = highlights[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH));
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const snippetHighlights: Span[] = highlights
    .filter(([from, to]) => to > start && from < end)
    .map(([from, to]) => [Math.max(from, start) + shift, Math.min(to, end) + shift]);
  return { snippet: prefix + text.slice(start, end) + suffix, snippetHighlights };
}
