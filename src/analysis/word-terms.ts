/**
 * Content words from kuromoji tokens: base forms of nouns, verbs and adjectives, with particles,
 * auxiliaries, symbols and function-like words dropped.
 */
import type { KuromojiToken } from './load-tokenizer';
import { foldLongVowel } from './normalize-text';
import type { CompoundSplitter } from './compound-parts';

/** Verbs so common in the reports (and in questions) that they carry no topic: 実施した → 実施, not する. */
const LIGHT_VERBS = new Set([
  'する',
  'できる',
  'いる',
  'ある',
  'なる',
  'おる',
  'いう',
  'れる',
  'られる',
  'せる',
  'させる',
  'くる',
  'いく',
  'くれる',
  'もらう',
  'いただく',
  'くださる',
  '得る',
  'しまう',
  'おく',
  'みる',
]);

/** Words that only shape a question: 「…はどのように取り組んでいるか教えてください」. */
export const QUESTION_WORDS = new Set([
  'どう',
  'どの',
  'どのよう',
  'どんな',
  'どういう',
  '何',
  'なに',
  'なん',
  'いつ',
  'どこ',
  '誰',
  'だれ',
  'どれ',
  'どれくらい',
  'どのくらい',
  'いくつ',
  'なぜ',
  '教える',
  '知る',
  '知りたい',
  'ください',
  '下さい',
]);

/** Noun sub-categories that never carry content (こと, ため, これ, 兼 …). */
const EMPTY_NOUN_KINDS = new Set(['非自立', '代名詞', '接続詞的', '特殊', '引用文字列']);

/** Two-character and longer suffixes worth keeping as words (年度, 時間 …); one-character ones (的, 化, 等) are noise. */
const MIN_SUFFIX_LENGTH = 2;

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export interface PickOptions {
  /** Words to drop on top of the light verbs (question words, for queries). */
  extraStopWords?: ReadonlySet<string>;
  /** Adds the known parts of unknown compounds (index side). */
  splitCompound?: CompoundSplitter;
}

/** One content word of a token stream, with the token range it came from. */
export interface ContentWord {
  term: string;
  /** Index of the first and one past the last token of the word. */
  from: number;
  to: number;
}

/**
 * Picks the content words of a token stream, merging runs of numeral tokens (二 十 → 二十).
 * The terms are the tokens' base forms (surface forms for unknown words) with the long vowel folded;
 * with `splitCompound`, an unknown compound is followed by its known parts (same token range).
 */
export function pickContentWords(tokens: KuromojiToken[], options: PickOptions = {}): ContentWord[] {
  const { extraStopWords, splitCompound } = options;
  const words: ContentWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isNumeral(token)) {
      let end = i + 1;
      while (end < tokens.length && isNumeral(tokens[end])) end++;
      words.push({
        term: tokens
          .slice(i, end)
          .map((t) => t.surface_form)
          .join(''),
        from: i,
        to: end,
      });
      i = end - 1;
      continue;
    }
    const term = contentTerm(token);
    if (term === null || extraStopWords?.has(term)) continue;
    const folded = foldLongVowel(term);
    words.push({ term: folded, from: i, to: i + 1 });
    if (splitCompound && token.word_type === 'UNKNOWN') {
      for (const part of splitCompound(folded)) words.push({ term: part, from: i, to: i + 1 });
    }
  }
  return words;
}

/** The term a token contributes, or null when it is not a content word. */
/** A numeral token (二, 十, 2024); undefined, past the end of the tokens, is none. */
function isNumeral(token: KuromojiToken | undefined): boolean {
  return token?.pos === '名詞' && token.pos_detail_1 === '数';
}

function contentTerm(token: KuromojiToken): string | null {
  const base = token.basic_form === '*' || token.basic_form === '' ? token.surface_form : token.basic_form;
  if (!HAS_WORD_CHARACTER.test(base)) return null;
  switch (token.pos) {
    case '名詞':
      if (EMPTY_NOUN_KINDS.has(token.pos_detail_1)) return null;
      if (token.pos_detail_1 === '接尾' && base.length < MIN_SUFFIX_LENGTH) return null;
      return isLoneKana(base) ? null : base;
    case '動詞':
      return token.pos_detail_1 === '自立' && !LIGHT_VERBS.has(base) ? base : null;
    case '形容詞':
      return token.pos_detail_1 === '自立' && base !== 'ない' ? base : null;
    default:
      return null;
  }
}

/** A single hiragana or katakana character (unknown-word debris such as ・ leftovers) is never a word. */
function isLoneKana(term: string): boolean {
  if (term.length !== 1) return false;
  const code = term.charCodeAt(0);
  return code >= 0x3041 && code <= 0x30ff;
}
