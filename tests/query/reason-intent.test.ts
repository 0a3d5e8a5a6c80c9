/**
 * A query asking why something was not done (「…を実施できなかった理由」) is answered by the reasons of the rows left
 * 実施未定 (column B): over the sixteen reports, the same query ranks a reason record higher with the rule than without
 * it (reasonRecord 1), and a query without the cue is ranked alike either way.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';
import type { Initiative } from '../../src/domain/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { engineOver } from '../quality/quality-engine';
import { sixteenReports } from './fixtures';

let initiatives: Initiative[];
let analyzer: Analyzer;
beforeAll(async () => {
  initiatives = await sixteenReports();
  analyzer = await createAnalyzer();
});

/** Positions (0-based) of reason records (column B) among the first 20 results. */
function reasonPositions(q: string, reasonRecord: number): number[] {
  const engine = engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, reasonRecord });
  const kindOf = new Map(initiatives.map((initiative) => [initiative.id, initiative.kind]));
  return engine
    .search({ q, limit: 20 })
    .results.map((hit, position) => (kindOf.get(hit.id) === 'reason' ? position : -1))
    .filter((position) => position >= 0);
}

describe('a query asking why something was not done', () => {
  test('when the query asks for the reason, the reasons of 実施未定 rows rank higher than without the rule', () => {
    const q = '超過勤務の縮減を実施できなかった理由';
    const withRule = reasonPositions(q, DEFAULT_WEIGHTS.reasonRecord);
    const withoutRule = reasonPositions(q, 1);

    expect(withRule.length).toBeGreaterThan(0);
    expect(withRule[0]!).toBeLessThan(withoutRule[0] ?? 20);
    expect(withRule[0]!).toBeLessThan(3);
  });

  test('when the query asks for no reason, the rule changes nothing', () => {
    expect(reasonPositions('超過勤務の縮減', DEFAULT_WEIGHTS.reasonRecord)).toEqual(reasonPositions('超過勤務の縮減', 1));
  });
});
