/**
 * The v16 judged set (queries.json) is well-formed over its corpus (v15's, v14's, v13's, v12's, v11's, v10's, v9's, v8's, v7's, v6's, v5's and v4's sixteen
 * reports). It checks the file only (what is checked is in ../judged-set-file-check.ts); the set is held out entirely and the lead scores it once (README.md
 * beside this file).
 */
import { describeJudgedSetFile } from '../judged-set-file-check';

describeJudgedSetFile({
  version: 'v16',
  size: 60,
  kinds: { concept: 14, question: 10, synonym: 10, 'cross-year': 8, 'typo-kana': 6, abbreviation: 4, exact: 4 },
  expectNone: 4,
  earlier: ['v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12', 'v13', 'v14', 'v15'],
  sameCorpusAs: ['v15', 'v14', 'v13', 'v12', 'v11', 'v10', 'v9', 'v8', 'v7', 'v6', 'v5', 'v4'],
  reports: { count: 16, ministries: ['財務省', '架空庁', 'テスト省', '架空省', '試験庁', '模擬省'] },
  absentWords: ['初任給', '手話', '派遣社員', '参観'],
  intents: true,
});
