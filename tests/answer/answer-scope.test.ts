import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion over several ministries and years (seed + テスト省 令和3年度 + 架空庁 令和2年度)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ withFixtures: true });
  });

  afterAll(() => opened?.close());

  it('when the question names a ministry, answers from that ministry and says so', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の男性職員の育児休業取得率の現状は？');

    expect(answer.answer).toContain('25.5%');
    expect(answer.answer).toContain('テスト省');
    expect(answer.scope).toMatchObject({ ministry: 'テスト省', fiscalYear: 2021 });
  });

  it('when another ministry is named for the same metric, answers with that ministry’s value', () => {
    const answer = answerQuestion(opened.engine, '財務省の男性職員の育児休業取得率の現状は？');

    expect(answer.answer).toContain('43.6%');
    expect(answer.scope).toMatchObject({ ministry: '財務省', fiscalYear: 2020 });
  });

  it('when the question names a fiscal year, answers from that year’s report', () => {
    const answer = answerQuestion(opened.engine, '令和3年度の係長相当職(本省)の女性登用目標は達成した？');

    expect(answer.answer).toContain('未達成');
    expect(answer.answer).toContain('27.9%');
    expect(answer.answer).toContain('-2.1ポイント');
    expect(answer.scope).toMatchObject({ ministry: 'テスト省', fiscalYear: 2021 });
  });

  it('when the question names neither and two ministries hold the figure, answers per ministry in a table', () => {
    const answer = answerQuestion(opened.engine, '男性職員の育児休業取得率の現状は？');

    expect(answer.table?.map((row) => [row.ministry, row.fiscalYearLabel])).toEqual([
      ['テスト省', '令和3年度'],
      ['財務省', '令和2年度'],
    ]);
    expect(answer.answer).toContain('テスト省（令和3年度（2021年度））：現状：25.5%');
    expect(answer.answer).toContain('財務省（令和2年度（2020年度））：現状：43.6%');
    expect(answer.scope).toBeUndefined();
  });

  it('when a what-question matches statements of several reports, keeps to one report', () => {
    const answer = answerQuestion(opened.engine, '架空庁のメンター制度について何をした？');

    expect(answer.answer).toContain('メンター制度を設けた');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空庁']));
    expect(answer.scope).toMatchObject({ ministry: '架空庁', fiscalYear: 2020 });
  });

  it('when a status question names a ministry whose row is 実施未定, gives that ministry’s reason', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の育児等を理由に国家公務員を中途退職した女性の中途採用の実施状況は？');

    expect(answer.answer).toContain('実施未定');
    expect(answer.answer).toContain('応募者の中に該当する者がいなかった');
  });

  it('when the question names a year no report covers, abstains', () => {
    const answer = answerQuestion(opened.engine, '令和5年度のメンター制度の実施状況は？');

    expect(answer.answer).toBeNull();
  });
});
