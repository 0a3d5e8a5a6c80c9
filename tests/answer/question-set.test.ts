import { loadQuestionSet, numbersMissingFromSources, openAnswerEngine, type AnswerCorpus, type OpenedAnswerEngine } from './answer-engine';
import { CONFIDENT, scoreQuestion, type ScoredQuestion as Result } from './question-set-scoring';

/**
 * Floors for the dev part (every question but issue 12's held-out third), set just below the measured result. The
 * seed questions' earlier held-out batches were run unchanged when written: 17/18, then 16/16. Issue 12's held-out
 * third (`heldout`) is scored apart against the issue's targets: accuracy ≥ 0.90, correct abstentions ≥ 0.95, no
 * answer from a report other than the one asked about. Scored once at the end (ANSWER_HELDOUT=1): 34/35 right, 8/9
 * correct abstentions, 0 answers from another report, 26/27 right at confidence ≥ 0.8.
 */
const ACCURACY_FLOOR = 0.95;
const ABSTENTION_RECALL_FLOOR = 0.95;
const FALSE_ABSTENTION_CEILING = 0.05;
const KIND_FLOOR = 0.95;
/** Calibration: of the answers given at confidence ≥ 0.8 (CONFIDENT), at least this share must be right. */
const CONFIDENT_PRECISION_FLOOR = 0.9;

const share = (part: number, whole: number): string => `${part}/${whole} (${((100 * part) / Math.max(whole, 1)).toFixed(1)}%)`;

function figures(label: string, results: Result[], showWrong: boolean): string[] {
  const answerable = results.filter((r) => r.question.expect !== null);
  const unanswerable = results.filter((r) => r.question.expect === null);
  const confident = results.filter((r) => r.answer.answer !== null && r.answer.confidence >= CONFIDENT);
  return [
    `${label}: ${results.length} questions`,
    `  accuracy:             ${share(results.filter((r) => r.correct).length, results.length)}`,
    `  answerable correct:   ${share(answerable.filter((r) => r.correct).length, answerable.length)}`,
    `  false abstentions:    ${share(answerable.filter((r) => r.answer.answer === null).length, answerable.length)}`,
    `  correct abstentions:  ${share(unanswerable.filter((r) => r.correct).length, unanswerable.length)}`,
    `  answered at ≥${CONFIDENT}, right: ${share(confident.filter((r) => r.correct).length, confident.length)}`,
    `  answers from another report: ${results.filter((r) => r.strays.length > 0).length}`,
    `  kind as expected:     ${share(results.filter((r) => r.answer.kind === r.question.kind).length, results.length)}`,
    ...(showWrong
      ? results
          .filter((r) => !r.correct || r.answer.kind !== r.question.kind)
          .map(
            (r) =>
              `  ${r.correct ? 'KIND ' + r.answer.kind : 'WRONG'} ${r.question.question} → ${JSON.stringify(r.answer.answer ?? r.answer.note ?? null)}`,
          )
      : []),
  ];
}

describe('answerQuestion on the question set (the seed; seven reports for issue 12)', () => {
  const opened = new Map<AnswerCorpus, OpenedAnswerEngine>();
  const questions = loadQuestionSet();
  const results: Result[] = [];
  const dev = (): Result[] => results.filter((r) => !r.question.heldout);
  const heldout = (): Result[] => results.filter((r) => r.question.heldout);

  beforeAll(async () => {
    for (const corpus of new Set(questions.map((q) => q.corpus ?? 'seed'))) opened.set(corpus, await openAnswerEngine({ corpus }));
    for (const question of questions) {
      const engine = opened.get(question.corpus ?? 'seed')?.engine;
      if (!engine) throw new Error(`no engine for ${question.corpus}`);
      results.push(scoreQuestion(engine, question));
    }
    // The held-out third is scored only when asked (ANSWER_HELDOUT=1), so that tuning never sees it.
    const scoreHeldout = process.env.ANSWER_HELDOUT === '1';
    console.log([...figures('dev', dev(), true), ...(scoreHeldout ? figures('held out (issue 12)', heldout(), true) : [])].join('\n'));
  });

  afterAll(() => opened.forEach((o) => o.close()));

  it('when run over the whole set, has at least 150 questions over several reports, covering every kind, 40 it cannot answer', () => {
    const kinds = new Set(questions.filter((q) => q.expect !== null).map((q) => q.kind));

    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['change', 'count', 'list', 'met', 'metric', 'reason', 'status', 'what', 'when']));
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.heldout).length).toBeGreaterThanOrEqual(30);
  });

  it('when scored on the dev part, answers at least the accuracy floor correctly', () => {
    const accuracy = dev().filter((r) => r.correct).length / dev().length;

    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('when classified, gives the kind of answer the question set expects at least at the floor rate', () => {
    const asExpected = dev().filter((r) => r.answer.kind === r.question.kind).length / dev().length;

    expect(asExpected).toBeGreaterThanOrEqual(KIND_FLOOR);
  });

  it('when the reports cannot answer, abstains (answer null) and names the reports that do hold it, at least at the floor rate', () => {
    const unanswerable = dev().filter((r) => r.question.expect === null);

    const recall = unanswerable.filter((r) => r.correct).length / unanswerable.length;

    expect(recall).toBeGreaterThanOrEqual(ABSTENTION_RECALL_FLOOR);
  });

  it('when the reports can answer, seldom abstains', () => {
    const answerable = dev().filter((r) => r.question.expect !== null);

    const falseAbstentions = answerable.filter((r) => r.answer.answer === null).length / answerable.length;

    expect(falseAbstentions).toBeLessThanOrEqual(FALSE_ABSTENTION_CEILING);
  });

  it('when it answers at confidence 0.8 or more, is right at least 90% of the time (calibrated)', () => {
    const confident = dev().filter((r) => r.answer.answer !== null && r.answer.confidence >= CONFIDENT);

    const precision = confident.filter((r) => r.correct).length / confident.length;

    expect(confident.length).toBeGreaterThan(30);
    expect(precision).toBeGreaterThanOrEqual(CONFIDENT_PRECISION_FLOOR);
  });

  it('when a question names a ministry or year, never answers from another report', () => {
    const strays = results.filter((r) => r.strays.length > 0).map((r) => [r.question.question, r.strays]);

    expect(strays).toEqual([]);
  });

  it('when it answers, every number of the answer is printed in one of its sources', () => {
    const answered = results.filter((r) => r.answer.answer !== null);

    const offending = answered
      .map((r): [string, string[]] => [r.question.question, numbersMissingFromSources(r.answer)])
      .filter(([, missing]) => missing.length > 0);

    expect(answered.length).toBeGreaterThan(40);
    expect(offending).toEqual([]);
  });

  it('when it answers, gives sources that are initiatives of the engine and a confidence at or above the threshold', () => {
    const answered = results.filter((r) => r.answer.answer !== null);

    for (const { question, answer } of answered) {
      const engine = opened.get(question.corpus ?? 'seed')?.engine;
      expect(answer.sources.length).toBeGreaterThan(0);
      for (const source of answer.sources) expect(engine?.getInitiative(source.id)).toBeDefined();
      expect(answer.confidence).toBeGreaterThanOrEqual(0.5);
      expect(answer.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('when it abstains, gives no sources', () => {
    const abstained = results.filter((r) => r.answer.answer === null);

    expect(abstained.every((r) => r.answer.sources.length === 0)).toBe(true);
  });
});
