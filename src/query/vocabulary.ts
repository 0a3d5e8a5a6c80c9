/**
 * The corpus vocabulary for typing tolerance: the word terms of the statements, as the index holds them, and
 * the concept scheme's labels (kuromoji cuts ペーパーレス and フレックスタイム into two words each, so the
 * statements' terms alone miss them). A spelling fix is a statement word, or a label that finds something:
 * never an invented word. Built on first use per corpus: only queries that find little need it.
 */
import type { Analyzer } from '../analysis/types';
import { labelsOf } from '../analysis/concept-scheme';
import { hasKanji, withinOneEdit } from '../analysis/spelling';
import { readingKey } from '../analysis/readings';
import type { Corpus } from './corpus';

/** Typos are only fixed in words this long: shorter ones have too many neighbours (研修 ~ 研究). */
export const MIN_TYPO_LENGTH = 4;

export interface Vocabulary {
  /** Whether a statement holds the term as a word. */
  has(term: string): boolean;
  /** Whether the term is a (normalised) concept label: a candidate that must still be shown to find something. */
  isLabel(term: string): boolean;
  /** Whether a concept label holds the term (生理 of 生理休暇): a word of the field, even where no report prints it. */
  inLabel(term: string): boolean;
  /** Words one edit away from `word` (length ≥ MIN_TYPO_LENGTH), statement words by frequency, then labels that `finds`. */
  nearest(word: string, limit: number, finds: (term: string) => boolean): string[];
  /**
   * Words that `prefix` begins (a word cut short: ノー残 → ノー残業, 超過勤 → 超過勤務), statement words by frequency,
   * then labels that `finds`, by the statements that print them; none for a prefix shorter than MIN_PREFIX_LENGTH.
   */
  completions(prefix: string, limit: number, finds: (term: string) => boolean): string[];
  /**
   * The word or compound the statements print most often whose reading is `kana`'s (ちょうかきんむ → 超過勤務),
   * or null. Readings shorter than MIN_READING_LENGTH are not looked up: きかん is 期間, 機関 and 基幹.
   */
  byReading(kana: string): string | null;
  /**
   * Words the statements print that sound like `surface` (whose reading key is `reading`): the same reading or one
   * kana off, as long, sharing a character in the same place and differing in kanji only (取得 for 所得, 縮減 for 宿減): what a kana-to-kanji
   * conversion slip or a mistyped kana turns a word into. Same readings first, then one kana off, each by how many
   * statements print them. With `anyPlace`, a word of the same reading need share no character (研修 for 検収, 勧奨
   * for 干渉): for a word that finds nothing as typed, where the fix is offered, not forced on a query that finds much.
   */
  soundingLike(surface: string, reading: string, sameReadingOnly?: boolean, anyPlace?: boolean): string[];
  /**
   * The word or compound the statements print most often whose reading is one kana off `kana`'s (ようえんたいせい →
   * 応援体制, おうえん typed with よ), or null; only for readings of MIN_NEAR_READING_LENGTH kana or more, since a short
   * reading is one kana from many words.
   */
  byNearReading(kana: string): string | null;
}

/**
 * Characters a cut-short word needs before it is completed: two kana or one kanji would begin too many words
 * (研 → 研修, 研究; テレ → テレワーク, テレビ会議).
 */
export const MIN_PREFIX_LENGTH = 3;

/** Kana (after readingKey) a reading needs before it is looked up. */
export const MIN_READING_LENGTH = 3;

/**
 * Kana a reading needs before a word of exactly that reading sharing a character in place is looked up (講和 → 講話:
 * コワ after readingKey); shorter than MIN_READING_LENGTH, nothing else sounding like it is.
 */
export const MIN_SAME_READING_LENGTH = 2;

/** Kana (after readingKey) a reading needs before one a kana off it is looked up. */
export const MIN_NEAR_READING_LENGTH = 6;

const built = new WeakMap<Corpus, Vocabulary>();

export function vocabularyOf(corpus: Corpus, analyzer: Analyzer): Vocabulary {
  let vocabulary = built.get(corpus);
  if (!vocabulary) built.set(corpus, (vocabulary = buildVocabulary(corpus, analyzer)));
  return vocabulary;
}

function buildVocabulary(corpus: Corpus, analyzer: Analyzer): Vocabulary {
  const terms = new Set<string>();
  const seenTexts = new Set<string>();
  for (const initiative of corpus.initiatives) {
    if (seenTexts.has(initiative.text)) continue;
    seenTexts.add(initiative.text);
    for (const term of analyzer.wordTerms(initiative.text)) if (corpus.documentFrequency(term) > 0) terms.add(term);
  }
  const labels = new Set<string>();
  const everyLabel: string[] = [];
  for (const concept of analyzer.concepts?.concepts ?? []) {
    for (const label of labelsOf(concept)) {
      const key = analyzer.normalize(label);
      everyLabel.push(key);
      if (!terms.has(key) && !/\s/.test(key)) labels.add(key);
    }
  }
  const byLength = new Map<number, string[]>();
  for (const term of [...terms, ...labels]) {
    const list = byLength.get(term.length);
    if (list) list.push(term);
    else byLength.set(term.length, [term]);
  }
  let readings: Map<string, Printed[]> | null = null;
  const readingsOf = (readingTerms: NonNullable<Analyzer['readingTerms']>) => (readings ??= readingIndex(corpus, readingTerms));
  let sorted: string[] | null = null;
  return {
    byReading(kana) {
      const key = readingKey(kana);
      if (key.length < MIN_READING_LENGTH || analyzer.readingTerms === undefined) return null;
      return readingsOf(analyzer.readingTerms).get(key)?.[0]?.surface ?? null;
    },
    byNearReading(kana) {
      const key = readingKey(kana);
      if (key.length < MIN_NEAR_READING_LENGTH || analyzer.readingTerms === undefined) return null;
      let best: Printed | null = null;
      for (const [reading, [printed]] of readingsOf(analyzer.readingTerms)) {
        if (Math.abs(reading.length - key.length) > 1 || !withinOneEdit(reading, key)) continue;
        if (best === null || printed!.count > best.count) best = printed!;
      }
      return best?.surface ?? null;
    },
    soundingLike(surface, reading, sameReadingOnly = false, anyPlace = false) {
      if (reading.length < (sameReadingOnly ? MIN_SAME_READING_LENGTH : MIN_READING_LENGTH) || analyzer.readingTerms === undefined) return [];
      // A short reading (講和, コワ) is many words': only one of exactly that reading sharing a character in place stands.
      const short = reading.length < MIN_READING_LENGTH;
      const near: { surface: string; same: boolean; count: number }[] = [];
      for (const [key, surfaces] of readingsOf(analyzer.readingTerms)) {
        if (!(sameReadingOnly ? key === reading : withinOneEdit(key, reading))) continue;
        for (const printed of surfaces) {
          if (printed.surface === surface || printed.surface.length !== surface.length) continue;
          if (!(anyPlace && !short && key === reading) && !sharesAPlace(printed.surface, surface)) continue;
          near.push({ surface: printed.surface, same: key === reading, count: printed.count });
        }
      }
      return near.sort((a, b) => Number(b.same) - Number(a.same) || b.count - a.count).map((entry) => entry.surface);
    },
    has: (term) => terms.has(term),
    isLabel: (term) => labels.has(term),
    inLabel: (term) => everyLabel.some((label) => label.includes(term)),
    nearest(word, limit, finds) {
      if (word.length < MIN_TYPO_LENGTH) return [];
      const near: string[] = [];
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const term of byLength.get(length) ?? []) if (term !== word && withinOneEdit(term, word)) near.push(term);
      }
      const words = near.filter((term) => terms.has(term)).sort((a, b) => corpus.documentFrequency(b) - corpus.documentFrequency(a));
      const found = near.filter((term) => labels.has(term) && finds(term));
      return [...words, ...found].slice(0, limit);
    },
    completions(prefix, limit, finds) {
      if (prefix.length < MIN_PREFIX_LENGTH) return [];
      sorted ??= [...terms, ...labels].sort();
      const longer: string[] = [];
      for (let at = firstAtLeast(sorted, prefix); at < sorted.length && sorted[at]!.startsWith(prefix); at++) {
        if (sorted[at] !== prefix) longer.push(sorted[at]!);
      }
      const words = longer.filter((term) => terms.has(term)).sort((a, b) => corpus.documentFrequency(b) - corpus.documentFrequency(a));
      // Labels by the statements that print them (育児休 → 育児休業 before 育児休暇), read only for a query that found nothing.
      const printedIn = (label: string): number => {
        let count = 0;
        for (let ordinal = 0; ordinal < corpus.size; ordinal++) if (corpus.normalizedText(ordinal).includes(label)) count++;
        return count;
      };
      const counted = longer.filter((term) => labels.has(term)).map((label) => ({ label, count: printedIn(label) }));
      const found = counted.sort((a, b) => b.count - a.count || a.label.length - b.label.length).map(({ label }) => label);
      return [...words, ...found.filter(finds)].slice(0, limit);
    },
  };
}

/** The first position of a sorted list whose term is not below `key`. */
function firstAtLeast(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether two words of one length could be one word converted two ways: the same character somewhere in the same
 * place, and the same kana wherever either has one (a conversion changes kanji; 申し込み is not 持ち込み).
 */
function sharesAPlace(a: string, b: string): boolean {
  let shared = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) shared = true;
    else if (!hasKanji(a[i]!) || !hasKanji(b[i]!)) return false;
  }
  return shared;
}

/** The surface printed most often with a reading, and in how many distinct statements. */
interface Printed {
  surface: string;
  count: number;
}

/**
 * Reading key → the surfaces printed with it, most often first (in distinct statements, results and reasons; ties to
 * the shorter, then the first seen): 要因 and 要員 both read ヨイン. Built on the first query that needs a reading.
 */
function readingIndex(corpus: Corpus, readingTerms: NonNullable<Analyzer['readingTerms']>): Map<string, Printed[]> {
  const counts = new Map<string, Map<string, number>>();
  const seenTexts = new Set<string>();
  for (const initiative of corpus.initiatives) {
    // A row's results and reason print words its statements do not (応援要員の延べ人数は120人).
    for (const text of [initiative.text, initiative.results, initiative.reason]) {
      if (text === null || seenTexts.has(text)) continue;
      seenTexts.add(text);
      const seenHere = new Set<string>();
      for (const { surface, reading } of readingTerms(text)) {
        if (reading.length < MIN_SAME_READING_LENGTH || seenHere.has(surface)) continue;
        seenHere.add(surface);
        let surfaces = counts.get(reading);
        if (!surfaces) counts.set(reading, (surfaces = new Map()));
        surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
      }
    }
  }
  const byReading = new Map<string, Printed[]>();
  for (const [reading, surfaces] of counts) {
    const printed = [...surfaces].map(([surface, count]) => ({ surface, count }));
    byReading.set(
      reading,
      printed.sort((a, b) => b.count - a.count || a.surface.length - b.surface.length),
    );
  }
  return byReading;
}
