/**
 * Checks the FILE of issue 12's seventeenth held-out question set (question-set-heldout17.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout17.json',
  title: 'seventeenth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(17),
  questions: 60,
  unanswerable: 24,
  categories: { results: 6, 'target/status': 14, list: 5, count: 4, change: 5, reason: 2 },
  answerableKinds: { count: 10, metric: 5, met: 1, status: 8, list: 5, change: 5, reason: 2 },
  unanswerableKinds: { status: 12, count: 6, metric: 2, when: 1, reason: 1, unknown: 1, list: 1 },
  heldBy: 12,
  namingNoMinistry: 18,
  namingTwoMinistries: 5,
  namingTwoYears: 10,
});
