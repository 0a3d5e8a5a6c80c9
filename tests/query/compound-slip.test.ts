/**
 * A compound typed without spaces whose parts are all words of the reports but which, as a whole, no statement prints,
 * while a printed word of the same reading in place of one part makes it printed: a kana-to-kanji conversion slip
 * (超過勤務次官 for 超過勤務時間). Over the seed and テスト省's three reports, where the query as typed finds enough
 * (事務次官's messages that also speak of overtime) for the few-results fix never to be tried.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { SearchEngine } from '../../src/query/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { engineOver } from '../quality/quality-engine';
import { loadCorpus } from '../quality/v2/judged-set';

let engine: SearchEngine;
beforeAll(async () => {
  const corpus = ['data/mof-fy2020-followup.txt', ...['r2', 'r3', 'r4'].map((year) => `tests/fixtures/years/test-ministry-${year}.txt`)];
  engine = engineOver(await loadCorpus({ corpus } as Parameters<typeof loadCorpus>[0]), await createAnalyzer());
});

describe('a compound printed nowhere that one homophone makes printed', () => {
  test('is searched as the printed compound, and the page is told what was typed', () => {
    const asTyped = engine.search({ q: '超過勤務次官', asTyped: true });
    const response = engine.search({ q: '超過勤務次官' });

    expect(asTyped.total).toBeGreaterThanOrEqual(DEFAULT_WEIGHTS.fewResults);
    expect(response.corrected).toEqual({
      original: '超過勤務次官',
      originalTotal: asTyped.total,
      query: '超過勤務時間',
      fixes: [{ from: '超過勤務次官', to: '超過勤務時間', kind: 'conversion' }],
    });
    expect(response.results[0]!.text).toContain('超過勤務時間');
  });

  test('also when the query finds nothing and the spelling fix of its words finds nothing to replace (外部公私 for 外部講師)', () => {
    const response = engine.search({ q: '外部公私' });

    expect(engine.search({ q: '外部公私', asTyped: true }).total).toBe(0);
    expect(response.corrected?.query).toBe('外部講師');
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results[0]!.text).toContain('外部講師');
  });

  test('a compound the reports print, or one no homophone makes printed, is searched as typed', () => {
    expect(engine.search({ q: '超過勤務時間' }).corrected).toBeUndefined();
    // 女性登用 is printed nowhere as typed (the reports write 女性職員の登用), and no word sounding like 女性 or 登用 fixes it.
    expect(engine.search({ q: '女性登用' }).corrected).toBeUndefined();
  });
});
