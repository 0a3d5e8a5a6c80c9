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
  const characters = charactersOf(normalizedText);
  const spans: Span[] = [];
  for (const needle of needles) {
    if (!mayContain(characters, needle)) continue;
    for (let at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + needle.length)) {
      spans.push([at, at + needle.length]);
    }
  }
  return mergeSpans(spans).map(([start, end]) => [toOriginal[start] ?? start, toOriginal[end] ?? text.length]);
}

/**
 * The characters of a normalised text as 1,024 bits (a character sets bit code mod 1,024), kept with the text: a
 * needle with a character whose bit is clear cannot occur in it. A page's twenty hits were each searched for every
 * needle (a concept query has twenty or more: its synonyms' surfaces), most of which they do not hold.
 */
const characterBits = new WeakMap<NormalizedText, Uint32Array>();

function charactersOf(normalizedText: NormalizedText): Uint32Array {
  let bits = characterBits.get(normalizedText);
  if (bits === undefined) {
    bits = new Uint32Array(32);
    const { text } = normalizedText;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i) & 1023;
      bits[code >> 5]! |= 1 << (code & 31);
    }
    characterBits.set(normalizedText, bits);
  }
  return bits;
}

function mayContain(characters: Uint32Array, needle: string): boolean {
  for (let i = 0; i < needle.length; i += 1) {
    const code = needle.charCodeAt(i) & 1023;
    if ((characters[code >> 5]! & (1 << (code & 31))) === 0) return false;
  }
  return true;
}

function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
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
