import { readQuestionScope } from '../../src/answer/question-scope';

describe('readQuestionScope', () => {
  const corpus = ['財務省'];

  it('when the question names a corpus ministry and a fiscal year, reads both and removes them', () => {
    const scope = readQuestionScope('財務省の令和2年度の女性の採用目標は？', corpus);

    expect(scope).toMatchObject({ ministry: '財務省', foreignMinistry: null, fiscalYear: 2020, fiscalYearText: '令和2年度' });
    expect(scope.rest).toBe('女性の採用目標は？');
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
      foreignMinistry: null,
      fiscalYear: null,
      fiscalYearText: null,
      rest: 'メンター制度の実施状況は？',
    });
  });

  it('when a date is a month or a fiscal year end, does not take it as the report year', () => {
    expect(readQuestionScope('令和2年度末の目標は？', corpus).fiscalYear).toBeNull();
  });

  it('when 本省 appears inside a post title, does not read a ministry', () => {
    expect(readQuestionScope('本省課室長相当職の女性登用目標は？', corpus).ministry).toBeNull();
  });
});
