/**
 * How a question set is scored, shared by the dev set's test and each held-out set's score test so that "right",
 * "stray" and "confident" mean the same thing in every figure the README quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/answer/answer-question';
import type { Answer } from '../../src/answer/types';
import type { SearchEngine } from '../../src/query/types';
import { openAnswerEngine, type OpenedAnswerEngine, type SetQuestion } from './answer-engine';

/** The confidence from which issue 12 asks that at least 90% of the answers be right. */
export const CONFIDENT = 0.8;

export interface ScoredQuestion {
  question: SetQuestion;
  answer: Answer;
  correct: boolean;
  /** Sources outside the reports the question asks about. */
  strays: string[];
}

/** The questions of a held-out set file beside this module (question-set-heldout5.json …). */
export function readQuestionSet(file: string): SetQuestion[] {
  return (JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as { questions: SetQuestion[] }).questions;
}

/** Sources of the answer (or of the abstention) from a report the question does not name. */
export function strayScopes(question: SetQuestion, answer: Answer): string[] {
  if (!question.from) return [];
  return answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`).filter((scope) => !question.from?.includes(scope));
}

/**
 * Right: an unanswerable question abstains and its note names every report the set says holds the figure; an
 * answerable one holds every expected key, no rejected key, and takes no source from a report it does not name.
 */
export function isCorrect(question: SetQuestion, answer: Answer): boolean {
  if (question.expect === null) {
    const note = answer.note ?? '';
    return answer.answer === null && (question.heldBy ?? []).every((s) => note.includes(s));
  }
  const text = answer.answer;
  if (text === null) return false;
  const right = question.expect.every((s) => text.includes(s)) && !(question.reject ?? []).some((s) => text.includes(s));
  return right && strayScopes(question, answer).length === 0;
}

export function scoreQuestion(engine: SearchEngine, question: SetQuestion): ScoredQuestion {
  const answer = answerQuestion(engine, question.question);
  return { question, answer, correct: isCorrect(question, answer), strays: strayScopes(question, answer) };
}

export const confidentAnswers = (results: ScoredQuestion[]): ScoredQuestion[] =>
  results.filter((r) => r.answer.answer !== null && r.answer.confidence >= CONFIDENT);

export const unanswerableResults = (results: ScoredQuestion[]): ScoredQuestion[] => results.filter((r) => r.question.expect === null);

const ratio = (part: ScoredQuestion[], whole: ScoredQuestion[]): string => `${part.filter((r) => r.correct).length}/${whole.length}`;

/** One line of figures and a line per wrong answer, for the test log (what the README's tables are copied from). */
export function scoreSummary(label: string, results: ScoredQuestion[]): string {
  const unanswerable = unanswerableResults(results);
  const confident = confidentAnswers(results);
  const wrong = results.filter((r) => !r.correct);
  return [
    `${label}: ${ratio(results, results)} right; abstentions ${ratio(unanswerable, unanswerable)}; ` +
      `confident ${ratio(confident, confident)} right at ≥ ${CONFIDENT}; strays ${results.filter((r) => r.strays.length > 0).length}`,
    ...wrong.map((r) => `  WRONG ${r.question.question} → ${JSON.stringify(r.answer.answer ?? r.answer.note ?? null)}`),
  ].join('\n');
}

/** What a scored set's test holds: floors just below its result since it was scored (each said where it is used). */
export interface ScoredSetFloors {
  /** The set file beside this module, and the reports it is asked of. */
  file: string;
  corpus: 'years' | 'all';
  accuracy: number;
  abstentions: number;
  /** Of the answers given at confidence ≥ CONFIDENT, the share right; unchecked when absent. */
  confidentPrecision?: number;
  /** How many answers must be given at confidence ≥ CONFIDENT for the share to mean something (default 1). */
  minConfident?: number;
  maxStrays: number;
}

/**
 * The score test of a held-out set that has been scored once (a development set since): it scores every question
 * once in beforeAll, logs the figures and holds the floors; `more` adds the set's own checks over the results.
 */
export function describeScoredSet(title: string, floors: ScoredSetFloors, more?: (results: () => ScoredQuestion[]) => void): void {
  describe(title, () => {
    let opened: OpenedAnswerEngine;
    const results: ScoredQuestion[] = [];

    beforeAll(async () => {
      opened = await openAnswerEngine({ corpus: floors.corpus });
      for (const question of readQuestionSet(floors.file)) results.push(scoreQuestion(opened.engine, question));
      console.log(scoreSummary(floors.file.replace(/^question-set-|\.json$/g, ''), results));
    });

    afterAll(() => opened?.close());

    it('when scored, answers at least the accuracy floor correctly and abstains where the reports cannot answer', () => {
      const unanswerable = unanswerableResults(results);

      expect(results.filter((r) => r.correct).length / results.length).toBeGreaterThanOrEqual(floors.accuracy);
      expect(unanswerable.filter((r) => r.correct).length / unanswerable.length).toBeGreaterThanOrEqual(floors.abstentions);
    });

    if (floors.confidentPrecision !== undefined) {
      const precision = floors.confidentPrecision;
      it(`when it answers at confidence ${CONFIDENT} or more, is right at least ${precision} of the time`, () => {
        const given = confidentAnswers(results);

        expect(given.length).toBeGreaterThanOrEqual(floors.minConfident ?? 1);
        expect(given.filter((r) => r.correct).length / given.length).toBeGreaterThanOrEqual(precision);
      });
    }

    it('when it answers, takes no source from a report other than those the question names', () => {
      const strays = results.filter((r) => r.strays.length > 0).map((r) => [r.question.question, r.strays]);
      if (strays.length > 0) console.log(`strays: ${JSON.stringify(strays)}`);
      expect(strays.length).toBeLessThanOrEqual(floors.maxStrays);
    });

    more?.(() => results);
  });
}
