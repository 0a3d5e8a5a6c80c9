/**
 * How alike two statements' texts are, for linking one report's initiatives to the next one's: character bigrams of
 * the normalised text (the change tag is never part of Initiative.text), compared by Dice and by containment.
 */
import { normalize } from '../analysis/normalize-text';

/** A statement's text made ready for comparison once, however many candidates it meets. */
export interface ComparableText {
  /** Normalised, without spaces or punctuation: equal keys mean the same statement. */
  key: string;
  bigrams: ReadonlySet<string>;
}

/** Punctuation and spaces, which rewordings add and drop without changing what is said. */
const IGNORED = /[\s、。，．,.・:：;；「」『』（）()【】［］[\]]/gu;

/** Below this many bigrams a containment score says little (「実施した。」 is contained in most statements). */
const MIN_BIGRAMS_FOR_CONTAINMENT = 6;

export function comparableText(text: string): ComparableText {
  const key = normalize(text).replace(IGNORED, '');
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) bigrams.add(key.slice(i, i + 2));
  if (key.length === 1) bigrams.add(key);
  return { key, bigrams };
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared;
}

/** Dice coefficient of the two bigram sets, 0–1. */
export function dice(a: ComparableText, b: ComparableText): number {
  const total = a.bigrams.size + b.bigrams.size;
  return total === 0 ? 0 : (2 * sharedCount(a.bigrams, b.bigrams)) / total;
}

/** Share of `part`'s bigrams found in `whole`, 0–1; 0 for texts too short for it to mean anything. */
export function containment(part: ComparableText, whole: ComparableText): number {
  if (part.bigrams.size < MIN_BIGRAMS_FOR_CONTAINMENT) return 0;
  return sharedCount(part.bigrams, whole.bigrams) / part.bigrams.size;
}

/**
 * Similarity of an earlier and a later text, 0–1: Dice, or a little under containment either way, so a statement
 * that grew (「…実施した。」 → 「…実施し、その結果を…」) or was cut down still scores as the same initiative.
 */
export function textSimilarity(earlier: ComparableText, later: ComparableText): number {
  if (earlier.key === later.key) return 1;
  return Math.max(dice(earlier, later), 0.85 * containment(earlier, later), 0.85 * containment(later, earlier));
}

/**
 * True when the later text keeps most of the earlier one and adds a clause to it (not just a number or a word):
 * at least 8 characters and 30 % more, measured on the comparison keys.
 */
export function textGrew(earlier: ComparableText, later: ComparableText): boolean {
  const added = later.key.length - earlier.key.length;
  return containment(earlier, later) >= 0.8 && added >= Math.max(8, 0.3 * earlier.key.length);
}
