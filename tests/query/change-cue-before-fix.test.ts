/**
 * A word that only asks across the years (移り変わり) and that no report prints is left out before any spelling fix of
 * the query is tried. Over the sixteen reports of the judged sets (v15's corpus list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { projectRoot } from '../../src/domain/paths';
import type { SearchEngine } from '../../src/query/types';
import { engineOver } from '../quality/quality-engine';
import { loadCorpus } from '../quality/v2/judged-set';

let engine: SearchEngine;
beforeAll(async () => {
  const { corpus } = JSON.parse(readFileSync(join(projectRoot(), 'tests/quality/v15/queries.json'), 'utf8')) as { corpus: string[] };
  engine = engineOver(await loadCorpus({ corpus } as Parameters<typeof loadCorpus>[0]), await createAnalyzer());
});

describe('a word asking across the years that no report prints', () => {
  test('is left out before any spelling fix is tried (移り変わり was once fixed to 移変わり, whose parts matched by chance)', () => {
    const response = engine.search({ q: '架空省の育児支援の移り変わり', limit: 20 });

    expect(response.withoutWords).toEqual(['移り変わり']);
    expect(response.corrected).toBeUndefined();
    expect(response.total).toBeGreaterThan(0);
    expect(response.results.every((hit) => hit.ministry === '架空省' && /育児|子育て|保育/.test(hit.text + hit.rowTitle))).toBe(true);
  });
});
