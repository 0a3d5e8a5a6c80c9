/**
 * Which queries ask for a figure (a rate, a count, a trend, a rise or fall) rather than for what was done.
 */
import { acrossYearsWordingRemoved, asksAcrossYears, asksForFigures, asksForReasons, withoutYearlyWording } from '../../src/analysis/figure-intent';

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

describe('asksAcrossYears', () => {
  test.each([
    '残業対策の年度ごとの移り変わり',
    '女性管理職の割合の推移',
    '年度を追って対象が広がった取組',
    '研修の内容の変遷',
    '男性育休の経年の状況',
    'テレワークの広がり',
    '男性育休の目標の進み具合',
  ])('when the query is %s, it asks how something changed over the years', (query) => {
    expect(asksAcrossYears(query)).toBe(true);
  });

  test.each(['テレワーク', '残業対策', '業務の見直しによる変化', '毎年の研修'])('when the query is %s, it does not', (query) => {
    expect(asksAcrossYears(query)).toBe(false);
  });
});

describe('asksForReasons', () => {
  test.each([
    '超過勤務を減らせなかった理由は何か',
    'なぜペーパーレス化は実施未定なのか',
    '講師が見つからず開けなかったセミナーはあるか',
    '残業の事前申請を始めていない省庁はあるか',
  ])('when the query is %s, it asks why something was not done', (query) => {
    expect(asksForReasons(query)).toBe(true);
  });

  test.each(['テレワーク', '超過勤務の縮減', '取組が遅れている職場への指導', '少しずつ広げた取組'])(
    'when the query is %s, it asks for no reason',
    (query) => {
      expect(asksForReasons(query)).toBe(false);
    },
  );
});

describe('the wording that only asks for the view across years', () => {
  test.each([
    ['面談を使った取組の年度ごとの広がり', '面談を使った取組'],
    ['超過勤務への対応の年度ごとの変化', '超過勤務への対応'],
    ['年度別の育児休業取得率', '育児休業取得率'],
    ['テレワークの推移', 'テレワークの推移'],
    ['働き方の変化', '働き方の変化'],
  ])('withoutYearlyWording(%s) leaves %s: 推移 and a bare 変化 stay for the search to weigh', (query, rest) => {
    expect(withoutYearlyWording(query).replace(/\s+/g, '')).toBe(rest);
  });

  test('when nothing but the wording is typed, the query is kept as it is', () => {
    expect(withoutYearlyWording('年度ごとの変化')).toBe('年度ごとの変化');
  });

  test.each([
    ['取組の年度ごとの変化', '取組'],
    ['女性活躍の取組の移り変わり', '女性活躍の取組'],
    ['取組の進み具合', '取組'],
    ['推移', ''],
    ['経過措置の周知', '経過措置の周知'],
  ])('acrossYearsWordingRemoved(%s) leaves %s', (text, rest) => {
    expect(acrossYearsWordingRemoved(text).replace(/\s+/g, '')).toBe(rest);
  });
});
