/**
 * Questions typed with a conversion slip (a word no report prints, read exactly like one that is printed) and counts
 * asked of one sex, over the sixteen reports of corpus `all`.
 */
import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion with conversion slips and counts of one sex (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('reads 本性 (typed for 本省) as the printed word of the same reading and says so', () => {
    const slipped = answerQuestion(opened.engine, '模擬省の本性課室長相当職の女性の割合は令和2年度から令和3年度でどう変わった？');
    const typedRight = answerQuestion(opened.engine, '模擬省の本省課室長相当職の女性の割合は令和2年度から令和3年度でどう変わった？');

    expect(typedRight.answer).toContain('2.1%');
    expect(typedRight.answer).toContain('2.8%');
    expect(typedRight.readAs).toBeUndefined();
    expect(slipped.answer).toBe(typedRight.answer);
    expect(slipped.question).toBe('模擬省の本性課室長相当職の女性の割合は令和2年度から令和3年度でどう変わった？');
    expect(slipped.readAs?.fixes).toEqual([{ from: '本性', to: '本省' }]);
    expect(slipped.readAs?.question).toContain('本省課室長相当職');
  });

  it('fixes a slip in one of two figures asked at once, a word only a results column prints (応援要員)', () => {
    const answer = answerQuestion(opened.engine, '架空庁の令和3年度の年休の平均取得日数と繁忙期の応援用員（延べ）を教えて');

    expect(answer.answer).toContain('13.0日');
    expect(answer.answer).toContain('120人');
    expect(answer.answer).not.toContain('記載がありません');
    expect(answer.readAs?.fixes).toContainEqual({ from: '用員', to: '要員' });
  });

  it('keeps the abstention when the question fixed still has no answer (a year no report covers)', () => {
    const answer = answerQuestion(opened.engine, '模擬省の令和6年度の本性課室長相当職の女性の割合は？');

    expect(answer.answer).toBeNull();
    expect(answer.readAs).toBeUndefined();
  });

  it('does not give a count of every participant for a count of men, and points to the count there is', () => {
    const ofMen = answerQuestion(opened.engine, 'テスト省の令和3年度、育児中の職員を講師とするセミナーに参加した男性職員は何名？');
    const ofEveryone = answerQuestion(opened.engine, 'テスト省の令和3年度、育児中の職員を講師とするセミナーの参加者は何名？');

    expect(ofEveryone.answer).toContain('25名');
    expect(ofMen.answer).toBeNull();
    expect(ofMen.note).toContain('男女を限らない数の記載はあります');
    expect(ofMen.note).toContain('25名');
  });
});
