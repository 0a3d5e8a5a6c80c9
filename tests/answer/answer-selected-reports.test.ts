/**
 * Questions about the reports a first condition selects (「…を超えた府省は、同じ報告で…」「…に届かなかった年度の報告では、
 * それぞれ…」「…が載っている報告を…から探して、それぞれの報告に…」): the condition is answered first and said first; each
 * report it selects is then asked the rest. Over the sixteen reports, with wordings not those of the question sets.
 */
import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('a question about the reports a condition selects (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('a threshold selects the ministries past it; each of their reports is asked the rest', () => {
    // 令和2年度: 架空省 25.3時間 and テスト省 22.5時間 are over 22時間 (test fixtures' figures).
    const answer = answerQuestion(
      opened.engine,
      '令和2年度の報告で月平均の超過勤務時間が22時間を超えた府省は、その報告で【新規】を何件挙げていますか',
    );
    const text = answer.answer ?? '';

    expect(text).toContain('［テスト省・令和2年度（2020年度）］');
    expect(text).toContain('［架空省・令和2年度（2020年度）］');
    expect(text).toMatch(/［テスト省・令和2年度（2020年度）］[0-9]+件（【新規】の取組）/);
    expect(answer.sources.every((source) => source.fiscalYear === 2020)).toBe(true);
    expect(answer.sources.every((source) => ['テスト省', '架空省'].includes(source.ministry))).toBe(true);
  });

  it('a verdict on a target selects the years it was missed, not those it was met', () => {
    const answer = answerQuestion(
      opened.engine,
      '令和2年度から令和4年度の報告で、試験庁が女性の採用目標を達成していなかった年度の報告では、【新規】はそれぞれ何件でしたか',
    );
    const text = answer.answer ?? '';

    // 令和3年度 met it (36.1%), 令和2年度 and 令和4年度 did not (33.0%, 34.0%).
    expect(text).toContain('［試験庁・令和2年度（2020年度）］');
    expect(text).toContain('［試験庁・令和4年度（2022年度）］');
    expect(text).not.toContain('［試験庁・令和3年度（2021年度）］');
  });

  it('a target named by its value keeps to the rows of that target', () => {
    // 男性の育休: テスト省 and 架空省 are past 30%（令和7年） in 令和4年度; 財務省's 令和2年度 target is 13%, past too, but not 30%.
    const answer = answerQuestion(opened.engine, '男性の育休取得率で30%の目標をもう超えている府省について、同じ報告の【拡充】は何件ありますか');
    const text = answer.answer ?? '';

    expect(text).toContain('［テスト省・令和4年度（2022年度）］');
    expect(text).not.toContain('財務省');
    expect(answer.sources.some((source) => source.ministry === '財務省')).toBe(false);
  });

  it('a question with no such shape, or whose condition is not answered, is answered the usual way', () => {
    const plain = answerQuestion(opened.engine, 'テスト省の令和4年度の報告で【新規】は何件ですか');
    expect(plain.answer).toMatch(/^［テスト省・令和4年度（2022年度）］3件/);
  });
});
