/**
 * Checks the FILE of issue 12's eighth held-out question set (question-set-heldout8.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout8.json',
  title: 'eighth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(8),
  questions: 60,
  unanswerable: 24,
  categories: { results: 9, 'target/status': 7, list: 6, count: 5, change: 5, reason: 4 },
  answerableKinds: { count: 13, metric: 4, met: 2, status: 2, list: 6, change: 5, reason: 4 },
  unanswerableKinds: { change: 1, count: 13, metric: 5, reason: 2, status: 2, what: 1 },
  heldBy: 14,
  namingNoMinistry: 7,
  namingTwoMinistries: 2,
  namingTwoYears: 3,
});
