/**
 * Decompounding for unknown katakana compounds. kuromoji has no search mode, so テレワークマネジメント
 * stays one token; its known head and tail words (テレワーク, マネジメント) are added as extra word terms,
 * so the word field finds the compound, not only the n-gram field.
 */
import { foldLongVowel } from './normalize-text';

/** Parts shorter than this are too ambiguous to split off (ケア, サイト). */
const MIN_PART_LENGTH = 3;
/** What remains after splitting a part off must still look like a word. */
const MIN_REST_LENGTH = 2;
/** Shorter unknown words are rarely compounds. */
const MIN_COMPOUND_LENGTH = MIN_PART_LENGTH + MIN_REST_LENGTH;

const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]+$/;

export type CompoundSplitter = (term: string) => string[];

/**
 * A splitter over a lexicon of katakana words (the synonym and topic vocabularies): for a compound
 * it returns each lexicon word that begins or ends it, longest first; for anything else, nothing.
 * Heads are looked up unfolded, since a word inside a compound keeps its ー (メンター must not split
 * メンタルヘルスケア), and tails folded, since the compound's own end was folded.
 * @example splitter('テレワークマネジメント') // ['テレワーク', 'マネジメント']
 */
export function createCompoundSplitter(words: Iterable<string>, forms: LexiconForms): CompoundSplitter {
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const word of words) {
    const unfolded = forms.normalizeUnfolded(word);
    if (unfolded.length < MIN_PART_LENGTH || !KATAKANA_WORD.test(unfolded)) continue;
    heads.add(unfolded);
    tails.add(foldLongVowel(unfolded));
  }
  return (term) => {
    if (term.length < MIN_COMPOUND_LENGTH || !KATAKANA_WORD.test(term)) return [];
    const parts = new Set<string>();
    for (let cut = term.length - MIN_REST_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
      if (heads.has(term.slice(0, cut))) parts.add(term.slice(0, cut));
    }
    for (let cut = MIN_REST_LENGTH; cut <= term.length - MIN_PART_LENGTH; cut++) {
      if (tails.has(term.slice(cut))) parts.add(term.slice(cut));
    }
    return [...parts];
  };
}

export interface LexiconForms {
  /** The analyser's normalisation without long-vowel folding. */
  normalizeUnfolded(text: string): string;
}
