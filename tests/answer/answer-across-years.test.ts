import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion over seven reports (財務省 令和2年度, テスト省 and 架空庁 令和2–4年度)', () => {
  let opened: OpenedAnswerEngine;
  const ask = (question: string) => answerQuestion(opened.engine, question);

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'years' });
  });

  afterAll(() => opened?.close());

  it('when a figure stands only in the results column, answers it with the year as printed and the western year', () => {
    const answer = ask('テスト省の令和3年度の年次休暇の平均取得日数は何日？');

    expect(answer.answer).toContain('［テスト省・令和3年度（2021年度）］15.1日');
    expect(answer.sources[0]).toMatchObject({ ministry: 'テスト省', fiscalYear: 2021, fiscalYearLabel: '令和3年度', field: 'results' });
    expect(answer.sources[0]?.origin?.lines).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('when the report prints the figure in full-width digits (３４．２％), answers it in half-width', () => {
    const answer = ask('テスト省の令和4年度の男性職員の育児休業取得率の現状は？');

    expect(answer.answer).toContain('34.2%');
    expect(answer.sources[0]?.text).toContain('３４．２％');
  });

  it('when the question names the other sex, care or leave than the only matching target row, abstains instead of quoting it', () => {
    const female = ask('テスト省の令和4年度の女性職員の育児休業取得率は？');
    const care = ask('財務省の女性職員の介護休暇取得率は？');

    expect(female.answer).toBeNull();
    expect(female.note).toBe('テスト省の令和4年度（2022年度）の報告には記載がありません。男性職員の育児休業取得率の記載はあります');
    expect(care.answer).toBeNull();
    expect(ask('テスト省の令和4年度の男性職員の育児休業取得率は？').answer).toContain('34.2%');
  });

  it('when the question names two ministries, answers each of them in a table, not only the surer one', () => {
    const answer = ask('テスト省と架空庁の令和3年度の年次休暇の平均取得日数は？');

    expect(answer.table?.map((row) => `${row.ministry} ${row.fiscalYear} ${row.value.slice(0, 5)}`)).toEqual([
      'テスト省 2021 15.1日',
      '架空庁 2021 13.0日',
    ]);
  });

  it('when the question names two years one by one (令和3年度と令和4年度), answers from each year’s report', () => {
    const answer = ask('テスト省が令和3年度と令和4年度に拡充した取組は？');

    expect(answer.table?.map((row) => row.fiscalYear)).toEqual([2021, 2022]);
    expect(answer.answer).toContain('議事録作成支援ソフトを全部局に導入');
    expect(answer.answer).toContain('勤怠管理システムを導入');
  });

  it('when the ministry is named by its short form, answers from that ministry', () => {
    const answer = ask('テストの令和2年度の年次休暇の平均取得日数は？');

    expect(answer.answer).toContain('14.2日');
    expect(answer.scope).toMatchObject({ ministry: 'テスト省', fiscalYear: 2020 });
  });

  it('when the question says 今年度 or 前年度, reads them as the ministry’s latest report and the one before', () => {
    expect(ask('架空庁の今年度の年次休暇の平均取得日数は？').answer).toContain('13.6日');
    expect(ask('架空庁の前年度の年次休暇の平均取得日数は？').answer).toContain('13.0日');
  });

  it('when only another ministry’s report holds the figure, abstains and names the reports that hold it', () => {
    const answer = ask('財務省の年次休暇の平均取得日数は何日？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toMatch(
      /^財務省の報告には記載がありません（テスト省の令和2年度（2020年度）・令和3年度（2021年度）・令和4年度（2022年度）、架空庁の令和3年度（2021年度）・令和4年度（2022年度）の報告に記載があります）$/,
    );
    expect(answer.heldBy?.map((r) => r.ministry)).toContain('テスト省');
  });

  it('when it abstains, names the year as the report prints it with the western year, however the question typed it', () => {
    const note = (year: string) => ask(`テスト省の${year}の女性職員の育児休業取得率は？`).note;
    const expected = 'テスト省の令和4年度（2022年度）の報告には記載がありません。男性職員の育児休業取得率の記載はあります';

    for (const year of ['2022年度', '令和4年度', '令和４年度', 'R4', 'R4年度', '今年度']) expect(note(year)).toBe(expected);
    expect(note('前年度')).toBe('テスト省の令和3年度（2021年度）の報告には記載がありません。男性職員の育児休業取得率の記載はあります');
    // A year no report of the ministry prints is named in its era, as a report that is not loaded (not one lacking the figure).
    expect(ask('財務省の2022年度の年次休暇の平均取得日数は何日？').note).toMatch(
      /^財務省の令和4年度（2022年度）の報告は読み込まれていません（テスト省の令和2年度（2020年度）・/,
    );
  });

  it('when a list asks of a year no report covers, names the nearest few reports that hold it, its own ministry first, and how many more', () => {
    const answer = ask('テスト省の令和5年度に新規に始めた取組は？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toBe(
      'テスト省の令和5年度（2023年度）の報告は読み込まれていません（テスト省の令和2年度（2020年度）・令和3年度（2021年度）・令和4年度（2022年度）ほか4件の報告に記載があります）',
    );
    // heldBy keeps every report, nearest first, for the search and the examples.
    expect(answer.heldBy?.map((r) => `${r.ministry}:${r.fiscalYear}`)).toEqual([
      'テスト省:2022',
      'テスト省:2021',
      'テスト省:2020',
      '架空庁:2022',
      '架空庁:2021',
      '架空庁:2020',
      '財務省:2020',
    ]);
    expect(ask('令和5年度に新規に始めた取組は何件？').note).toMatch(
      /^令和5年度（2023年度）の報告は読み込まれていません（.+ほか\d+件の報告に記載があります）$/,
    );
  });

  it('when a list or a count of a tag abstains, suggests the search for that tag in the nearest report and questions that answer', () => {
    const list = ask('財務省の令和3年度に拡充した取組は？');
    const status = ask('テスト省の令和5年度の実施未定の項目は？');

    expect(list.suggestedSearch).toMatchObject({ q: '', ministry: '財務省', year: 2020, tag: ['拡充'], label: '【拡充】の取組' });
    expect(list.suggestedSearch?.url).toBe(`/?${new URLSearchParams({ ministry: '財務省', year: '2020', tag: '拡充' }).toString()}`);
    expect(list.examples?.[0]).toBe('財務省の令和2年度に拡充した取組は？');
    expect(status.suggestedSearch).toMatchObject({ status: '実施未定', label: '実施未定の項目' });
    expect(status.suggestedSearch).not.toHaveProperty('tag');
  });

  it('when it abstains on a change, a count, a list or a figure, every example question it offers is answered', () => {
    const questions = [
      '架空庁の女性の採用目標の現状は前年度から何ポイント上がった？',
      '財務省の令和3年度に拡充した取組は何件？',
      'テスト省の令和5年度に新規に始めた取組は？',
      '財務省はRPAでどれだけ作業時間を減らした？',
      'テスト省の2022年度の女性職員の育児休業取得率は？',
    ];
    for (const question of questions) {
      const answer = ask(question);

      expect(answer.answer).toBeNull();
      expect(answer.examples?.length).toBeGreaterThanOrEqual(2);
      for (const example of answer.examples ?? []) expect([question, example, ask(example).answer]).toEqual([question, example, expect.any(String)]);
    }
  });

  it('when a change abstains, asks the question again of the ministry that holds both years and searches all its years', () => {
    const answer = ask('架空庁の女性の採用目標の現状は前年度から何ポイント上がった？');

    expect(answer.examples?.[0]).toBe('テスト省の女性の採用目標の現状は前年度から何ポイント上がった？');
    expect(answer.suggestedSearch).toMatchObject({ ministry: 'テスト省' });
    expect(answer.suggestedSearch).not.toHaveProperty('year');
  });

  it('when it abstains, suggests a search with the filters set and example questions', () => {
    const answer = ask('テスト省の令和2年度にRPAで削減した作業時間は何時間？');

    expect(answer.suggestedSearch).toMatchObject({ ministry: 'テスト省', year: 2021 });
    expect(answer.suggestedSearch?.url).toMatch(/^\/\?q=.+&ministry=%E3%83%86.+&year=2021$/);
    expect(answer.examples?.length).toBeGreaterThanOrEqual(2);
  });

  it('when the ministry has no report before its only one, says there is no 前年度 report', () => {
    const answer = ask('財務省の前年度の女性の採用目標の現状は？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toContain('財務省の前年度の報告は読み込まれていません');
  });

  it('when the question names a ministry no report is loaded for, says so', () => {
    expect(ask('厚生労働省の年次休暇の平均取得日数は何日？').note).toBe('厚生労働省の報告は読み込まれていません');
  });

  it('when asked how far a figure moved since the previous report, gives both years’ values and the change', () => {
    const answer = ask('テスト省の男性職員の育児休業取得率は前年度から何ポイント上がった？');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toBe(
      '［テスト省］令和3年度（2021年度）：25.5%（令和2年度） → 令和4年度（2022年度）：34.2%（令和3年度）（差 +8.7ポイント）',
    );
    expect(answer.sources.map((s) => s.fiscalYear)).toEqual([2021, 2022]);
  });

  it('when asked for the initiatives started in a year, lists the 【新規】 statements grouped by item', () => {
    const answer = ask('架空庁の令和3年度の新規の取組は？');

    expect(answer.kind).toBe('list');
    expect(answer.answer?.split('\n')).toHaveLength(2);
    expect(answer.sources.every((s) => s.ministry === '架空庁' && s.fiscalYear === 2021)).toBe(true);
  });

  it('when asked how many initiatives were new and no ministry is named, counts per ministry in a table', () => {
    const answer = ask('令和4年度の新規の取組は何件？');

    expect(answer.table?.map((row) => [row.ministry, row.value.split('（')[0]])).toEqual([
      ['テスト省', '3件'],
      ['架空庁', '1件'],
    ]);
  });

  it('when asked why a row is 実施未定, gives column B of that year', () => {
    const answer = ask('架空庁の令和3年度の定例会議等のペーパーレス化はなぜ実施未定か？');

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('庁内ネットワークの更改を予定しているため');
    expect(answer.sources[0]?.field).toBe('reason');
  });
  it('when the question names a sub-category the asked report’s row does not have, abstains and names the reports that have it', () => {
    const answer = ask('架空庁の令和4年度の係長相当職(本省)の女性登用の現状は？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toContain('架空庁の令和4年度（2022年度）の報告には記載がありません');
    expect(answer.heldBy?.map((r) => r.ministry)).toEqual(expect.arrayContaining(['テスト省', '財務省']));
    expect(answer.heldBy?.map((r) => r.ministry)).not.toContain('架空庁');
  });

  it('when the question names a sub-category the row has, answers that label only', () => {
    const answer = ask('架空庁の令和4年度の本省課室長相当職の女性登用の現状は？');

    expect(answer.answer).toContain('4.6%');
  });

  it('when a loaded report has no initiative of the tag asked for, answers 0件 for that report with the report as its source', () => {
    const answer = ask('架空庁の令和3年度に拡充した取組は何件？');

    expect(answer.answer).toContain('0件');
    expect(answer.scope).toMatchObject({ ministry: '架空庁', fiscalYear: 2021 });
    expect(answer.sources).toEqual([expect.objectContaining({ ministry: '架空庁', fiscalYear: 2021, field: 'report' })]);
  });

  it('when asked per ministry for a year’s tag (府省ごとに) and naming none, answers every report of that year, one row each', () => {
    const list = ask('令和4年度に拡充した取組を各府省ごとに教えて');
    const count = ask('令和2年度に拡充した取組は府省別に何件？');

    // 財務省 has no report of 令和4年度; the words asking per ministry filter out no statement.
    expect(list.table?.map((row) => [row.ministry, row.fiscalYear, row.sourceIds.length])).toEqual([
      ['テスト省', 2022, 6],
      ['架空庁', 2022, 1],
    ]);
    expect(count.table?.map((row) => [row.ministry, row.value.split('（')[0]])).toEqual([
      ['テスト省', '0件'],
      ['架空庁', '0件'],
      ['財務省', '3件'],
    ]);
  });

  it('when asked for the rows of a status, counts or lists them, and 0件 for a loaded report that has none', () => {
    const none = ask('テスト省の令和4年度に実施未定となっている項目は何件？');
    const listed = ask('令和4年度の実施未定の項目を府省ごとに教えて');

    expect(none.answer).toContain('0件');
    expect(none.sources).toEqual([expect.objectContaining({ ministry: 'テスト省', fiscalYear: 2022, field: 'report' })]);
    expect(listed.kind).toBe('list');
    expect(listed.table?.map((row) => [row.ministry, row.value.includes('庁内ネットワークの更改')])).toEqual([
      ['テスト省', false],
      ['架空庁', true],
    ]);
  });

  it('when asked an amount of the results column without 何 (…で減らした作業時間は？), answers that year’s figure', () => {
    const answer = ask('テスト省の令和3年度にRPAで減らした作業時間は？');

    expect(answer.kind).toBe('count');
    expect(answer.answer).toContain('300時間');
    expect(answer.sources).toEqual([expect.objectContaining({ fiscalYear: 2021, field: 'results' })]);
  });

  it('when a change names a target row by a compound (男の産休取得率), compares that row’s current values', () => {
    const answer = ask('テスト省の男の産休取得率は令和2年度から令和3年度に何ポイント上がった？');

    expect(answer.answer).toContain('72.0%');
    expect(answer.answer).toContain('88.0%');
    expect(answer.answer).toContain('差 +16.0ポイント');
  });

  it('when only another ministry’s two reports hold the change asked, abstains and names both of its years', () => {
    const answer = ask('架空庁の女性の採用目標の現状は前年度から何ポイント上がった？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toBe(
      '架空庁の令和3年度（2021年度）・令和4年度（2022年度）の報告には記載がありません（テスト省の令和3年度（2021年度）・令和4年度（2022年度）の報告に記載があります）',
    );
    expect(answer.heldBy?.map((r) => `${r.ministry}:${r.fiscalYear}`)).toEqual(['テスト省:2021', 'テスト省:2022']);
  });

  it('when only another ministry holds an amount asked without 何 (どれだけ…減らした), abstains and names it', () => {
    const answer = ask('財務省はRPAでどれだけ作業時間を減らした？');

    expect(answer.answer).toBeNull();
    expect(answer.heldBy?.map((r) => r.ministry)).toContain('テスト省');
  });

  it('when only other reports hold initiatives of the tag, a report with 0件 is not named as one that holds them', () => {
    const answer = ask('財務省の令和3年度に拡充した取組は？');

    expect(answer.answer).toBeNull();
    expect(answer.heldBy ?? []).not.toContainEqual(expect.objectContaining({ ministry: '架空庁', fiscalYear: 2021 }));
    expect(answer.heldBy ?? []).toContainEqual(expect.objectContaining({ ministry: 'テスト省', fiscalYear: 2021 }));
  });
});
