import { guessMinistry, readFiscalYear, resolveFiscalYear } from '../../src/ingest/report-meta';

describe('readFiscalYear', () => {
  it.each([
    ['## 令和2年度 …フォローアップ', 2020, '令和2年度'],
    ['令和元年度 …フォローアップ', 2019, '令和元年度'],
    ['令和３年度', 2021, '令和3年度'],
    ['平成30年度 取組計画', 2018, '平成30年度'],
  ])('reads 「%s」 as fiscal year %i (%s)', (text, year, label) => {
    expect(readFiscalYear(text)).toEqual({ fiscalYear: year, label });
  });

  it('when no era year is printed, returns undefined', () => {
    expect(readFiscalYear('2020年度 フォローアップ')).toBeUndefined();
  });
});

describe('resolveFiscalYear', () => {
  it('when the sidecar gives only a number, keeps the printed label if it agrees and writes one if not', () => {
    const printed = { fiscalYear: 2020, label: '令和2年度' };

    expect(resolveFiscalYear(printed, { fiscalYear: 2020 })).toEqual(printed);
    expect(resolveFiscalYear(printed, { fiscalYear: 2021 })).toEqual({ fiscalYear: 2021, label: '2021年度' });
  });
});

describe('guessMinistry', () => {
  it('takes the most frequent name, skipping generic words such as 本省庁, 全府省, 退庁 and 入庁', () => {
    const text = '本省庁の職員。全府省一斉定時退庁日。早期退庁の促進。入庁3年目。国税庁の試験。財務省の理念。財務省再生。';

    expect(guessMinistry(text)).toBe('財務省');
  });

  it('does not count a host such as 「(架空庁主催)」', () => {
    expect(guessMinistry('テスト省の研修。「説明会」(架空庁主催)、「講座」(架空庁主催)に派遣。')).toBe('テスト省');
  });

  it('when two names tie or none is found, returns undefined', () => {
    expect(guessMinistry('テスト省と架空庁の合同研修。')).toBeUndefined();
    expect(guessMinistry('当庁の職員が省内で研修。')).toBeUndefined();
  });
});
