/**
 * Checks the FILE of issue 12's seventh held-out question set (question-set-heldout7.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts, plus the one count its
 * "about" states that the shared check does not read (three answerable questions besides the changes name two years).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SetQuestion } from './answer-engine';
import { describeQuestionSetFile } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout7.json',
  title: 'seventh held-out set over sixteen reports',
  corpus: 'all',
  others: [
    'question-set.json',
    'question-set-heldout2.json',
    'question-set-heldout3.json',
    'question-set-heldout4.json',
    'question-set-heldout5.json',
    'question-set-heldout6.json',
  ],
  questions: 60,
  unanswerable: 24,
  categories: { results: 9, 'target/status': 7, list: 6, count: 5, change: 5, reason: 4 },
  answerableKinds: { count: 13, metric: 4, met: 2, status: 2, list: 6, change: 5, reason: 4 },
  unanswerableKinds: { change: 1, count: 12, metric: 7, reason: 1, status: 2, what: 1 },
  heldBy: 14,
  namingNoMinistry: 7,
  namingTwoMinistries: 2,
});

describe('question-set-heldout7.json (issue 12, seventh held-out set: the years its questions name)', () => {
  const questions = (JSON.parse(readFileSync(join(__dirname, 'question-set-heldout7.json'), 'utf8')) as { questions: SetQuestion[] }).questions;
  /** The distinct fiscal years a question names (令和3年度, 2021年度). */
  const yearsNamed = (question: string): Set<number> =>
    new Set([
      ...[...question.normalize('NFKC').matchAll(/令和([0-9]+)年度/g)].map((m) => 2018 + Number(m[1])),
      ...[...question.normalize('NFKC').matchAll(/(20[0-9]{2})年度/g)].map((m) => Number(m[1])),
    ]);

  it('when counted, has three answerable questions besides the changes that name two years, each from both years', () => {
    const twoYears = questions.filter((q) => q.expect !== null && q.kind !== 'change' && yearsNamed(q.question).size === 2);

    expect(twoYears).toHaveLength(3);
    for (const q of twoYears) {
      expect([q.question, [...new Set((q.from ?? []).map((scope) => Number(scope.split(':')[1])))].sort()]).toEqual([
        q.question,
        [...yearsNamed(q.question)].sort(),
      ]);
    }
  });
});
