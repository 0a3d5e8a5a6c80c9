/**
 * How a question set is scored, shared by the dev set's test and each held-out set's score test so that "right",
 * "stray" and "confident" mean the same thing in every figure the README quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/answer/answer-question';
import type { Answer } from '../../src/answer/types';
import type { SearchEngine } from '../../src/query/types';
import type { SetQuestion } from './answer-engine';

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
