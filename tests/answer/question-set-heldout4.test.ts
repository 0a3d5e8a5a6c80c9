/**
 * Checks the FILE of issue 12's fourth held-out question set (question-set-heldout4.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout4.json',
  title: 'fourth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(4),
  questions: 60,
  unanswerable: 24,
  categories: { results: 10, 'target/status': 6, list: 6, count: 5, change: 5, reason: 4 },
  answerableKinds: { count: 15, metric: 2, met: 2, status: 2, list: 6, change: 5, reason: 4 },
  unanswerableKinds: { change: 1, count: 9, metric: 10, reason: 2, status: 1, what: 1 },
  heldBy: 15,
  namingNoMinistry: 7,
  namingTwoMinistries: 2,
});
