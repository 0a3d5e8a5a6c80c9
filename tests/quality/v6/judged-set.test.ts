/**
 * The v6 judged set (queries.json) is well-formed over its corpus. It checks the file only: no engine is run, no
 * score is printed and there is no quality floor. The set is held out entirely; the lead scores it once, at the end
 * (see README.md beside this file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Initiative } from '../../../src/domain/types';
import { projectRoot } from '../../../src/domain/paths';
import { JudgedQuery, JudgedSet, QUERY_KINDS, loadCorpus, loadJudgedSet, repeatedKeys, resolveJudgments, unresolvedKeys } from '../v2/judged-set';

/** v2's schema with v6's size: v2's `JudgedSet` asks for at least 60 queries, this set has exactly 60. */
const V6Set = JudgedSet.extend({ queries: z.array(JudgedQuery).length(60) });
/** Any earlier set, whatever its size (v3 has 40): only its query texts (and v5's corpus list) are read. */
const AnySet = JudgedSet.extend({ queries: z.array(JudgedQuery) });
const path = join(projectRoot(), 'tests/quality/v6/queries.json');
const readSet = (file: string) => AnySet.parse(JSON.parse(readFileSync(join(projectRoot(), file), 'utf8')));

const EXPECTED_KINDS = { concept: 14, question: 10, synonym: 10, 'cross-year': 8, 'typo-kana': 6, abbreviation: 4, exact: 4 } as const;
const MINISTRIES = ['財務省', '架空庁', 'テスト省', '架空省', '試験庁', '模擬省'];
/** Words an expect-none query is about; none of them may occur in any report (after NFKC and case folding). */
const ABSENT_WORDS = ['手当', '在宅', '外国', '国籍', '喫煙', '禁煙', 'たばこ', 'タバコ', '資格', '補助', '助成', '費用'];

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

let set: JudgedSet;
let initiatives: Initiative[];
beforeAll(async () => {
  set = V6Set.parse(JSON.parse(readFileSync(path, 'utf8')));
  initiatives = await loadCorpus(set);
});

describe('v6 judged set › the file', () => {
  test("is valid by v2's zod schema and loader, with exactly 60 queries", () => {
    expect(() => loadJudgedSet(path)).not.toThrow();
    expect(() => V6Set.parse(JSON.parse(readFileSync(path, 'utf8')))).not.toThrow();
  });

  test("has v5's (and v4's) corpus, and v2's loadCorpus ingests all sixteen reports, each sidecar's ministry included", () => {
    expect(set.corpus).toEqual(readSet('tests/quality/v5/queries.json').corpus);
    expect(set.corpus).toEqual(readSet('tests/quality/v4/queries.json').corpus);
    expect(set.corpus).toHaveLength(16);
    expect(new Set(initiatives.map((i) => i.reportId)).size).toBe(16);
    expect(new Set(initiatives.map((i) => i.source)).size).toBe(16);
    expect([...new Set(initiatives.map((i) => i.ministry))].sort()).toEqual([...MINISTRIES].sort());
  });

  test('every judged key names exactly one statement of the corpus (identical copies count as one)', () => {
    const bad = unresolvedKeys(set, initiatives);

    expect(bad).toEqual([]);
    for (const q of set.queries) expect(() => resolveJudgments(q, initiatives)).not.toThrow();
  });

  test('no key is judged twice within one query', () => {
    const repeated = repeatedKeys(set);

    expect(repeated).toEqual([]);
  });

  test('counts per kind: 14 concept, 10 question, 10 synonym, 8 cross-year, 6 typo-kana, 4 abbreviation, 4 exact, and 4 expecting none', () => {
    const answerable = set.queries.filter((q) => !q.expectNone);
    const counts = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, answerable.filter((q) => q.kind === kind).length]));

    expect(counts).toEqual(EXPECTED_KINDS);
    expect(set.queries.filter((q) => q.expectNone).length).toBe(4);
    expect(set.queries.length).toBe(60);
  });

  test('every query is held out and has an intent', () => {
    expect(set.queries.filter((q) => q.split !== 'heldout').map((q) => q.id)).toEqual([]);
    expect(set.queries.filter((q) => !q.intent).map((q) => q.id)).toEqual([]);
  });

  test("ids and query texts are unique, and no query repeats one of v2's, v3's, v4's or v5's", () => {
    const earlier = new Set(
      [
        ...loadJudgedSet().queries,
        ...readSet('tests/quality/v3/queries.json').queries,
        ...readSet('tests/quality/v4/queries.json').queries,
        ...readSet('tests/quality/v5/queries.json').queries,
      ].map((q) => fold(q.query)),
    );

    expect(new Set(set.queries.map((q) => q.id)).size).toBe(set.queries.length);
    expect(new Set(set.queries.map((q) => fold(q.query))).size).toBe(set.queries.length);
    expect(set.queries.filter((q) => earlier.has(fold(q.query))).map((q) => q.query)).toEqual([]);
  });

  test('no report mentions what an expect-none query asks (after NFKC and case folding)', () => {
    const reports = fold(set.corpus.map((file) => readFileSync(join(projectRoot(), file), 'utf8')).join('\n'));
    const mentioned = set.queries.filter((q) => q.expectNone && reports.includes(fold(q.query))).map((q) => q.query);
    const words = ABSENT_WORDS.filter((word) => reports.includes(fold(word)));

    expect(mentioned).toEqual([]);
    expect(words).toEqual([]);
  });
});
