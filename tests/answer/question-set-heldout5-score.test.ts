/**
 * Scores issue 12's fifth held-out set (question-set-heldout5.json, sixteen reports, written by someone who opened no
 * answer, query or analysis code) on the answer engine. It was scored once, held out (README, "Measured"); having been
 * scored, it is a development set now, and the floors hold its result after the fixes it led to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/answer/answer-question';
import type { Answer } from '../../src/answer/types';
import { openAnswerEngine, type OpenedAnswerEngine, type SetQuestion } from './answer-engine';

/**
 * Scored once on 2026-12-03: 45/60 right (two of the misses are a change printed +10.0ポイント where the key says
 * +10ポイント); 53/60 after the fixes it led to, which the floor holds.
 */
const ACCURACY_FLOOR = 0.88;
/** Scored once: 18/24 correct abstentions; 20/24 since. */
const ABSTENTION_RECALL_FLOOR = 0.83;
/** Answers with a source outside the reports the question names, when scored once. */
const MAX_STRAY_ANSWERS = 1;
/** Of the answers given at confidence ≥ 0.8, the share right: 16/19 when scored once, 23/25 since (issue 12's target: 0.9). */
const CONFIDENT_PRECISION_FLOOR = 0.9;

interface Result {
  question: SetQuestion;
  answer: Answer;
  correct: boolean;
  strays: string[];
}

const questions = (JSON.parse(readFileSync(join(__dirname, 'question-set-heldout5.json'), 'utf8')) as { questions: SetQuestion[] }).questions;

function strayScopes(question: SetQuestion, answer: Answer): string[] {
  return answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`).filter((scope) => question.from && !question.from.includes(scope));
}

function isCorrect(question: SetQuestion, answer: Answer, strays: string[]): boolean {
  if (question.expect === null) return answer.answer === null && (question.heldBy ?? []).every((s) => (answer.note ?? '').includes(s));
  const text = answer.answer;
  if (text === null) return false;
  return question.expect.every((s) => text.includes(s)) && !(question.reject ?? []).some((s) => text.includes(s)) && strays.length === 0;
}

function abstained(results: Result[]): string {
  const unanswerable = results.filter((r) => r.question.expect === null);
  return `${unanswerable.filter((r) => r.correct).length}/${unanswerable.length}`;
}

function confidentResults(results: Result[]): Result[] {
  return results.filter((r) => r.answer.answer !== null && r.answer.confidence >= 0.8);
}

function confident(results: Result[]): string {
  const given = confidentResults(results);
  return `${given.filter((r) => r.correct).length}/${given.length} right at ≥ 0.8`;
}

describe('answerQuestion on question-set-heldout5.json (corpus all; scored once, held out)', () => {
  let opened: OpenedAnswerEngine;
  const results: Result[] = [];

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
    for (const question of questions) {
      const answer = answerQuestion(opened.engine, question.question);
      const strays = answer.answer === null ? [] : strayScopes(question, answer);
      results.push({ question, answer, correct: isCorrect(question, answer, strays), strays });
    }
    const wrong = results.filter((r) => !r.correct);
    console.log(
      [
        `heldout5: ${results.length - wrong.length}/${results.length} right; abstentions ${abstained(results)}; confident ${confident(results)}; strays ${results.filter((r) => r.strays.length > 0).length}`,
        ...wrong.map((r) => `  WRONG ${r.question.question} → ${JSON.stringify(r.answer.answer ?? r.answer.note ?? null)}`),
      ].join('\n'),
    );
  });

  afterAll(() => opened?.close());

  it('when scored, answers at least the accuracy floor correctly and abstains where the reports cannot answer', () => {
    const unanswerable = results.filter((r) => r.question.expect === null);

    expect(results.filter((r) => r.correct).length / results.length).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(unanswerable.filter((r) => r.correct).length / unanswerable.length).toBeGreaterThanOrEqual(ABSTENTION_RECALL_FLOOR);
  });

  it('when it answers at confidence 0.8 or more, is right at least as often as when scored', () => {
    const given = confidentResults(results);

    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((r) => r.correct).length / given.length).toBeGreaterThanOrEqual(CONFIDENT_PRECISION_FLOOR);
  });

  it('when it answers, takes no source from a report other than those the question names', () => {
    expect(results.filter((r) => r.strays.length > 0).length).toBeLessThanOrEqual(MAX_STRAY_ANSWERS);
  });
});
