/**
 * Results-column (D) figures picked by what they are, over the sixteen reports: one figure traced back to the reports
 * printing it, every figure past a bound, and rates printed with decimals (src/answer/answer-results-figures.ts).
 */
import { answerQuestion } from '../../src/answer/answer-question';
import { figurePickOf } from '../../src/answer/answer-results-figures';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('results figures picked by what they are (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('traces one figure back to every report whose results print it, full-width digits too, with what it counts', () => {
    const answer = answerQuestion(opened.engine, '成果欄に「130件」と書かれているのはどの府省？');

    // 架空庁 令和4年度 prints it as １３０件.
    expect(answer.kind).toBe('list');
    expect(answer.lead).toBe('成果欄に「130件」の数字があるのは架空庁の令和4年度（2022年度）の報告');
    expect(answer.answer).toContain('押印を廃止した手続は１３０件となった。');
    expect(answer.sources.every((source) => source.field === 'results' && source.ministry === '架空庁' && source.fiscalYear === 2022)).toBe(true);
  });

  it('gives every figure past a bound of the years named, per report, and none of another year', () => {
    const answer = answerQuestion(opened.engine, '令和3年度の報告の成果欄の数字で300以上のものは？');

    expect(answer.table?.map((row) => `${row.ministry}${row.fiscalYear}`)).toEqual(['テスト省2021']);
    expect(answer.table?.[0]?.value).toMatch(/^300時間（/);
    // 令和4年度's 520時間 of the same row is past the bound too, but not of the year asked.
    expect(answer.answer).not.toContain('520');
  });

  it('reads a figure asked in words that do not name the results column as no pick', () => {
    expect(figurePickOf('45名が出てくるのはどの府省ですか')).toBeNull();
    expect(figurePickOf('成果欄の数字を全部挙げてください')).toBeNull();
  });

  it('does not take 145人 for 45人: the figure asked is matched whole', () => {
    const pick = figurePickOf('成果欄で45人が出てくるのはどこ？')!;

    expect(pick.holds({ value: 145, unit: '人', text: '145人', start: 0, end: 4 })).toBe(false);
    expect(pick.holds({ value: 45, unit: '名', text: '45名', start: 0, end: 3 })).toBe(true);
  });

  it('lists the rows whose results print figures for the first time, the later year named read against the earlier', () => {
    const answer = answerQuestion(opened.engine, '令和2年度の報告になく、令和3年度の報告で新たに成果欄に出てきた数値はどれですか');

    // テスト省's 令和2年度 results give figures for four other rows (研修の受講者, 超勤, 年休, メンター); 架空庁's for two.
    expect(answer.table?.map((row) => `${row.ministry}${row.fiscalYear}`)).toEqual(['テスト省2021', '架空庁2021']);
    expect(answer.table?.[0]?.value).toMatch(/^78%・300時間・32名・25名（/);
    expect(answer.table?.[1]?.value).toMatch(/^13\.0日（［休暇の取得促進］/);
    expect(answer.sources.every((source) => source.field === 'results' && source.fiscalYear === 2021)).toBe(true);
  });

  it('names the reports whose results print no figure at all, each cited by the report itself', () => {
    const answer = answerQuestion(opened.engine, '令和3年度で、成果欄に数値が一つも載っていない報告は？');

    expect(answer.lead).toBe('成果欄に数字がひとつもないのは模擬省の令和3年度（2021年度）の報告');
    expect(answer.sources.map((source) => [source.ministry, source.fiscalYear, source.field])).toEqual([['模擬省', 2021, 'report']]);
  });

  it('picks figures by their kind (件数, 人数), of the rows holding a statement of the tag named in the same report', () => {
    const answer = answerQuestion(opened.engine, '令和4年度の報告で、【拡充】として広げた取組の成果が件数で出ているものは？');

    // 架空庁's 押印 row holds its 【拡充】 statement in 令和4年度; 130件 is the one count of such a row's results.
    expect(answer.lead).toBe('成果欄に【拡充】の取組の件数の数字があるのは架空庁の令和4年度（2022年度）の報告');
    expect(answer.answer).toContain('押印を廃止した手続は１３０件となった。');
    for (const source of answer.sources) {
      expect(opened.engine.rowOf(source.id).some((record) => record.tag === '拡充' && record.fiscalYear === 2022)).toBe(true);
    }
  });

  it('reads 「人数や件数などの「数」」 as every counted figure, and 【新規】の取組 as the rows of that tag', () => {
    const answer = answerQuestion(opened.engine, '令和3年度の報告で、【新規】の取組の成果欄に人数や件数などの「数」が載っているものは？');

    expect(answer.lead).toMatch(/^成果欄に【新規】の取組の人数・件数などの数字があるのは/);
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const source of answer.sources) {
      expect(source.fiscalYear).toBe(2021);
      expect(opened.engine.rowOf(source.id).some((record) => record.tag === '新規' && record.fiscalYear === 2021)).toBe(true);
      expect(source.text.normalize('NFKC')).toMatch(/[0-9]+\s*(名|人|組|件|台|回)/);
    }
  });

  it("gives the rows whose results figure fell from the ministry's report of the year before, with both figures", () => {
    const answer = answerQuestion(opened.engine, '令和4年度の報告で、成果欄の数値が前年度から減ってしまった取組はどれですか');
    const lines = (answer.answer ?? '').split('\n');

    expect(lines[0]).toMatch(/^成果欄の数字が前の年度より小さくなったのは/);
    expect(lines.length).toBeGreaterThan(1);
    const pairs = lines
      .slice(1)
      .flatMap((line) => [...line.matchAll(/([0-9.]+)[^0-9.（]*（令和3年度（2021年度））→ ([0-9.]+)[^0-9.（]*（令和4年度（2022年度））/g)]);
    expect(pairs.length).toBe(lines.length - 1);
    for (const [pair, from, to] of pairs) expect({ pair, fell: Number(to) < Number(from) }).toEqual({ pair, fell: true });
    expect(answer.sources.every((source) => source.field === 'results' && [2021, 2022].includes(source.fiscalYear))).toBe(true);
  });

  it('names the first report whose results print what the question names, of the kind asked, and no later one', () => {
    const people = answerQuestion(opened.engine, 'テスト省の成果欄にフレックスタイム制の利用者の人数が初めて出たのは何年度の報告？');
    // テスト省's 令和2年度 results print no flex-time figure; 令和3年度 prints 32名, 令和4年度 47名.
    expect(people.answer?.split('\n')[0]).toBe('成果欄に初めて数字が出てきたのはテスト省の令和3年度（2021年度）の報告');
    expect(people.answer).toContain('32名');
    expect(people.answer).not.toContain('47名');

    const rates = answerQuestion(opened.engine, 'テスト省の成果欄に、パーセントの数字が最初に出てくるのはどの年度ですか');
    expect(rates.answer?.split('\n')[0]).toMatch(/^成果欄に初めて割合の数字が出てきたのはテスト省の令和3年度（2021年度）の報告/);
    expect(rates.sources.every((source) => source.fiscalYear === 2021 && source.field === 'results')).toBe(true);
  });

  it('keeps to the 大項目 the question names whole, and says so', () => {
    const answer = answerQuestion(opened.engine, '「女性の活躍推進のための改革」の成果欄に数値が載っている報告は？');

    expect(answer.answer?.split('\n')[0]).toMatch(/^「女性の活躍推進のための改革」の成果欄に数字があるのは/);
    const ids = answer.sources.map((source) => source.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => opened.engine.getInitiative(id)?.section === '女性の活躍推進のための改革')).toBe(true);
    expect(answer.sources.every((source) => source.field === 'results')).toBe(true);
  });

  it('keeps to the ministries whose results print it in every year named, when the question asks so', () => {
    const answer = answerQuestion(opened.engine, '令和2年度から令和4年度の3年間すべてで、年次休暇の平均取得日数を成果に書いている府省は？');
    const text = answer.answer ?? '';

    // 架空庁 prints it in 令和3年度 and 令和4年度 only; テスト省 and 架空省 in all three.
    expect(text.split('\n')[0]).toBe('3年度とも記載があるのはテスト省・架空省');
    expect(text).not.toContain('架空庁');
    expect(new Set(answer.table?.map((row) => row.ministry))).toEqual(new Set(['テスト省', '架空省']));
    expect(answer.table?.length).toBe(6);
  });

  it("gives the results figures the ministry's next report no longer prints, and of which row", () => {
    // 試験庁's マネジメント研修 row prints 延べ45名 in 令和3年度 and is gone from its 令和4年度 report.
    const answer = answerQuestion(opened.engine, '令和3年度の成果欄にあったのに令和4年度の成果から消えた数字は？');
    const lines = (answer.answer ?? '').split('\n');

    expect(lines[0]).toBe('次の年度の成果欄から数字が消えたのは試験庁');
    expect(lines[1]).toContain('45名（令和3年度（2021年度）');
    expect(lines[1]).toContain('令和4年度（2022年度）の成果欄に記載なし');
    expect(answer.sources.some((source) => source.field === 'results' && source.fiscalYear === 2021)).toBe(true);
  });

  it('abstains as before when no results print the figure', () => {
    expect(answerQuestion(opened.engine, '成果欄で9999名が出てくるのはどの府省ですか').answer).toBeNull();
  });
});
