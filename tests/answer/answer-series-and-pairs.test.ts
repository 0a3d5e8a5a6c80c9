import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

/**
 * Figures followed over three years, ministries each asked of its own year, a target's distance and two fields of one
 * row compared, over the sixteen reports (fixtures: 架空省 年休 12.4 → 13.8 → 14.5日, 超勤 25.3 → 22.0 → 19.8時間;
 * 架空庁 令和2年度 prints no 年休).
 */
describe('answerQuestion on series, pairs and distances (corpus all)', () => {
  let opened: OpenedAnswerEngine;
  const ask = (question: string) => answerQuestion(opened.engine, question);

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('when a trend is asked over three named years, gives every year’s figure and says whether it rose each year', () => {
    const answer = ask('架空省の年次休暇の平均取得日数は令和2年度、令和3年度、令和4年度と年々増えていますか');

    expect(answer.answer).toBe(
      '［架空省］令和2年度（2020年度）：12.4日 → 令和3年度（2021年度）：13.8日 → 令和4年度（2022年度）：14.5日（差 +2.1日、毎年増加）',
    );
    expect(answer.sources.map((s) => s.fiscalYear)).toEqual([2020, 2021, 2022]);
  });

  it('when a trend names a range of years, reads every loaded year in it, the middle one too', () => {
    const answer = ask('架空省の月平均超過勤務時間は令和2年度から令和4年度まで一貫して減っている？');

    expect(answer.answer).toContain('25.3時間 → 令和3年度（2021年度）：22.0時間 → 令和4年度（2022年度）：19.8時間');
    expect(answer.answer).toContain('毎年減少');
  });

  it('when one year of a trend prints no figure, says so of that year and follows the others', () => {
    const answer = ask('架空庁の年休の推移は？');

    expect(answer.answer).toContain('令和2年度（2020年度）：記載なし → 令和3年度（2021年度）：13.0日 → 令和4年度（2022年度）：13.6日');
    // The year said to print none is cited by its report.
    expect(answer.sources.find((s) => s.fiscalYear === 2020)?.field).toBe('report');
  });

  it('when the latest year’s best count is one the earlier report lacks, compares the figure both years print', () => {
    // テスト省 令和4年度 also prints 「5日に満たない職員」 beside its 平均取得日数.
    const answer = ask('テスト省の年休は前年度から何日変わった？');

    expect(answer.answer).toContain('15.1日 → 令和4年度（2022年度）：15.8日（差 +0.7日）');
  });

  it('when two figures are asked by their short words (年休と超勤), answers each on a line named by its word', () => {
    const answer = ask('架空省の年休と超勤、令和3年度から令和4年度でどう変わった？');

    expect(answer.answer).toContain('年休：令和3年度（2021年度）：13.8日 → 令和4年度（2022年度）：14.5日');
    expect(answer.answer).toContain('超勤：令和3年度（2021年度）：22.0時間 → 令和4年度（2022年度）：19.8時間');
  });

  it('when each ministry is named with a year of its own, compares those two reports and names the higher', () => {
    const answer = ask('財務省の令和2年度とテスト省の令和4年度で、本省課室長相当職の女性の割合はどちらが高い？');

    expect(answer.answer).toMatch(/^高いのは財務省の令和2年度（2020年度）（6\.3%/);
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['財務省:2020']);
    expect(answer.table?.map((row) => `${row.ministry}:${row.fiscalYear}`)).toEqual(['財務省:2020', 'テスト省:2022']);
  });

  it('when asked the year of a superlative across every ministry and year, names the ministry and the year', () => {
    const answer = ask('令和2年度から令和4年度までで、月平均の超過勤務時間がいちばん長かったのはどこの何年度ですか');

    expect(answer.answer).toMatch(/^いちばん長いのは架空省の令和2年度（2020年度）（25\.3時間）/);
  });

  it('when asked how far a figure is from its target, gives the verdict with both figures and the gap', () => {
    const answer = ask('試験庁の男の産休の取得率は目標まで残り何ポイント？');

    expect(answer.answer).toContain('現状：81.0%');
    expect(answer.answer).toContain('100%');
    expect(answer.answer).toContain('差 -19.0ポイント');
  });

  it('when the distance to the target is compared with the year before, answers both years', () => {
    const answer = ask('テスト省の本省課室長相当職の女性の割合、目標までの差は前年度と比べて広がった？');

    expect(answer.answer).toContain('テスト省（令和3年度（2021年度））：未達成（現状：5.1%');
    expect(answer.answer).toContain('テスト省（令和4年度（2022年度））：未達成（現状：6.0%');
  });

  it('when the baseline is held against the present, gives both fields', () => {
    const answer = ask('財務省の総合職の女性の採用割合は、目標を設定した時点と比べて現在は上がった？');

    expect(answer.answer).toContain('目標設定時：39.3%');
    expect(answer.answer).toContain('現状：31.4%');
  });

  it('when 追いついた holds one ministry-year’s figure against another’s, says which is higher', () => {
    const answer = ask('テスト省の令和2年度の年休は、架空省の令和4年度の水準に追いついた？');

    expect(answer.answer).toMatch(/^上回っているのは架空省の令和4年度（2022年度）（14\.5日）/);
    expect(answer.answer).toContain('14.2日');
  });
});
