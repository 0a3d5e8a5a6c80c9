/**
 * Checks the FILE of issue 12's twentieth held-out question set (question-set-heldout20.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout20.json',
  title: 'twentieth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(20),
  questions: 60,
  unanswerable: 24,
  categories: { results: 6, 'target/status': 15, list: 5, count: 3, change: 5, reason: 2 },
  answerableKinds: { count: 9, metric: 2, status: 13, list: 5, change: 5, reason: 2 },
  unanswerableKinds: { status: 12, count: 3, when: 2, unknown: 2, what: 1, reason: 1, metric: 2, list: 1 },
  heldBy: 12,
  namingNoMinistry: 27,
  namingTwoMinistries: 0,
  namingTwoYears: 2,
});
