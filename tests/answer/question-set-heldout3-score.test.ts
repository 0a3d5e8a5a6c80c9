/**
 * Scores issue 12's third held-out set (question-set-heldout3.json) on the answer engine. It was scored once, held
 * out, at 38/50 (then 40/50 once questions naming two ministries or two years were answered); the misses were the
 * kinds of question fixed since — per-ministry lists and counts naming no ministry, 「新規で始めた」 lists, amounts
 * asked without 何 (…で減らした作業時間は？, 参加者数は？), a compound row name (男の産休取得率) in a change, and
 * abstentions for changes and counts that did not name the reports holding the figure. Having been looked at, it is
 * a development set now: these floors, set just below its measured result (50/50), keep the fixes from regressing.
 */
import { numbersMissingFromSources, openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';
import { confidentAnswers, readQuestionSet, scoreQuestion, scoreSummary, unanswerableResults, type ScoredQuestion } from './question-set-scoring';

const ACCURACY_FLOOR = 0.95;
const ABSTENTION_RECALL_FLOOR = 0.95;
const CONFIDENT_PRECISION_FLOOR = 0.9;

const questions = readQuestionSet('question-set-heldout3.json');

describe('answerQuestion on question-set-heldout3.json (corpus years; a development set since it was scored)', () => {
  let opened: OpenedAnswerEngine;
  const results: ScoredQuestion[] = [];

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'years' });
    for (const question of questions) results.push(scoreQuestion(opened.engine, question));
    console.log(scoreSummary('heldout3', results));
  });

  afterAll(() => opened?.close());

  it('when scored, answers at least the accuracy floor correctly and abstains where the reports cannot answer', () => {
    const unanswerable = unanswerableResults(results);

    expect(results.filter((r) => r.correct).length / results.length).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(unanswerable.filter((r) => r.correct).length / unanswerable.length).toBeGreaterThanOrEqual(ABSTENTION_RECALL_FLOOR);
  });

  it('when it answers at confidence 0.8 or more, is right at least 90% of the time', () => {
    const confident = confidentAnswers(results);

    expect(confident.length).toBeGreaterThan(15);
    expect(confident.filter((r) => r.correct).length / confident.length).toBeGreaterThanOrEqual(CONFIDENT_PRECISION_FLOOR);
  });
  it('when it answers, takes no source from a report other than the one asked about and states only printed numbers', () => {
    const answered = results.filter((r) => r.answer.answer !== null);

    expect(results.filter((r) => r.strays.length > 0).map((r) => [r.question.question, r.strays])).toEqual([]);
    expect(
      answered.map((r): [string, string[]] => [r.question.question, numbersMissingFromSources(r.answer)]).filter(([, missing]) => missing.length > 0),
    ).toEqual([]);
  });

  it('when it answers, states each source’s year as the report prints it with the western year beside it', () => {
    const answered = results.filter((r) => r.answer.answer !== null);

    const unstated = answered.flatMap((r) =>
      r.answer.sources
        .map((s) => `${s.fiscalYearLabel ?? ''}（${s.fiscalYear}年度）`)
        .filter((year) => !(r.answer.answer ?? '').includes(year))
        .map((year) => `${r.question.question}: ${year}`),
    );
    expect(answered.length).toBeGreaterThan(25);
    expect(unstated).toEqual([]);
  });
});
