/** Builds engines over the real seed for the quality suite: same ingest, same query code, the analyser varies. */
import type { Analyzer } from '../../src/analysis/types';
import { assignTopics } from '../../src/analysis/assign-topics';
import type { Initiative } from '../../src/domain/types';
import { defaultDataDir } from '../../src/domain/paths';
import { ingestDirectory } from '../../src/ingest';
import { buildIndex } from '../../src/indexing/build-index';
import type { RankingWeights } from '../../src/query/build-query';
import { createSearchEngine } from '../../src/query/search-engine';
import type { SearchEngine } from '../../src/query/types';

export async function seedInitiatives(): Promise<Initiative[]> {
  const { reports, failures } = await ingestDirectory(defaultDataDir());
  if (failures.length > 0) throw new Error(`seed failed to ingest: ${failures.map((f) => f.error.message).join('; ')}`);
  return reports.flatMap((report) => report.initiatives);
}

export function engineOver(initiatives: Initiative[], analyzer: Analyzer, weights?: RankingWeights): SearchEngine {
  const built = buildIndex(initiatives, analyzer, (initiative) => assignTopics(analyzer, initiative.text));
  return createSearchEngine({ ...built, analyzer, weights });
}
