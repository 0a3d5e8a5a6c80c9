/**
 * Checks the FILE of issue 12's sixteenth held-out question set (question-set-heldout16.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout16.json',
  title: 'sixteenth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(16),
  questions: 60,
  unanswerable: 24,
  categories: { results: 8, 'target/status': 9, list: 6, count: 5, change: 4, reason: 4 },
  answerableKinds: { count: 13, metric: 3, met: 1, status: 5, list: 6, change: 4, reason: 4 },
  unanswerableKinds: { status: 11, count: 6, metric: 3, reason: 2, unknown: 1, list: 1 },
  heldBy: 12,
  namingNoMinistry: 14,
  namingTwoMinistries: 6,
  namingTwoYears: 5,
});
