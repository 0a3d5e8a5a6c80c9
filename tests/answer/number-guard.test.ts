import { unsupportedNumbers } from '../../src/answer/number-guard';
import type { AnswerSource } from '../../src/answer/types';

const source = (text: string): AnswerSource => ({ id: 'a1b2c3d4e5f6', text, ministry: 'テスト省', fiscalYear: 2021 });

describe('unsupportedNumbers', () => {
  it('when every number of the answer is printed in a source, finds none', () => {
    expect(unsupportedNumbers('13名（女性13名を中途採用した）', [source('女性13名を中途採用した。')])).toEqual([]);
  });

  it('when the answer states a number no source prints, names it', () => {
    expect(unsupportedNumbers('14名', [source('女性13名を中途採用した。')])).toEqual(['14名']);
  });

  it('when the answer gives the western form of an era date in a source, accepts it', () => {
    const sources = [source('現状：15.4%(令和2年7月)')];

    expect(unsupportedNumbers('2020年7月（令和2年7月）に15.4%', sources)).toEqual([]);
  });

  it('when the answer gives a date no source has, names it even if its digits are printed elsewhere', () => {
    expect(unsupportedNumbers('2021年7月', [source('現状：15.4%(令和2年7月)、2021名')])).toEqual(['2021年7月']);
  });

  it('when the answer states the gap between two printed numbers at their precision, accepts it', () => {
    const sources = [source('目標：30%程度(令和2年度末)、現状：24.0%(令和2年7月)')];

    expect(unsupportedNumbers('未達成、差 -6.0ポイント', sources)).toEqual([]);
    expect(unsupportedNumbers('未達成、差 -6.5ポイント', sources)).toEqual(['6.5ポイント']);
  });

  it('when the answer names the report year of its source (［テスト省・2021年度］), accepts it', () => {
    expect(unsupportedNumbers('［テスト省・2021年度］実施', [source('実施状況：実施')])).toEqual([]);
  });
});
