import fc from 'fast-check';
import { decimalsOf, findNumbers, formatNumber, parseJapaneseNumber, parseKanjiNumber, toHalfWidthDigits } from '../../src/answer/japanese-numbers';

/** Writes a positive integer below 10^12 in kanji the way documents do (十三, 二千二十, 一万二千). */
function toKanji(n: number): string {
  const digits = '〇一二三四五六七八九';
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  const small = (m: number): string =>
    units
      .map(([unit, name]) => {
        const d = Math.floor(m / unit) % 10;
        if (d === 0) return '';
        return (d === 1 && unit > 1 ? '' : digits.charAt(d)) + name;
      })
      .join('');
  const oku = Math.floor(n / 1e8);
  const man = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  return (oku ? `${small(oku)}億` : '') + (man ? `${small(man)}万` : '') + small(rest);
}

describe('parseJapaneseNumber', () => {
  it.each([
    ['13', 13],
    ['１３', 13],
    ['43.6', 43.6],
    ['４３．６', 43.6],
    ['1,234', 1234],
    ['３万', 30000],
    ['1.5万', 15000],
    ['十三', 13],
    ['二十五', 25],
    ['百二', 102],
    ['三千四百', 3400],
    ['一万二千', 12000],
    ['二〇二〇', 2020],
  ])('when given %s, reads %d', (printed, expected) => {
    expect(parseJapaneseNumber(printed)).toBe(expected);
  });

  it.each(['', '取得率', '1.2.3', 'abc', '13名'])('when given %p, which is not one number, returns null', (text) => {
    expect(parseJapaneseNumber(text)).toBeNull();
  });

  it('when given any integer written in kanji, reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseKanjiNumber(toKanji(n))).toBe(n);
      }),
    );
  });
});

describe('findNumbers', () => {
  it('when a statement counts people, finds the count with its counter', () => {
    const found = findNumbers('税関の選考採用試験(係長級)において、女性13名を中途採用した。');

    expect(found).toEqual([{ value: 13, unit: '名', text: '13名', start: 21, end: 24 }]);
  });

  it('when a metric prints percentages and era years, finds each with its unit', () => {
    const text = '目標：13%（令和2年）、現状：43.6%（令和元年度）、目標設定時：6.6%（平成26年度）';

    const found = findNumbers(text).map((n) => [n.value, n.unit]);

    expect(found).toEqual([
      [13, '%'],
      [2, '年'],
      [43.6, '%'],
      [6.6, '%'],
      [26, '年'],
    ]);
  });

  it('when counters are spelt in their variants, gives the canonical counter', () => {
    const found = findNumbers('１か月、2ヶ月、3カ月、十三人、５日、一日1時間、５０％、3ポイント');

    expect(found.map((n) => `${n.value}${n.unit}`)).toEqual(['1か月', '2か月', '3か月', '13人', '5日', '1日', '1時間', '50%', '3ポイント']);
  });

  it('when a kanji digit is part of a word (一部, 一層, 一定), does not read it as a number', () => {
    // An organisation's units are one counter, whatever the level named (部署, 部局, 課室).
    expect(findNumbers('3部署で試行し、5部局、2課室に広げた').map((n) => [n.value, n.unit])).toEqual([
      [3, '部署'],
      [5, '部署'],
      [2, '部署'],
    ]);
    expect(findNumbers('一部の職員の一層の推進、一定時間を超過')).toEqual([]);
  });

  it('when a date says 4月, reads the month as a number without a counter', () => {
    expect(findNumbers('2020年4月に開設').map((n) => [n.value, n.unit])).toEqual([
      [2020, '年'],
      [4, ''],
    ]);
  });
});

describe('number formatting helpers', () => {
  it('when half-width digits are asked for, converts full-width digits, point and percent only', () => {
    expect(toHalfWidthDigits('４３．６％（令和２年）')).toBe('43.6%（令和2年）');
  });

  it('when a number is printed with a trailing zero, counts its decimals', () => {
    expect([decimalsOf('24.0'), decimalsOf('12'), decimalsOf('４．５')]).toEqual([1, 0, 1]);
  });

  it('when a difference has floating-point noise, formats it at the printed precision', () => {
    expect(formatNumber(15.4 - 12, 1)).toBe('3.4');
  });
});
