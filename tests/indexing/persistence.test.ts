import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyzer } from '../../src/analysis/types';
import { buildIndex, type BuiltIndex } from '../../src/indexing/build-index';
import type { CorpusSources } from '../../src/indexing/build-corpus';
import { loadIndex } from '../../src/indexing/load-index';
import { computeDataHash, INDEX_FORMAT_VERSION, type Manifest } from '../../src/indexing/manifest';
import { openSearchEngine } from '../../src/app/open-engine';
import { INDEX_FILES, saveIndex } from '../../src/indexing/save-index';
import { createSearchEngine } from '../../src/query/search-engine';
import { makeFixtureCorpus } from '../query/fixtures';
import { createTestAnalyzer } from '../query/test-analyzer';

interface Workspace {
  dataDir: string;
  indexDir: string;
}

let workspace: Workspace;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'torikumi-index-'));
  workspace = { dataDir: join(root, 'data'), indexDir: join(root, 'index') };
  mkdirSync(workspace.dataDir);
  writeFileSync(join(workspace.dataDir, 'test-fy2020.txt'), 'テスト省 令和2年度');
});
afterEach(() => rmSync(join(workspace.dataDir, '..'), { recursive: true, force: true }));

/** An analyser that counts how often the corpus is tokenised. */
function countingAnalyzer(version = 'test-1'): Analyzer & { calls: () => number } {
  const base = createTestAnalyzer(version);
  let calls = 0;
  return {
    ...base,
    wordTerms: (text) => ((calls += 1), base.wordTerms(text)),
    ngramTerms: (text) => ((calls += 1), base.ngramTerms(text)),
    calls: () => calls,
  };
}

function stubSources(ingestCalls: { count: number }): CorpusSources {
  return {
    ingest: async () => {
      ingestCalls.count += 1;
      return { initiatives: makeFixtureCorpus(), reports: [], failures: [], summary: '' };
    },
    createAnalyzer: async () => createTestAnalyzer(),
    assignTopics: () => [],
  };
}

function manifestFor(built: BuiltIndex, analyzer: Analyzer, dataDir: string): Manifest {
  return {
    formatVersion: INDEX_FORMAT_VERSION,
    analyzerVersion: analyzer.version,
    dictionaryVersion: analyzer.dictionaryVersion,
    dataHash: computeDataHash(dataDir),
    counts: { reports: 1, initiatives: built.documents.initiatives.length, failures: 0 },
    reports: [],
    failures: [],
    builtAt: new Date().toISOString(),
    buildMs: 1,
  };
}

const expectationOf = (analyzer: Analyzer, dataDir: string) => ({
  analyzerVersion: analyzer.version,
  dictionaryVersion: analyzer.dictionaryVersion,
  dataHash: computeDataHash(dataDir),
});

describe('index persistence', () => {
  test('saveIndex → loadIndex › round trip answers the same without tokenising the corpus again', () => {
    const analyzer = createTestAnalyzer();
    const built = buildIndex(makeFixtureCorpus(), analyzer, () => []);
    saveIndex(workspace.indexDir, built, manifestFor(built, analyzer, workspace.dataDir));
    const counting = countingAnalyzer();

    const loaded = loadIndex(workspace.indexDir, counting, expectationOf(counting, workspace.dataDir));

    expect(counting.calls()).toBe(0);
    const before = createSearchEngine({ ...built, analyzer }).search({ q: 'テレワーク' });
    const after = createSearchEngine({ ...loaded, analyzer: counting }).search({ q: 'テレワーク' });
    expect(after.results.map((h) => [h.id, h.score])).toEqual(before.results.map((h) => [h.id, h.score]));
  });

  test('openSearchEngine › with no index, builds one and the next open loads it without ingesting', async () => {
    const ingestCalls = { count: 0 };
    const messages: string[] = [];
    const options = { ...workspace, sources: stubSources(ingestCalls), log: (m: string) => messages.push(m) };

    await openSearchEngine(options);
    const { engine } = await openSearchEngine(options);

    expect(ingestCalls.count).toBe(1);
    expect(messages.some((m) => m.includes('rebuilding'))).toBe(true);
    expect(engine.search({ q: 'マネジメント' }).total).toBe(1);
  });

  test('openSearchEngine › when the analyser version changed, rebuilds with a message naming the reason', async () => {
    const ingestCalls = { count: 0 };
    const messages: string[] = [];
    const log = (m: string) => messages.push(m);
    await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log });

    const { manifest } = await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log, analyzer: createTestAnalyzer('test-2') });

    expect(ingestCalls.count).toBe(2);
    expect(manifest.analyzerVersion).toBe('test-2');
    expect(messages.some((m) => m.includes('analyzer version test-1 differs from test-2'))).toBe(true);
  });

  test('openSearchEngine › when a data file changed, the stale index is rebuilt, never served', async () => {
    const ingestCalls = { count: 0 };
    await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });
    writeFileSync(join(workspace.dataDir, 'test-fy2020.txt'), 'テスト省 令和2年度 (edited)');

    const { manifest } = await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });

    expect(ingestCalls.count).toBe(2);
    expect(manifest.dataHash).toBe(computeDataHash(workspace.dataDir));
  });

  test('openSearchEngine › a corrupt index file is rebuilt instead of crashing', async () => {
    const ingestCalls = { count: 0 };
    await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });
    writeFileSync(join(workspace.indexDir, INDEX_FILES.miniSearch), '{"documentCount": 3, "trunc');

    const { engine } = await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });

    expect(ingestCalls.count).toBe(2);
    expect(engine.search({ q: 'マネジメント' }).total).toBe(1);
  });

  test('loadIndex › documents without n-gram postings for every statement are refused with INDEX_INCOMPATIBLE', () => {
    const analyzer = createTestAnalyzer();
    const built = buildIndex(makeFixtureCorpus(), analyzer, () => []);
    const truncated = { ...built.documents.grams, lengths: built.documents.grams.lengths.slice(1) };
    saveIndex(workspace.indexDir, { ...built, documents: { ...built.documents, grams: truncated } }, manifestFor(built, analyzer, workspace.dataDir));

    expect(() => loadIndex(workspace.indexDir, analyzer, expectationOf(analyzer, workspace.dataDir))).toThrow(
      expect.objectContaining({ code: 'INDEX_INCOMPATIBLE', message: expect.stringContaining('documents.json') }),
    );
  });

  test('openSearchEngine › with rebuild "never", a corrupt manifest raises INDEX_INCOMPATIBLE', async () => {
    const ingestCalls = { count: 0 };
    await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });
    writeFileSync(join(workspace.indexDir, INDEX_FILES.manifest), '{"formatVersion": "one"}');

    const opening = openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), rebuild: 'never' });

    await expect(opening).rejects.toMatchObject({ code: 'INDEX_INCOMPATIBLE' });
  });

  test('openSearchEngine › when the build fails, the previous index stays in place untouched', async () => {
    const ingestCalls = { count: 0 };
    await openSearchEngine({ ...workspace, sources: stubSources(ingestCalls), log: () => undefined });
    const before = readFileSync(join(workspace.indexDir, INDEX_FILES.documents), 'utf8');
    const failing: CorpusSources = { ...stubSources(ingestCalls), ingest: async () => Promise.reject(new Error('disk on fire')) };

    await expect(openSearchEngine({ ...workspace, sources: failing, rebuild: 'always' })).rejects.toThrow('disk on fire');

    expect(readFileSync(join(workspace.indexDir, INDEX_FILES.documents), 'utf8')).toBe(before);
  });

  test('saveIndex › when serialising fails, raises INDEX_WRITE_FAILED and leaves the old index and no temp folder', () => {
    const analyzer = createTestAnalyzer();
    const built = buildIndex(makeFixtureCorpus(), analyzer, () => []);
    saveIndex(workspace.indexDir, built, manifestFor(built, analyzer, workspace.dataDir));
    const oldManifest = readFileSync(join(workspace.indexDir, INDEX_FILES.manifest), 'utf8');
    const broken: BuiltIndex = { ...built, documents: { ...built.documents, topics: [[1n as unknown as string]] } };

    expect(() => saveIndex(workspace.indexDir, broken, manifestFor(built, analyzer, workspace.dataDir))).toThrow(
      expect.objectContaining({ code: 'INDEX_WRITE_FAILED' }),
    );
    expect(readFileSync(join(workspace.indexDir, INDEX_FILES.manifest), 'utf8')).toBe(oldManifest);
    expect(readdirSync(join(workspace.indexDir, '..')).sort()).toEqual(['data', 'index']);
  });
});
