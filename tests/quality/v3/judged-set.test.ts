/**
 * The v3 judged set (queries.json) is well-formed over its corpus. It checks the file only: no engine is run, no
 * score is printed and there is no quality floor. The set is held out entirely; the lead scores it once, at the end
 * (see README.md beside this file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Initiative } from '../../../src/domain/types';
import { projectRoot } from '../../../src/domain/paths';
import { JudgedQuery, JudgedSet, QUERY_KINDS, loadCorpus, loadJudgedSet, repeatedKeys, resolveJudgments, unresolvedKeys } from '../v2/judged-set';

/** v2's schema with v3's size: v2's `JudgedSet` asks for at least 60 queries, this set has exactly 40. */
const V3Set = JudgedSet.extend({ queries: z.array(JudgedQuery).length(40) });
const path = join(projectRoot(), 'tests/quality/v3/queries.json');

const EXPECTED_KINDS = { concept: 10, question: 8, synonym: 6, 'cross-year': 5, 'typo-kana': 5, abbreviation: 3, exact: 0 } as const;

let set: JudgedSet;
let initiatives: Initiative[];
beforeAll(async () => {
  set = V3Set.parse(JSON.parse(readFileSync(path, 'utf8')));
  initiatives = await loadCorpus(set);
});

describe('v3 judged set › the file', () => {
  test("is valid by v2's zod schema (v2's loader accepts every field; only its 60-query minimum is replaced by exactly 40)", () => {
    expect(() => loadJudgedSet(path)).toThrow(/queries/);
    expect(() => V3Set.parse(JSON.parse(readFileSync(path, 'utf8')))).not.toThrow();
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

  test('counts per kind: 10 concept, 8 question, 6 synonym, 5 cross-year, 5 typo-kana, 3 abbreviation, and 3 expecting none', () => {
    const answerable = set.queries.filter((q) => !q.expectNone);
    const counts = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, answerable.filter((q) => q.kind === kind).length]));

    expect(counts).toEqual(EXPECTED_KINDS);
    expect(set.queries.filter((q) => q.expectNone).length).toBe(3);
    expect(set.queries.length).toBe(40);
  });

  test('every query is held out', () => {
    expect(set.queries.filter((q) => q.split !== 'heldout').map((q) => q.id)).toEqual([]);
  });

  test("ids and query texts are unique, and no query repeats one of v2's", () => {
    const v2 = new Set(loadJudgedSet().queries.map((q) => q.query.normalize('NFKC').toLowerCase()));

    expect(new Set(set.queries.map((q) => q.id)).size).toBe(set.queries.length);
    expect(new Set(set.queries.map((q) => q.query)).size).toBe(set.queries.length);
    expect(set.queries.filter((q) => v2.has(q.query.normalize('NFKC').toLowerCase())).map((q) => q.query)).toEqual([]);
  });

  test('the corpus holds at least three reports, and no report mentions what an expect-none query asks', () => {
    expect(new Set(initiatives.map((i) => i.reportId)).size).toBeGreaterThanOrEqual(3);
    const reports = set.corpus.map((file) => readFileSync(join(projectRoot(), file), 'utf8').normalize('NFKC')).join('\n');
    const mentioned = set.queries.filter((q) => q.expectNone && reports.includes(q.query.normalize('NFKC'))).map((q) => q.query);

    expect(mentioned).toEqual([]);
  });
});
