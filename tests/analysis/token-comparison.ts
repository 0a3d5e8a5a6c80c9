/** Shared by the tests that hold a faster path to kuromoji's own tokens. */
import type { KuromojiToken } from '../../src/analysis/load-tokenizer';

/** Every character class kuromoji's unknown-word handling knows, in width variants, with surrogate pairs. */
export const CHARACTER_CLASSES_TEXT = [
  'ＡＢＣabcXYZ 123 ４５６ 3.14 ½ Ⅻ ①②',
  'ｶﾀｶﾅﾃﾚﾜｰｸ テレワークマネジメント研修 ひらがなだけのぶん',
  '漢字々〆〇 𠮷野家の𩸽 😀👍 αβγ ДЖИ ㈱ ㌔ ～〜ー—―‐',
  '【新規】「"定時退庁"」（注）・※◎○●■□△▽☆★→← \t　',
  'https://example.jp/path?q=1 info@example.jp #タグ @名前',
].join('\n');

/** The first token that differs, as JSON (jest's diff of thousands of tokens is unreadable), or null. */
export function firstDifference(actual: KuromojiToken[], expected: KuromojiToken[]): string | null {
  for (let i = 0; i < Math.max(actual.length, expected.length); i += 1) {
    const [got, want] = [JSON.stringify(actual[i]), JSON.stringify(expected[i])];
    if (got !== want) return `token ${i}: got ${got}, want ${want}`;
  }
  return null;
}
