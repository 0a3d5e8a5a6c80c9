/**
 * Which queries ask for a figure (a rate, a count, a trend, a rise or fall) rather than for what was done.
 */
import { asksForFigures } from '../../src/analysis/figure-intent';

describe('asksForFigures', () => {
  test.each([
    '女性管理職の割合の推移',
    '超過勤務はどれだけ減ったのか',
    '男性職員の育児休業取得率は',
    'メンター制度の利用者数',
    '年次休暇の平均取得日数',
    'テレワークは何人が実施したか',
    '係長相当職の女性比率',
  ])('when the query is %s, it asks for a figure', (query) => {
    expect(asksForFigures(query)).toBe(true);
  });

  test.each(['テレワーク', '業務の効率化', '女性の採用を増やすための広報活動', '管理職向けにどんな研修をしているか', '育児休業からの職場復帰'])(
    'when the query is %s, it asks for initiatives, not a figure',
    (query) => {
      expect(asksForFigures(query)).toBe(false);
    },
  );

  test('when the query is typed full width, it is read after NFKC', () => {
    expect(asksForFigures('何％')).toBe(true);
  });
});
