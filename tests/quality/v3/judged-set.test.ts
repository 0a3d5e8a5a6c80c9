/**
 * The v3 judged set (queries.json) is well-formed over its corpus (40 queries: v2's loader, which asks for 60, must refuse it). It checks the file only (what is checked is in
 * ../judged-set-file-check.ts); the set is held out entirely and the lead scores it once (README.md beside this file).
 */
import { describeJudgedSetFile } from '../judged-set-file-check';

describeJudgedSetFile({
  version: 'v3',
  size: 40,
  kinds: { concept: 10, question: 8, synonym: 6, 'cross-year': 5, 'typo-kana': 5, abbreviation: 3, exact: 0 },
  expectNone: 3,
  earlier: [],
  reports: { atLeast: 3 },
});
