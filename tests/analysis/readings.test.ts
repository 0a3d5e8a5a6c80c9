/**
 * Readings for hiragana typed for kanji: the key folds long vowels however they are written, and the terms are the
 * nouns and noun runs of real text with kuromoji's readings.
 */
import { readingKey, readingTerms } from '../../src/analysis/readings';
import { loadTokenizer, type Tokenizer } from '../../src/analysis/load-tokenizer';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

describe('readingKey', () => {
  test.each([
    ['ちょうか', 'チョウカ'],
    ['ちょーか', 'チョウカ'],
    ['けいえい', 'ケーエー'],
    ['きゅうか', 'キューカ'],
  ])('when %s and %s are keyed, the keys are equal', (typed, read) => {
    expect(readingKey(typed)).toBe(readingKey(read));
  });

  test('when readings differ in more than vowel length, the keys differ', () => {
    expect(readingKey('きかん')).not.toBe(readingKey('きんかん'));
    expect(readingKey('かいご')).not.toBe(readingKey('かご'));
  });
});

describe('readingTerms', () => {
  test('when a text prints a compound of nouns, its words and the compound are read', () => {
    const terms = readingTerms(tokenizer.tokenize('超過勤務の縮減を図った。'));

    expect(terms).toEqual(
      expect.arrayContaining([
        { surface: '超過', reading: readingKey('ちょうか') },
        { surface: '超過勤務', reading: readingKey('ちょうかきんむ') },
        { surface: '縮減', reading: readingKey('しゅくげん') },
      ]),
    );
  });

  test('when a particle or a verb stands between nouns, no compound spans it', () => {
    const surfaces = readingTerms(tokenizer.tokenize('超過勤務の縮減を図った。')).map((term) => term.surface);

    expect(surfaces).not.toContain('勤務縮減');
    expect(surfaces.some((surface) => surface.includes('図'))).toBe(false);
  });
});
