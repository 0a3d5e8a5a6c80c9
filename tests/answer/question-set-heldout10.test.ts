/**
 * Checks the FILE of issue 12's tenth held-out question set (question-set-heldout10.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout10.json',
  title: 'tenth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(10),
  questions: 60,
  unanswerable: 24,
  categories: { results: 9, 'target/status': 7, list: 6, count: 5, change: 5, reason: 4 },
  answerableKinds: { count: 14, metric: 2, met: 3, status: 2, list: 6, change: 5, reason: 4 },
  unanswerableKinds: { status: 8, count: 8, reason: 1, change: 3, metric: 1, what: 1, when: 1, list: 1 },
  heldBy: 13,
  namingNoMinistry: 14,
  namingTwoMinistries: 4,
  namingTwoYears: 3,
});
