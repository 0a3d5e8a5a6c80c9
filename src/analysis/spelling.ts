/**
 * Spelling variants for typing tolerance: hiragana typed for katakana (てれわーく → テレワーク), a missing
 * or extra long vowel (テレワク, ペーパレス), okurigana written out where the reports leave them off (打ち合わせ →
 * 打合せ, 申し込み → 申込), and one-letter typos (Damerau-Levenshtein distance 1). Pure
 * functions: the query stage checks every candidate against the corpus vocabulary, so nothing is invented.
 */

const HIRAGANA_RUN = /^[\u3041-\u3096ー]+$/;
const KATAKANA_RUN = /^[\u30a1-\u30faー]+$/;
const LONG_VOWEL = 'ー';

const KANJI = /\p{Script=Han}/u;

/** Whether the text holds a kanji (a one-character string: whether it is one). */
export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

export function isHiragana(text: string): boolean {
  return HIRAGANA_RUN.test(text);
}

export function isKatakana(text: string): boolean {
  return KATAKANA_RUN.test(text);
}

/** ぁ-ゖ → ァ-ヶ; other characters unchanged. @example toKatakana('てれわーく') // 'テレワーク' */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** A katakana word with one ー added after a kana or one ー removed: テレワク → テレーワク, テレワーク, … */
export function longVowelVariants(word: string): string[] {
  if (!isKatakana(word)) return [];
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    if (word[i] === LONG_VOWEL) variants.add(word.slice(0, i) + word.slice(i + 1));
    else if (word[i + 1] !== LONG_VOWEL) variants.add(word.slice(0, i + 1) + LONG_VOWEL + word.slice(i + 1));
  }
  variants.delete(word);
  return [...variants];
}

/**
 * Whether a and b are at most one edit apart: one character inserted, deleted, replaced, or two neighbours
 * swapped (optimal string alignment), in code units (the vocabulary is BMP Japanese and ASCII).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start++;
  if (short.length === long.length) {
    const rest = (from: number) => short.slice(from) === long.slice(from);
    if (rest(start + 1)) return true; // one replaced
    return short[start] === long[start + 1] && short[start + 1] === long[start] && rest(start + 2); // neighbours swapped
  }
  return short.slice(start) === long.slice(start + 1); // one inserted
}

/**
 * A short run of hiragana between two kanji: the okurigana of a compound verb's first half (打ち合わせ, 申し込み). A
 * particle alone (の, を, に …) joins two words rather than ending one: 育児休業の取得 has no okurigana to leave out.
 */
const INNER_OKURIGANA = /(?<=\p{Script=Han})(?![のをにがとでへはもや](?=\p{Script=Han}))[\u3041-\u3096]{1,2}(?=\p{Script=Han})/gu;
/** Kana that end a conjugated verb (った, した, んで, える), not a compound's first half (ち of 打ち合わせ). */
const INFLECTION_ENDING = /^[っん]|[たてだでる]$/;
/** The hiragana ending a word after its last kanji (込み of 申し込み). */
const TRAILING_OKURIGANA = /(?<=\p{Script=Han})[\u3041-\u3096]{1,2}$/u;

/**
 * A word with the okurigana inside it left out, as official writing often does, then with a shorter ending
 * (打ち合わせ → 打合せ) and none (申し込み → 申込); none when the word has no okurigana between kanji.
 * @example okuriganaVariants('打ち合わせ') // ['打合わせ', '打合せ', '打合']
 */
export function okuriganaVariants(word: string): string[] {
  // A verb's past, te-form or plain ending before a noun (使った職員, 実施した年, 受ける職員) is no okurigana of a
  // compound: leaving it out made フレックスタイム制を使った職員 a 「使職員」 no one typed.
  const inner = word.replace(INNER_OKURIGANA, (kana) => (INFLECTION_ENDING.test(kana) ? kana : ''));
  if (inner === word) return [];
  // 打合わせ → 打合せ (the ending's last kana kept), then 打合 (none).
  const shortEnding = inner.replace(TRAILING_OKURIGANA, (ending) => ending.slice(-1));
  const bare = inner.replace(TRAILING_OKURIGANA, '');
  return [...new Set([inner, shortEnding, bare])];
}

const DAKUTEN = '\u3099';
const HANDAKUTEN = '\u309a';

/**
 * A kana word with one kana's voicing changed (ド → ト, ト → ド, ハ → バ or パ): the typo of a voiced mark left out or
 * added, common in kana input (フォローシード for フォローシート). One variant per kana and mark, the word itself left out.
 * @example voicingVariants('シード') // ['ジード', 'シート']
 */
export function voicingVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const base = word[i]!.normalize('NFD').replace(/[\u3099\u309a]/g, '');
    for (const candidate of [base, (base + DAKUTEN).normalize('NFC'), (base + HANDAKUTEN).normalize('NFC')]) {
      if (candidate.length === 1 && candidate !== word[i]) variants.add(word.slice(0, i) + candidate + word.slice(i + 1));
    }
  }
  return [...variants];
}
