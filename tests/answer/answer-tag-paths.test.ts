/**
 * Initiatives whose tags went the way a question lists them through consecutive reports, read off the lineage
 * (src/answer/answer-tag-paths.ts), over the sixteen reports.
 */
import { answerQuestion } from '../../src/answer/answer-question';
import { tagPathOf } from '../../src/answer/answer-tag-paths';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('tag paths through the years (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('reads a path of three tags, or of two with a changed text; not tags asked together, nor a two-step change', () => {
    expect(tagPathOf('令和2年度に【新規】、令和3年度に【拡充】、令和4年度に【継続】となった取組は？')).toEqual(['新規', '拡充', '継続']);
    expect(tagPathOf('令和2年度に【新規】で令和3年度に【継続】となり、文面が変わった取組は？')).toEqual(['新規', '継続']);
    expect(tagPathOf('同じ項目の欄に【新規】と【拡充】が並んで書かれているのは')).toBeNull();
    expect(tagPathOf('令和2年度に新規だったものが令和3年度に拡充になった取組は？')).toBeNull();
  });

  it('follows each initiative through the three reports and quotes every step', () => {
    const answer = answerQuestion(opened.engine, '令和2年度に【新規】、令和3年度に【拡充】、令和4年度に【継続】となった取組は？');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toContain(
      '架空省：令和2年度【新規】女性職員向けのメンター制度を試行した。 → 令和3年度【拡充】女性職員向けのメンター制度を本格実施し、対象を係長級まで広げた。 → 令和4年度【継続】',
    );
    for (const row of answer.table ?? []) expect(row.sourceIds).toHaveLength(3);
    expect(new Set(answer.sources.map((source) => source.fiscalYear))).toEqual(new Set([2020, 2021, 2022]));
  });

  it('with the text asked to have changed, keeps only the chains whose later text differs', () => {
    const answer = answerQuestion(opened.engine, '令和2年度に【新規】で令和3年度に【継続】となり、文面が変わった取組は？');

    const rows = answer.table ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [before, after] = row.value.split(' → ').map((step) => step.replace(/^令和[0-9]年度【.{2}】/, ''));
      expect(after).not.toBe(before);
    }
  });
  it('with the text asked to be the same, keeps only the chains whose later text is the earlier word for word', () => {
    const answer = answerQuestion(opened.engine, '令和2年度に【新規】で、令和3年度に同じ文面のまま【継続】になった取組は？');

    const rows = answer.table ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [before, after] = row.value.split(' → ').map((step) => step.replace(/^令和[0-9]年度【.{2}】/, ''));
      expect(after).toBe(before);
    }
  });

  it('with the last tag kept on through every year named, follows the chain through all of them, the text unchanged at every step', () => {
    const answer = answerQuestion(
      opened.engine,
      '令和2年度の【新規】のうち、令和3年度と令和4年度にも文言を変えないまま【継続】で書かれ続けた取組は？',
    );
    const lines = (answer.answer ?? '').split('\n');

    expect(lines[0]).toMatch(/^【新規】→【継続】→【継続】（同じ文面のもの）と移った取組があるのは/);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      const steps = line
        .replace(/^[^：]+：/, '')
        .split(' → ')
        .map((step) => step.replace(/^令和[0-9]年度【(新規|継続)】/, ''));
      expect({ line, steps: steps.length, same: new Set(steps).size }).toEqual({ line, steps: 3, same: 1 });
    }
  });

  it('lists the rows of a report where statements of two tags stand side by side', () => {
    const answer = answerQuestion(opened.engine, '令和4年度に、同じ欄に【拡充】と【新規】が両方書かれている取組はありますか');

    expect(answer.kind).toBe('list');
    expect(answer.lead).toBe('同じ欄に【拡充】と【新規】が並ぶのはテスト省の令和4年度（2022年度）の報告');
    expect(answer.answer).toContain('【新規】生成AIを活用した文書作成支援ツールの試行を開始した。');
    expect(answer.sources.every((source) => source.ministry === 'テスト省' && source.fiscalYear === 2022)).toBe(true);
  });
  it('finds the 【継続】 statements the lineage links to nothing in the previous report, or says there are none', () => {
    const none = answerQuestion(opened.engine, 'テスト省の令和4年度の報告で【継続】なのに、令和3年度の報告に載っていない取組は？');

    expect(none.answer?.split('\n')[0]).toBe('【継続】なのに前の報告に出てこない取組はありません');
    expect(none.sources.map((source) => [source.ministry, source.fiscalYear, source.field])).toEqual([['テスト省', 2022, 'report']]);

    const some = answerQuestion(opened.engine, '架空庁の令和3年度で、【継続】とあるのに前の年度の報告には見当たらない取組はありますか');
    const orphans = new Set(
      opened.engine
        .changes('架空庁', 2021)
        .new.filter((initiative) => initiative.tag === '継続')
        .map((i) => i.id),
    );
    expect(orphans.size).toBeGreaterThan(0);
    expect(new Set(some.sources.map((source) => source.id))).toEqual(orphans);
  });
});
