/**
 * Prints the pool to grade for each query of the v2 set: the union of the top 20 of the product engine and of the
 * plain-kuromoji baseline, each line with its current grade (「?」 when unjudged) and the ranks in both systems, then
 * the judged statements neither system found (those came from reading and grepping the reports).
 *
 * Not a test: run it through jest's TypeScript transform, optionally for some query ids or kinds only:
 *   V2_POOL=ex-01,concept npx jest --testMatch '**\/v2/grade-pool.ts' tests/quality/v2/grade-pool.ts
 */
import { createPlainKuromojiAnalyzer } from '../../../src/analysis/baseline-analyzers';
import { createAnalyzer } from '../../../src/analysis/create-analyzer';
import type { Initiative } from '../../../src/domain/types';
import type { SearchEngine } from '../../../src/query/types';
import { engineOver } from '../quality-engine';
import { loadCorpus, loadJudgedSet, matchKey, type JudgedQuery } from './judged-set';

export const POOL_DEPTH = 20;

interface PoolEntry {
  initiative: Initiative;
  ranks: (number | null)[];
}

/** The pooled top-20 of each engine for one query, in order of best rank; folded copies count as the hit. */
export function poolFor(query: string, engines: SearchEngine[], initiatives: Initiative[]): PoolEntry[] {
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const pool = new Map<string, PoolEntry>();
  engines.forEach((engine, which) => {
    engine.search({ q: query, limit: POOL_DEPTH }).results.forEach((hit, rank) => {
      const entry = pool.get(hit.id) ?? { initiative: byId.get(hit.id)!, ranks: engines.map(() => null) };
      entry.ranks[which] = rank + 1;
      pool.set(hit.id, entry);
    });
  });
  const best = (e: PoolEntry) => Math.min(...e.ranks.map((r) => r ?? Infinity));
  return [...pool.values()].sort((a, b) => best(a) - best(b));
}

/** The grade a query gives an initiative (or an identical copy of it), or null when unjudged. */
function gradeOf(query: JudgedQuery, initiative: Initiative, initiatives: Initiative[]): number | null {
  const same = (i: Initiative) => i.id === initiative.id || (initiative.duplicateGroup !== null && i.duplicateGroup === initiative.duplicateGroup);
  const grades = query.relevant.filter((j) => matchKey(j, initiatives).some(same)).map((j) => j.grade);
  return grades.length ? Math.max(...grades) : null;
}

function formatPool(query: JudgedQuery, engines: SearchEngine[], initiatives: Initiative[]): string {
  const pool = poolFor(query.query, engines, initiatives);
  const pooledIds = new Set(
    pool.flatMap((e) =>
      initiatives
        .filter((i) => i.id === e.initiative.id || (e.initiative.duplicateGroup !== null && i.duplicateGroup === e.initiative.duplicateGroup))
        .map((i) => i.id),
    ),
  );
  const line = (grade: number | null, ranks: string, i: Initiative) =>
    `  ${grade ?? '?'} ${ranks.padEnd(9)} ${i.source.replace('.txt', '')} ${i.item ?? ''}${i.sub ?? ''} ${i.text.slice(0, 70)}`;
  const unpooled = query.relevant.filter((j) => !matchKey(j, initiatives).some((i) => pooledIds.has(i.id)));
  return [
    `${query.id} 「${query.query}」 (${query.kind}, ${query.split}${query.expectNone ? ', expects none' : ''})  product/plain`,
    ...pool.map((e) => line(gradeOf(query, e.initiative, initiatives), e.ranks.map((r) => r ?? '-').join('/'), e.initiative)),
    ...unpooled.map((j) => line(j.grade, 'unpooled', matchKey(j, initiatives)[0]!)),
  ].join('\n');
}

test('prints the pool to grade', async () => {
  const set = loadJudgedSet();
  const initiatives = await loadCorpus(set);
  const engines = [engineOver(initiatives, await createAnalyzer()), engineOver(initiatives, await createPlainKuromojiAnalyzer())];
  const wanted = (process.env.V2_POOL ?? '').split(',').filter((w) => w !== '');
  const chosen = set.queries.filter((q) => wanted.length === 0 || wanted.includes(q.id) || wanted.includes(q.kind));

  console.log(chosen.map((q) => formatPool(q, engines, initiatives)).join('\n\n'));
});
