/**
 * A query asking which ministries (「…がいちばん低いのはどの省庁か」) is answered by each ministry's best records: over the
 * sixteen reports, every ministry holding the target row asked of is among the first results with the rule, where
 * without it (ministryBestRecord 1) one ministry's statements on the subject came before the others' rows. A query
 * without the cue is ranked alike either way.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { asksWhichMinistry } from '../../src/analysis/figure-intent';
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

/** The ministries of the first `count` results. */
function firstMinistries(q: string, ministryBestRecord: number, count: number): Set<string> {
  const engine = engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, ministryBestRecord });
  return new Set(engine.search({ q, limit: count }).results.map((hit) => hit.ministry));
}

describe('a query asking which ministries', () => {
  test('reads the cue: どの省庁, 府省ごと, 各府省; not a ministry named, nor no ministry at all', () => {
    expect(['女性管理職の割合がいちばん低いのはどの省庁か', '府省ごとの年休の取得日数', '各府省のテレワーク'].map(asksWhichMinistry)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['財務省のテレワーク', '女性管理職の割合'].map(asksWhichMinistry)).toEqual([false, false]);
  });

  test('puts every ministry with the row asked of among the first results with the rule, not without it', () => {
    const q = '女性管理職の割合がいちばん低いのはどの省庁か';
    const rows = initiatives.filter((initiative) => initiative.rowTitle === '女性の登用目標');
    const ministries = new Set(rows.map((initiative) => initiative.ministry));

    // Each ministry's rows of every year are its best: as many first results as there are such rows.
    expect(ministries.size).toBeGreaterThan(3);
    expect(firstMinistries(q, DEFAULT_WEIGHTS.ministryBestRecord, rows.length)).toEqual(ministries);
    expect(firstMinistries(q, 1, rows.length).size).toBeLessThan(ministries.size);
  });

  test('without the cue, the rule changes nothing', () => {
    const engine = (ministryBestRecord: number) => engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, ministryBestRecord });
    const ids = (ministryBestRecord: number) =>
      engine(ministryBestRecord)
        .search({ q: '女性管理職の割合', limit: 20 })
        .results.map((hit) => hit.id);
    expect(ids(DEFAULT_WEIGHTS.ministryBestRecord)).toEqual(ids(1));
  });
});
