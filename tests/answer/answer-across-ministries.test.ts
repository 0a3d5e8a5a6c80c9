import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion over the sixteen reports (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

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
