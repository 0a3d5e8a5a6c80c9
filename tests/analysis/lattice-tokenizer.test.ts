import fc from 'fast-check';
import { createLatticeTokenizer, type Tokenizer } from '../../src/analysis/lattice-tokenizer';
import { loadKuromoji, type KuromojiTokenizer } from '../../src/analysis/load-tokenizer';
import { normalize } from '../../src/analysis/normalize-text';
import { seedText } from './seed-text';
import { CHARACTER_CLASSES_TEXT, firstDifference } from './token-comparison';

let kuromoji: KuromojiTokenizer;
let lattice: Tokenizer;

beforeAll(async () => {
  kuromoji = await loadKuromoji();
  lattice = createLatticeTokenizer(kuromoji);
});

/** Where kuromoji throws (U+0000, see below), there is nothing to compare with. */
function differenceFromKuromoji(text: string): string | null {
  return text.includes('\u0000') ? null : firstDifference(lattice.tokenize(text), kuromoji.tokenize(text));
}

/** Characters of the kinds the reports hold, and the edges: sentence punctuation, long vowels, width variants, surrogate pairs. */
const REPORT_CHARACTERS = [
  ...'のをにはがでとしたするいるれる',
  ...'テレワークマネジメントセンターサーバ',
  ...'育児休業取得促進超過勤務縮減女性職員登用研修実施',
  ...'、。・「」（）【】 　\t\n',
  ...'ABCabc0123ＡＢＣ０１２ｶﾀｶﾅ',
  ...'ー～〜々〆',
  '𠮷',
  '😀',
];
const reportLikeText = fc
  .array(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...REPORT_CHARACTERS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }),
    {
      maxLength: 120,
    },
  )
  .map((characters) => characters.join(''));

describe('createLatticeTokenizer', () => {
  test('when tokenising the whole seed report, gives exactly kuromoji’s tokens, word positions included', () => {
    const text = seedText();

    const tokens = lattice.tokenize(text);

    expect(tokens.length).toBeGreaterThan(5_000);
    expect(tokens.some((token) => token.word_type === 'UNKNOWN')).toBe(true);
    expect(differenceFromKuromoji(text)).toBeNull();
  });

  test('when tokenising the seed as the analyser sees it (normalised), gives kuromoji’s tokens', () => {
    expect(differenceFromKuromoji(normalize(seedText(), { foldLongVowels: false }))).toBeNull();
  });

  test('when a sentence runs for thousands of characters without 、 or 。, gives kuromoji’s tokens', () => {
    const text = seedText()
      .replace(/[、。]/g, '')
      .slice(0, 6_000);

    expect(differenceFromKuromoji(text)).toBeNull();
  });

  test('when the text holds every character class (widths, symbols, surrogate pairs), gives kuromoji’s tokens', () => {
    expect(differenceFromKuromoji(CHARACTER_CLASSES_TEXT)).toBeNull();
  });

  test('when any BMP character stands alone, repeated or between words, tokenises it as kuromoji does', () => {
    const differing: string[] = [];

    for (let code = 0x00; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // a lone surrogate: that sentence goes to kuromoji itself
      const ch = String.fromCharCode(code);
      if (differenceFromKuromoji(`${ch}の${ch}${ch}研修${ch}テレワーク`) !== null) differing.push(code.toString(16));
    }

    expect(differing).toEqual([]);
  });

  test('when the text holds U+0000, where kuromoji throws, makes it an unknown word and tokenises the rest as kuromoji does', () => {
    expect(() => kuromoji.tokenize('育休\u0000取得')).toThrow();

    const tokens = lattice.tokenize('育休\u0000取得');

    expect(tokens.map((token) => token.surface_form)).toEqual(['育休', '\u0000', '取得']);
    expect(tokens[1]!.word_type).toBe('UNKNOWN');
    expect(firstDifference([tokens[0]!], kuromoji.tokenize('育休'))).toBeNull();
  });

  test('when a sentence fills the lattice exactly (its arrays grow as EOS is added), gives kuromoji’s tokens in a new tokenizer', () => {
    // ブラザーシスター制度 makes 64 nodes, a new lattice's capacity: this hung the service on a search for メンター,
    // whose synonyms include it. The sweep covers other sizes: every prefix of the seed's first sentences, each in a
    // new tokenizer (whose lattice has not grown yet).
    expect(firstDifference(createLatticeTokenizer(kuromoji).tokenize('ブラザーシスター制度'), kuromoji.tokenize('ブラザーシスター制度'))).toBeNull();
    const sentences = seedText().split('。').slice(0, 40);
    const differing = sentences.flatMap((sentence) =>
      Array.from({ length: Math.min(sentence.length, 60) }, (_, n) => sentence.slice(0, n + 1)).filter(
        (text) => firstDifference(createLatticeTokenizer(kuromoji).tokenize(text), kuromoji.tokenize(text)) !== null,
      ),
    );

    expect(differing).toEqual([]);
  });

  test('when the text is empty or only punctuation, gives what kuromoji gives', () => {
    for (const text of ['', '。', '、、。', ' ', '\n']) expect(differenceFromKuromoji(text)).toBeNull();
  });

  test('when given arbitrary report-like text (fast-check), gives kuromoji’s tokens', () => {
    fc.assert(
      fc.property(reportLikeText, (text) => differenceFromKuromoji(text) === null),
      { numRuns: 1_000 },
    );
  });
});
