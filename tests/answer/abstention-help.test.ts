import { askedOf, searchUrl } from '../../src/answer/abstention-help';
import { classifyQuestion } from '../../src/answer/classify-question';
import { readQuestionScope } from '../../src/answer/question-scope';
import { eraYearLabel } from '../../src/answer/report-catalog';

const MINISTRIES = ['財務省', 'テスト省', '架空庁'];

/** The question asked again of a holder, read as answerQuestion reads it. */
function again(question: string, ministry: string, fiscalYear: number, fiscalYearLabel: string): string | null {
  const scope = readQuestionScope(question, MINISTRIES);
  return askedOf({ question, scope, shape: classifyQuestion(scope.rest, question) }, { ministry, fiscalYear, fiscalYearLabel });
}

describe('askedOf', () => {
  it('when the question typed the ministry and the year in any form, puts the holder’s in their place, the year as printed', () => {
    expect(again('財務省の令和3年度に拡充した取組は？', 'テスト省', 2021, '令和3年度')).toBe('テスト省の令和3年度に拡充した取組は？');
    expect(again('財務の2021年度の年次休暇の平均取得日数は？', 'テスト省', 2021, '令和3年度')).toBe(
      'テスト省の令和3年度の年次休暇の平均取得日数は？',
    );
    expect(again('財務省のR3の新規の取組は？', '架空庁', 2022, '令和４年度')).toBe('架空庁の令和4年度の新規の取組は？');
    expect(again('財務省の今年度に拡充した取組は？', 'テスト省', 2022, '令和4年度')).toBe('テスト省の令和4年度に拡充した取組は？');
  });

  it('when the question typed no year, puts the holder’s year after the ministry, joined as the particle allows', () => {
    expect(again('財務省の年次休暇の平均取得日数は何日？', 'テスト省', 2020, '令和2年度')).toBe(
      'テスト省の令和2年度の年次休暇の平均取得日数は何日？',
    );
    expect(again('財務省はRPAでどれだけ作業時間を減らした？', 'テスト省', 2021, '令和3年度')).toBe(
      'テスト省は令和3年度にRPAでどれだけ作業時間を減らした？',
    );
  });

  it('when the question typed no ministry, puts the holder’s in front', () => {
    expect(again('令和5年度に新規に始めた取組は？', 'テスト省', 2022, '令和4年度')).toBe('テスト省の令和4年度に新規に始めた取組は？');
  });

  it('when asked of a change, keeps its years (each ministry’s own) and changes only the ministry', () => {
    expect(again('架空庁の女性の採用目標の現状は前年度から何ポイント上がった？', 'テスト省', 2021, '令和3年度')).toBe(
      'テスト省の女性の採用目標の現状は前年度から何ポイント上がった？',
    );
  });

  it('when the question names several ministries or years, does not rewrite it', () => {
    expect(again('テスト省と架空庁の令和3年度の年次休暇の平均取得日数は？', '財務省', 2020, '令和2年度')).toBeNull();
    expect(again('テスト省が令和3年度と令和4年度に拡充した取組は？', '財務省', 2020, '令和2年度')).toBeNull();
  });
});

describe('searchUrl', () => {
  it('when given a tag or a status, sets them as the search page’s filters', () => {
    expect(searchUrl('', '財務省', 2020, { tag: ['新規', '拡充'] })).toBe(
      `/?${new URLSearchParams([
        ['ministry', '財務省'],
        ['year', '2020'],
        ['tag', '新規'],
        ['tag', '拡充'],
      ]).toString()}`,
    );
    expect(searchUrl('テレワーク', undefined, undefined, { status: '実施未定' })).toBe(
      `/?${new URLSearchParams({ q: 'テレワーク', status: '実施未定' }).toString()}`,
    );
  });
});

describe('eraYearLabel', () => {
  it.each([
    [2023, '令和5年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('when given %i, names its era year (%s)', (year, label) => {
    expect(eraYearLabel(year)).toBe(label);
  });
});
