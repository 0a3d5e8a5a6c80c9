/**
 * The file checks every held-out judged set (v3 on) passes: well-formed over its corpus by v2's schema and loader,
 * every key naming one statement, the counts per kind it says, no repeat of an earlier set, nothing in any report
 * that an expect-none query asks about. No engine is run, no score is printed, there is no quality floor: each set is
 * held out entirely and the lead scores it once, at the end (the README beside each set).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Initiative } from '../../src/domain/types';
import { projectRoot } from '../../src/domain/paths';
import {
  JudgedQuery,
  JudgedSet,
  QUERY_KINDS,
  loadCorpus,
  loadJudgedSet,
  repeatedKeys,
  resolveJudgments,
  unresolvedKeys,
  type QueryKind,
} from './v2/judged-set';

export interface JudgedSetFileSpec {
  /** The folder under tests/quality: 'v6'. */
  version: string;
  /** Exactly this many queries (v2's loader asks for at least 60, so a smaller set must fail it). */
  size: number;
  /** Answerable queries per kind. */
  kinds: Record<QueryKind, number>;
  expectNone: number;
  /** Earlier sets besides v2's (which is always read) whose query texts it must not repeat: 'v3', 'v4' … */
  earlier: string[];
  /** Earlier sets whose `corpus` list it must equal. */
  sameCorpusAs?: string[];
  /** The reports and ministries v2's loadCorpus must ingest; or only a minimum number of reports. */
  reports: { count: number; ministries: string[] } | { atLeast: number };
  /** Words an expect-none query is about; none of them may occur in any report (after NFKC and case folding). */
  absentWords?: string[];
  /** Whether every query must say who would type it and why (v5 on). */
  intents?: boolean;
}

/** Any set, whatever its size (v3 has 40): only its query texts and corpus list are read. */
const AnySet = JudgedSet.extend({ queries: z.array(JudgedQuery) });
const pathOf = (version: string): string => join(projectRoot(), 'tests/quality', version, 'queries.json');
const readSet = (version: string): JudgedSet => AnySet.parse(JSON.parse(readFileSync(pathOf(version), 'utf8')));
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

export function describeJudgedSetFile(spec: JudgedSetFileSpec): void {
  const SizedSet = JudgedSet.extend({ queries: z.array(JudgedQuery).length(spec.size) });
  const path = pathOf(spec.version);
  const kindsText = Object.entries(spec.kinds)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');

  let set: JudgedSet;
  let initiatives: Initiative[];
  beforeAll(async () => {
    set = SizedSet.parse(JSON.parse(readFileSync(path, 'utf8')));
    initiatives = await loadCorpus(set);
  });

  describe(`${spec.version} judged set › the file`, () => {
    test(`is valid by v2's zod schema and loader, with exactly ${spec.size} queries`, () => {
      if (spec.size < 60) expect(() => loadJudgedSet(path)).toThrow(/queries/);
      else expect(() => loadJudgedSet(path)).not.toThrow();
      expect(() => SizedSet.parse(JSON.parse(readFileSync(path, 'utf8')))).not.toThrow();
    });

    test("has the corpus it says, and v2's loadCorpus ingests every report of it, each sidecar's ministry included", () => {
      for (const other of spec.sameCorpusAs ?? []) expect(set.corpus).toEqual(readSet(other).corpus);
      const reports = new Set(initiatives.map((i) => i.reportId)).size;
      if ('atLeast' in spec.reports) {
        expect(reports).toBeGreaterThanOrEqual(spec.reports.atLeast);
        return;
      }
      expect(set.corpus).toHaveLength(spec.reports.count);
      expect(reports).toBe(spec.reports.count);
      expect(new Set(initiatives.map((i) => i.source)).size).toBe(spec.reports.count);
      expect([...new Set(initiatives.map((i) => i.ministry))].sort()).toEqual([...spec.reports.ministries].sort());
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

    test(`counts per kind: ${kindsText}, and ${spec.expectNone} expecting none`, () => {
      const answerable = set.queries.filter((q) => !q.expectNone);
      const counts = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, answerable.filter((q) => q.kind === kind).length]));

      expect(counts).toEqual(spec.kinds);
      expect(set.queries.filter((q) => q.expectNone).length).toBe(spec.expectNone);
      expect(set.queries.length).toBe(spec.size);
    });

    test(`every query is held out${spec.intents ? ' and has an intent' : ''}`, () => {
      expect(set.queries.filter((q) => q.split !== 'heldout').map((q) => q.id)).toEqual([]);
      if (spec.intents) expect(set.queries.filter((q) => !q.intent).map((q) => q.id)).toEqual([]);
    });

    test(`ids and query texts are unique, and no query repeats one of v2's${spec.earlier.map((v) => `, ${v}'s`).join('')}`, () => {
      const earlier = new Set([...loadJudgedSet().queries, ...spec.earlier.flatMap((v) => readSet(v).queries)].map((q) => fold(q.query)));

      expect(new Set(set.queries.map((q) => q.id)).size).toBe(set.queries.length);
      expect(new Set(set.queries.map((q) => fold(q.query))).size).toBe(set.queries.length);
      expect(set.queries.filter((q) => earlier.has(fold(q.query))).map((q) => q.query)).toEqual([]);
    });

    test('no report mentions what an expect-none query asks (after NFKC and case folding)', () => {
      const reports = fold(set.corpus.map((file) => readFileSync(join(projectRoot(), file), 'utf8')).join('\n'));
      const mentioned = set.queries.filter((q) => q.expectNone && reports.includes(fold(q.query))).map((q) => q.query);
      const words = (spec.absentWords ?? []).filter((word) => reports.includes(fold(word)));

      expect(mentioned).toEqual([]);
      expect(words).toEqual([]);
    });
  });
}
