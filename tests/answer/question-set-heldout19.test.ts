/**
 * Checks the FILE of issue 12's nineteenth held-out question set (question-set-heldout19.json, corpus `all`: sixteen
 * reports) without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout19.json',
  title: 'nineteenth held-out set over sixteen reports',
  corpus: 'all',
  others: setsBefore(19),
  questions: 60,
  unanswerable: 24,
  categories: { results: 6, 'target/status': 15, list: 5, count: 3, change: 5, reason: 2 },
  answerableKinds: { count: 8, metric: 4, status: 12, list: 5, change: 5, reason: 2 },
  unanswerableKinds: { status: 11, count: 4, when: 2, unknown: 2, what: 1, reason: 1, metric: 2, list: 1 },
  heldBy: 12,
  namingNoMinistry: 27,
  namingTwoMinistries: 0,
  namingTwoYears: 4,
});
