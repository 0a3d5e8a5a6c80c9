/**
 * Checks the FILE of issue 12's twelfth held-out question set (question-set-heldout12.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout12.json',
  title: 'twelfth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(12),
  questions: 60,
  unanswerable: 24,
  categories: { results: 8, 'target/status': 9, list: 6, count: 5, change: 4, reason: 4 },
  answerableKinds: { count: 12, metric: 6, met: 3, status: 1, list: 6, change: 4, reason: 4 },
  unanswerableKinds: { status: 5, metric: 5, count: 7, change: 2, reason: 1, what: 1, when: 1, unknown: 1, list: 1 },
  heldBy: 11,
  namingNoMinistry: 13,
  namingTwoMinistries: 3,
  namingTwoYears: 9,
});
