/**
 * Checks the FILE of issue 12's fourteenth held-out question set (question-set-heldout14.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout14.json',
  title: 'fourteenth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(14),
  questions: 60,
  unanswerable: 24,
  categories: { results: 8, 'target/status': 9, list: 6, count: 5, change: 4, reason: 4 },
  answerableKinds: { count: 12, metric: 4, met: 2, status: 4, list: 6, change: 4, reason: 4 },
  unanswerableKinds: { status: 9, count: 5, metric: 2, reason: 3, change: 1, what: 1, when: 1, unknown: 1, list: 1 },
  heldBy: 12,
  namingNoMinistry: 14,
  namingTwoMinistries: 2,
  namingTwoYears: 2,
});
