import { readQuestionScope } from '../../src/answer/question-scope';

describe('readQuestionScope', () => {
  const corpus = ['財務省'];

  it('when the question names a corpus ministry and a fiscal year, reads both and removes them', () => {
    const scope = readQuestionScope('財務省の令和2年度の女性の採用目標は？', corpus);

    expect(scope).toMatchObject({ ministry: '財務省', foreignMinistry: null, fiscalYear: 2020, fiscalYearText: '令和2年度' });
    expect(scope.rest).toBe('女性の採用目標は？');
  });

  it('when the question names two corpus ministries, reads both in order and scopes to neither alone', () => {
    const scope = readQuestionScope('テスト省と架空庁の令和3年度の年次休暇の平均取得日数は？', ['財務省', 'テスト省', '架空庁']);

    expect(scope).toMatchObject({ ministry: null, ministries: ['テスト省', '架空庁'], foreignMinistry: null, rest: '年次休暇の平均取得日数は？' });
  });

  it('when a loaded ministry is named with the wrong ending (模擬庁 for 模擬省), reads it, unless its short form is ambiguous', () => {
    const ministries = ['財務省', '架空庁', '架空省', '模擬省'];

    expect(readQuestionScope('模擬庁の本省課室長相当職の女性登用は？', ministries)).toMatchObject({ ministry: '模擬省', foreignMinistry: null });
    // 架空省 and 架空庁 are both loaded: 架空府 is neither.
    expect(readQuestionScope('架空府の目標は？', ministries)).toMatchObject({ ministry: null, foreignMinistry: '架空府' });
    expect(readQuestionScope('国税庁の採用は？', ministries)).toMatchObject({ ministry: null, foreignMinistry: '国税庁' });
  });

  it('when the year is western (2020年度), reads the same fiscal year', () => {
    expect(readQuestionScope('2020年度の休暇の取得促進は？', corpus).fiscalYear).toBe(2020);
  });

  it('when the question names 令和元年度, reads 2019', () => {
    expect(readQuestionScope('令和元年度の育児休業取得率は？', corpus).fiscalYear).toBe(2019);
  });

  it('when the question names a ministry the corpus lacks, reports it as foreign', () => {
    const scope = readQuestionScope('防衛省の女性の登用目標は？', corpus);

    expect(scope).toMatchObject({ ministry: null, foreignMinistry: '防衛省' });
  });

  it('when the question names no ministry or year, leaves both null and the text whole', () => {
    expect(readQuestionScope('メンター制度の実施状況は？', corpus)).toEqual({
      ministry: null,
      ministryText: null,
      ministries: [],
      foreignMinistry: null,
      fiscalYear: null,
      fiscalYearText: null,
      fiscalYears: [],
      yearSpan: null,
      relative: null,
      relativeText: null,
      pairs: [],
      rest: 'メンター制度の実施状況は？',
    });
  });

  it('when a span of years is written with 〜 (令和2〜4年度, 2020～2022年度), names every year in it; with から, its two ends', () => {
    const compact = readQuestionScope('令和2〜4年度の実施未定の件数', corpus);
    const western = readQuestionScope('2020～2022年度の新規', corpus);
    const joined = readQuestionScope('令和2年度〜令和4年度の新規', corpus);
    const from = readQuestionScope('令和2年度から令和4年度までに何ポイント伸びた？', corpus);

    expect(compact.fiscalYears).toEqual([2020, 2021, 2022]);
    expect(compact.rest).toBe('実施未定の件数');
    expect(western.fiscalYears).toEqual([2020, 2021, 2022]);
    expect(joined.fiscalYears).toEqual([2020, 2021, 2022]);
    expect(from.fiscalYears).toEqual([2020, 2022]);
    expect([compact, western, joined, from].map((scope) => scope.yearSpan)).toEqual(Array(4).fill({ from: 2020, to: 2022 }));
  });

  it('when each of two ministries is named with a year of its own, pairs each ministry with its year', () => {
    const before = readQuestionScope('令和2年度の財務省と令和4年度のテスト省、女性比率はどっちが高い？', ['財務省', 'テスト省'], [2020, 2021, 2022]);
    expect(before.pairs).toEqual([
      { ministry: '財務省', fiscalYear: 2020 },
      { ministry: 'テスト省', fiscalYear: 2022 },
    ]);
    const after = readQuestionScope('財務省の令和2年度とテスト省の令和4年度を比べて', ['財務省', 'テスト省'], [2020, 2021, 2022]);
    expect(after.pairs).toEqual([
      { ministry: '財務省', fiscalYear: 2020 },
      { ministry: 'テスト省', fiscalYear: 2022 },
    ]);
    // Two years and two ministries not each joined by の: a table of both years, no pairing.
    expect(readQuestionScope('財務省とテスト省の令和2年度と令和4年度の女性比率', ['財務省', 'テスト省'], [2020, 2021, 2022]).pairs).toEqual([]);
  });

  it('when the ministry is named by its short form (財務), reads the corpus name', () => {
    expect(readQuestionScope('財務の女性の採用目標は？', corpus)).toMatchObject({ ministry: '財務省', rest: '女性の採用目標は？' });
  });

  it('when the question says 今年度, 前年度 or 昨年度, reads a relative year and removes it', () => {
    expect(readQuestionScope('今年度の休暇の取得促進は？', corpus)).toMatchObject({ relative: 'latest', rest: '休暇の取得促進は？' });
    expect(readQuestionScope('昨年度の休暇の取得促進は？', corpus).relative).toBe('previous');
  });

  it('when two fiscal years are named, reads both in order', () => {
    expect(readQuestionScope('令和2年度から2022年度までの変化は？', corpus).fiscalYears).toEqual([2020, 2022]);
  });

  it('when a name is built like a ministry’s but the corpus lacks it, reports it as foreign without a list of ministries', () => {
    expect(readQuestionScope('架空開発庁の女性の登用目標は？', corpus).foreignMinistry).toBe('架空開発庁');
    expect(readQuestionScope('各府省の取組は？', corpus).foreignMinistry).toBeNull();
  });

  it('when a date is a month or a fiscal year end, does not take it as the report year', () => {
    expect(readQuestionScope('令和2年度末の目標は？', corpus).fiscalYear).toBeNull();
  });

  it('when the year is written as in tables (R4, Ｒ４, H30, FY2022), reads that fiscal year and removes it', () => {
    expect(readQuestionScope('財務省のR4の女性の採用目標は？', corpus)).toMatchObject({
      fiscalYear: 2022,
      fiscalYearText: 'R4',
      rest: '女性の採用目標は？',
    });
    expect(readQuestionScope('Ｒ４の休暇の取得促進は？', corpus).fiscalYear).toBe(2022);
    expect(readQuestionScope('H30の休暇の取得促進は？', corpus).fiscalYear).toBe(2018);
    expect(readQuestionScope('FY2022の休暇の取得促進は？', corpus).fiscalYear).toBe(2022);
  });

  it('when letters and digits only look like a short year (RPA, R4年, R456, R4A), reads no fiscal year', () => {
    for (const question of ['RPAで削減した作業時間は？', 'R4年4月に開設した保育所は？', 'R456の取組は？', 'R4Aの取組は？']) {
      expect(readQuestionScope(question, corpus).fiscalYears).toEqual([]);
    }
  });

  it('when the ministry or a relative year is named, keeps them as the question spells them', () => {
    expect(readQuestionScope('財務の昨年度の女性の採用目標は？', corpus)).toMatchObject({
      ministry: '財務省',
      ministryText: '財務',
      relativeText: '昨年度',
    });
  });

  it('when 本省 appears inside a post title, does not read a ministry', () => {
    expect(readQuestionScope('本省課室長相当職の女性登用目標は？', corpus).ministry).toBeNull();
  });

  it('when a year is typed without 度, reads it as a report year if it is one of the reports’ years or the next, not a target’s horizon', () => {
    const years = [2020, 2021, 2022];

    expect(readQuestionScope('架空庁の令和3年の年休は？', ['架空庁'], years).fiscalYears).toEqual([2021]);
    expect(readQuestionScope('架空庁、令和5年は定例会議のペーパーレス化できたの？', ['架空庁'], years).fiscalYears).toEqual([2023]);
    expect(readQuestionScope('テスト省の男性職員の育児休業取得率の令和7年の目標は？', ['テスト省'], years).fiscalYears).toEqual([]);
    expect(readQuestionScope('令和4年までに達成する目標は？', ['テスト省'], years).fiscalYears).toEqual([]);
    expect(readQuestionScope('架空庁の令和3年の年休は？', ['架空庁']).fiscalYears).toEqual([]);
  });
});

describe('the year after the one named (翌年度)', () => {
  it('when a question says 翌年度 after naming a year, reads the year after it too', () => {
    expect(readQuestionScope('令和2年度は実施未定だったのに、翌年度の報告で動き出した項目は？', ['テスト省']).fiscalYears).toEqual([2020, 2021]);
    expect(readQuestionScope('テスト省の令和3年度と次年度の超過勤務時間', ['テスト省']).fiscalYears).toEqual([2021, 2022]);
  });

  it('when no year is named before it, or the next year is named already, adds nothing', () => {
    expect(readQuestionScope('翌年度に実施予定の取組は？', ['テスト省']).fiscalYears).toEqual([]);
    expect(readQuestionScope('令和2年度の報告で翌年度に回すとした項目は、令和3年度にどうなった？', ['テスト省']).fiscalYears).toEqual([2020, 2021]);
  });
});
