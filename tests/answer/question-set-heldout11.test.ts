/**
 * Checks the FILE of issue 12's eleventh held-out question set (question-set-heldout11.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout11.json',
  title: 'eleventh held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(11),
  questions: 60,
  unanswerable: 24,
  categories: { results: 9, 'target/status': 8, list: 6, count: 5, change: 4, reason: 4 },
  answerableKinds: { count: 14, met: 4, status: 3, metric: 1, list: 6, change: 4, reason: 4 },
  unanswerableKinds: { status: 8, count: 7, metric: 3, change: 2, reason: 1, what: 1, when: 1, list: 1 },
  heldBy: 13,
  namingNoMinistry: 13,
  namingTwoMinistries: 4,
  namingTwoYears: 5,
});
