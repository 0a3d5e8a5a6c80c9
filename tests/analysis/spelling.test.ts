import { isHiragana, longVowelVariants, okuriganaVariants, toKatakana, voicingVariants, withinOneEdit } from '../../src/analysis/spelling';

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

  test('okurigana › left out inside a compound as official writing does, then with a shorter ending, then none', () => {
    expect(okuriganaVariants('打ち合わせ')).toEqual(['打合わせ', '打合せ', '打合']);
    expect(okuriganaVariants('申し込み')).toEqual(['申込み', '申込']);
    // A particle between two words is kept: の joins 育児休業 and 取得.
    expect(okuriganaVariants('育児休業の取得')).toEqual([]);
    expect(okuriganaVariants('引き継ぎ書')).toEqual(['引継書']);
    expect(okuriganaVariants('見直し')).toEqual([]);
    // A verb's ending before a noun is no okurigana: 使った職員 is not 使職員.
    expect(okuriganaVariants('フレックスタイム制を使った職員')).toEqual([]);
    expect(okuriganaVariants('実施した年度')).toEqual([]);
    expect(okuriganaVariants('受ける職員')).toEqual([]);
    expect(okuriganaVariants('テレワーク')).toEqual([]);
  });

  test('voicing › one kana voiced, unvoiced or half-voiced at a time, never the word itself', () => {
    expect(voicingVariants('シード')).toEqual(['ジード', 'シート']);
    expect(voicingVariants('ハ')).toEqual(['バ', 'パ']);
    expect(voicingVariants('パ')).toEqual(['ハ', 'バ']);
    expect(voicingVariants('ー')).toEqual([]);
  });
});
