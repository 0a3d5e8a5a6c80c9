/**
 * Checks the FILE of issue 12's third held-out question set (question-set-heldout3.json, corpus `years`: seven reports)
 * without running the answer engine; what is checked is in question-set-file-check.ts.
 */
import { describeQuestionSetFile, setsBefore } from './question-set-file-check';

describeQuestionSetFile({
  file: 'question-set-heldout3.json',
  title: 'third held-out set',
  corpus: 'years',
  others: setsBefore(3),
  questions: 50,
  unanswerable: 20,
  categories: { results: 10, list: 5, count: 4, change: 4, reason: 3, 'target/status': 4 },
  answerableKinds: { count: 13, metric: 4, list: 5, change: 4, reason: 3, status: 1 },
  unanswerableKinds: { count: 10, metric: 7, status: 1, change: 1, reason: 1 },
  heldBy: 11,
});
