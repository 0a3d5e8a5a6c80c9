import fc from 'fast-check';
import { describeDate, findDates, formatWestern, parseJapaneseDate, westernYear } from '../../src/answer/japanese-dates';

describe('parseJapaneseDate', () => {
  it.each([
    ['2020年4月', 2020, 4, null, false, '2020-04'],
    ['令和2年4月1日', 2020, 4, 1, false, '2020-04-01'],
    ['平成27年7月', 2015, 7, null, false, '2015-07'],
    ['令和元年度', 2019, null, null, true, 'FY2019'],
    ['平成26年度', 2014, null, null, true, 'FY2014'],
    ['令和２年', 2020, null, null, false, '2020'],
    ['2020年度', 2020, null, null, true, 'FY2020'],
    ['令和2年度末', 2020, null, null, true, 'FY2020末'],
    ['H27年7月', 2015, 7, null, false, '2015-07'],
    ['平成二十七年七月', 2015, 7, null, false, '2015-07'],
    ['昭和64年1月7日', 1989, 1, 7, false, '1989-01-07'],
  ])('when given %s, reads year %d month %p day %p (fiscal %p) as %s', (text, year, month, day, fiscal, iso) => {
    const date = parseJapaneseDate(text);

    expect(date).toMatchObject({ year, month, day, fiscal, iso });
  });

  it.each(['令和2年13月', '2020年4月32日', '取組', '令和2年の取組'])('when given %p, returns null', (text) => {
    expect(parseJapaneseDate(text)).toBeNull();
  });

  it('when given any 令和 year, gives 2018 + n and the same for the 元 spelling of year 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(westernYear('令和', String(n))).toBe(2018 + n);
      }),
    );
    expect(westernYear('令和', '元')).toBe(2019);
  });
});

describe('findDates', () => {
  it('when a statement mentions an opening date, finds it with its offsets', () => {
    const text = '財務省本庁舎内保育所を2020年4月に開設し、運営を開始した';

    const [date] = findDates(text);

    expect(date).toMatchObject({ text: '2020年4月', start: 11, end: 18, iso: '2020-04' });
  });

  it('when a metric prints several periods, finds each in order', () => {
    const text = '目標：12%程度(令和2年度末)、現状：15.4%(令和2年7月)、目標設定時：10.6%(平成27年7月)';

    expect(findDates(text).map((d) => d.iso)).toEqual(['FY2020末', '2020-07', '2015-07']);
  });

  it('when a report cites a published guide, finds its date (平成29年4月)', () => {
    const text = '「管理職に求められるマネジメント行動のポイント」(平成29年4月 内閣官房内閣人事局)';

    expect(findDates(text).map((d) => [d.text, d.iso])).toEqual([['平成29年4月', '2017-04']]);
  });
});

describe('describeDate', () => {
  it('when the date is printed with an era, gives the western form and the printed one', () => {
    expect(describeDate(parseJapaneseDate('令和2年4月1日')!)).toBe('2020年4月1日（令和2年4月1日）');
  });

  it('when the date is printed in the western calendar, gives it once', () => {
    expect(describeDate(parseJapaneseDate('2020年4月')!)).toBe('2020年4月');
  });

  it('when the date is a fiscal year end, says 年度末', () => {
    expect(formatWestern(parseJapaneseDate('令和2年度末')!)).toBe('2020年度末');
  });
});
