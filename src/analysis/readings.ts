/**
 * Readings of the words a text prints, for hiragana typed for kanji (ちょうかきんむ → 超過勤務): every noun and
 * every run of up to four neighbouring nouns (compounds: 超過 + 勤務, 年次 + 休暇 + 取得) with its reading from
 * kuromoji's dictionary. The query stage looks a hiragana word up by its reading among the corpus's own words,
 * so a fix is always a word the reports print.
 */
import type { KuromojiToken } from './load-tokenizer';
import { isKatakana, toKatakana } from './spelling';

/** Compounds longer than this many nouns are not looked up (no one types a whole title in hiragana). */
const MAX_RUN = 4;

export interface ReadingTerm {
  /** The words as printed (normalised text), joined: 超過勤務. */
  surface: string;
  /** Their reading as a lookup key (readingKey): チョカキンム. */
  reading: string;
}

/** Nouns that carry no word of their own (こと, ため, 数 …) break a compound and are never looked up. */
const EMPTY_NOUN_KINDS = new Set(['非自立', '代名詞', '接続詞的', '特殊', '引用文字列', '数']);

/**
 * The readings of a token stream's nouns and noun runs.
 * @example readingTerms(tokenize('超過勤務の縮減')) // [{ surface: '超過', … }, { surface: '超過勤務', reading: 'チョカキンム' }, …]
 */
export function readingTerms(tokens: readonly KuromojiToken[]): ReadingTerm[] {
  const terms: ReadingTerm[] = [];
  let run: { surface: string; reading: string }[] = [];
  const flush = () => {
    for (let from = 0; from < run.length; from++) {
      let surface = '';
      let reading = '';
      for (let to = from; to < Math.min(run.length, from + MAX_RUN); to++) {
        surface += run[to]!.surface;
        reading += run[to]!.reading;
        terms.push({ surface, reading: readingKey(reading) });
      }
    }
    run = [];
  };
  for (const token of tokens) {
    const reading = readingOf(token);
    if (token.pos === '名詞' && !EMPTY_NOUN_KINDS.has(token.pos_detail_1) && reading !== null) {
      run.push({ surface: token.surface_form, reading });
    } else flush();
  }
  flush();
  return terms;
}

/** A token's reading in katakana: the dictionary's, or the surface itself for an unknown kana word. */
function readingOf(token: KuromojiToken): string | null {
  if (token.reading !== undefined && token.reading !== '' && token.reading !== '*') return token.reading;
  const kana = toKatakana(token.surface_form);
  return isKatakana(kana) ? kana : null;
}

const O_OR_U_ROW = new Set([...'オコゴソゾトドノホボポモヨョロォウクグスズツヅヌフブプムユュルゥ']);
const E_ROW = new Set([...'エケゲセゼテデネヘベペメレェ']);

/**
 * A reading as people type it and as the dictionary writes it, made one key: katakana, with long vowels dropped
 * however they are written (ちょうか, ちょーか and チョウカ all give チョカ; けいえい and けーえー give ケエ).
 * Keys only ever meet other keys, so the folding just has to be the same on both sides.
 */
export function readingKey(text: string): string {
  const kana = toKatakana(text);
  let key = '';
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i]!;
    const previous = kana[i - 1];
    if (ch === 'ー') continue;
    if (ch === 'ウ' && previous !== undefined && O_OR_U_ROW.has(previous)) continue;
    if (ch === 'イ' && previous !== undefined && E_ROW.has(previous)) continue;
    key += ch;
  }
  return key;
}
