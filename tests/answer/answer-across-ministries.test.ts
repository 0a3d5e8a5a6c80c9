import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion over the sixteen reports (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('when a reason is asked of an item itself (そのもの), answers from the row of that item, not from the rows under it', () => {
    const answer = answerQuestion(opened.engine, '2020年度に「超過勤務の縮減の徹底」そのものを実施未定にしていたのはどの府省？理由も教えて');

    // 模擬省 left the item itself 実施未定; 架空省 and 試験庁 only rows under it (…超過勤務の事前確認…).
    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('模擬省');
    expect(answer.answer).toContain('業務量の把握を先に行うため');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['模擬省:2020']);
  });

  it('when asked 何割, answers with the percentage the report prints', () => {
    const answer = answerQuestion(opened.engine, 'テスト省では職員の何割がeラーニングを受講しましたか');

    expect(answer.answer).toContain('98.0%');
  });

  it('when it abstains, names every ministry whose reports hold the figure, also those matching the words less well', () => {
    const answer = answerQuestion(opened.engine, '試験庁の職員一人あたりの超過勤務は月平均何時間？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toContain('テスト省の令和');
    expect(answer.note).toContain('架空省の令和');
  });
});
