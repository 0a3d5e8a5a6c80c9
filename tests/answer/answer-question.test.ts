import { MAX_QUESTION_LENGTH, answerQuestion } from '../../src/answer/answer-question';
import { AppError } from '../../src/domain/errors';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion on the seed', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine();
  });

  afterAll(() => opened?.close());

  it.each([
    ['an empty question', '   '],
    ['a question over the length limit', 'あ'.repeat(MAX_QUESTION_LENGTH + 1)],
  ])('when given %s, throws INVALID_INPUT naming the field', (_case, question) => {
    expect(() => answerQuestion(opened.engine, question)).toThrow(AppError);
    expect(() => answerQuestion(opened.engine, question)).toThrow(/question/);
  });

  it('when given something that is not text, throws INVALID_INPUT', () => {
    const notText = 42 as unknown as string;

    expect(() => answerQuestion(opened.engine, notText)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('when asked a metric baseline, answers the printed value and period and quotes the metric', () => {
    const answer = answerQuestion(opened.engine, '『男の産休』取得率の目標設定時の値は？');

    expect(answer).toMatchObject({ kind: 'metric', answer: '目標設定時：59.2%（平成26年度）' });
    expect(answer.sources[0]?.text).toContain('59.2%（平成26年度）');
    expect(answer.sources[0]).toMatchObject({ ministry: '財務省', fiscalYear: 2020 });
  });

  it('when asked whether a target is met, compares current with target and gives the gap in points', () => {
    const answer = answerQuestion(opened.engine, '地方機関課長・本省課長補佐相当職の女性登用目標は達成した？');

    expect(answer.kind).toBe('met');
    expect(answer.answer).toBe('達成（現状：15.4%(令和2年7月)、目標：12%程度(令和2年度末)、差 +3.4ポイント）');
  });

  it('when the corpus holds one ministry and year, does not prefix the answer with a scope', () => {
    const answer = answerQuestion(opened.engine, 'メンター制度の実施状況は？');

    expect(answer.scope).toBeUndefined();
    expect(answer.answer?.startsWith('実施')).toBe(true);
  });

  it('when the question carries stray half- and full-width spaces, gives the same answer', () => {
    const plain = answerQuestion(opened.engine, '税関の選考採用試験で女性を何名中途採用した？');

    const wide = answerQuestion(opened.engine, '  税関の選考採用試験で　女性を何名中途採用した？ ');

    expect(wide.answer).toBe(plain.answer);
  });

  it('when a count is taken over another span than the question asks (per day for per month), does not give it', () => {
    const perMonth = answerQuestion(opened.engine, '財務省の超過勤務の月平均時間は？');
    const perDay = answerQuestion(opened.engine, '財務省の集中タイムは一日何時間？');

    expect(perMonth.answer).toBeNull();
    expect(perDay.answer).toContain('1時間');
  });

  it('answers from a list item a question names by the words of the statement introducing the list (次の取組を実施した)', () => {
    // 「財務省再生プロジェクト」 is named by the lead-in only; 地方支分部局 and what was done there, by the first item only.
    const answer = answerQuestion(opened.engine, '財務省再生プロジェクトで、地方支分部局ではどんなことをしましたか');

    expect(answer.answer).toMatch(/^「財務省の組織理念」の浸透・実践に向けて、全地方支分部局において/);
  });

  it('when asked about something the report never mentions, abstains with a low confidence', () => {
    const answer = answerQuestion(opened.engine, '宇宙開発の取組は？');

    expect(answer.answer).toBeNull();
    expect(answer.confidence).toBeLessThan(0.5);
  });
});
