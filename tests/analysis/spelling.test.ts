import { isHiragana, longVowelVariants, toKatakana, withinOneEdit } from '../../src/analysis/spelling';

describe('spelling variants', () => {
  test('when hiragana is typed for a katakana word, gives the katakana', () => {
    expect(isHiragana('てれわーく')).toBe(true);
    expect(toKatakana('てれわーく')).toBe('テレワーク');
    expect(isHiragana('テレワーク')).toBe(false);
  });

  test('when a long vowel is missing or extra, the variants include the word as written', () => {
    expect(longVowelVariants('テレワク')).toContain('テレワーク');
    expect(longVowelVariants('ペーパレス')).toContain('ペーパーレス');
    expect(longVowelVariants('メンタールヘルス')).toContain('メンタルヘルス');
    expect(longVowelVariants('研修')).toEqual([]);
  });

  test('withinOneEdit › when two words differ by one insertion, deletion, replacement or swap, is true; by two, false', () => {
    expect(withinOneEdit('テレワーク', 'テレワク')).toBe(true);
    expect(withinOneEdit('フレックス', 'フレッスク')).toBe(true);
    expect(withinOneEdit('メンター', 'メンバー')).toBe(true);
    expect(withinOneEdit('ペーパーレス', 'ペパーレ')).toBe(false);
    expect(withinOneEdit('研修', '研修')).toBe(true);
  });
});
