/**
 * Opening the search engine, for the web server and the CLI: load index/ when it is fresh, otherwise
 * (missing, stale, corrupt) rebuild it from data/ with a message, save it atomically and serve it.
 */
import type { Analyzer } from '../analysis/types';
import { isAppError } from '../domain/errors';
import { defaultDataDir, defaultIndexDir } from '../domain/paths';
import { createSearchEngine } from '../query/search-engine';
import type { SearchEngine } from '../query/types';
import type { BuiltIndex } from '../indexing/build-index';
import { buildCorpusIndex, type CorpusSources } from '../indexing/build-corpus';
import { loadIndex } from '../indexing/load-index';
import { computeDataHash, type Manifest } from '../indexing/manifest';
import { saveIndex } from '../indexing/save-index';

export type RebuildPolicy = 'if-stale' | 'always' | 'never';

export interface OpenEngineOptions {
  dataDir?: string;
  indexDir?: string;
  /** Where rebuild messages go; stderr by default so that `search --json` keeps stdout clean. */
  log?: (message: string) => void;
  /** 'if-stale' (default) rebuilds a missing, stale or corrupt index; 'never' throws instead; 'always' rebuilds. */
  rebuild?: RebuildPolicy;
  /** An analyser already built (tests, benchmarks); created from sources otherwise. */
  analyzer?: Analyzer;
  /** The ingest and analysis stages; the real ones by default. */
  sources?: CorpusSources;
}

export interface OpenedEngine {
  engine: SearchEngine;
  manifest: Manifest;
  /** The analyser the engine was opened with, so that a rebuild can reuse it (loading kuromoji's dictionary takes a second). */
  analyzer: Analyzer;
}

/** @example const { engine } = await openSearchEngine({ log: console.log }); engine.search({ q: 'テレワーク' }) */
export async function openSearchEngine(options: OpenEngineOptions = {}): Promise<OpenedEngine> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const indexDir = options.indexDir ?? defaultIndexDir();
  const log = options.log ?? ((message: string) => console.error(message));
  const policy = options.rebuild ?? 'if-stale';
  const sources = options.sources ?? (await loadDefaultSources());
  const analyzer = options.analyzer ?? (await sources.createAnalyzer());
  if (policy !== 'always') {
    const loaded = tryLoad(indexDir, dataDir, analyzer, policy, log);
    if (loaded) return serve(loaded, loaded.manifest, analyzer);
  }
  const { built, manifest, outcome } = await buildCorpusIndex(dataDir, analyzer, sources);
  for (const failure of outcome.failures) log(`index: skipped ${failure.file}: ${failure.message}`);
  try {
    saveIndex(indexDir, built, manifest);
    log(`index: rebuilt ${manifest.counts.initiatives} initiatives from ${manifest.counts.reports} reports in ${manifest.buildMs} ms`);
  } catch (error) {
    // Serving the fresh index from memory beats refusing to start; the next start tries to save again.
    log(`index: ${error instanceof Error ? error.message : String(error)}; serving the rebuilt index from memory`);
  }
  return serve(built, manifest, analyzer);
}

function tryLoad(indexDir: string, dataDir: string, analyzer: Analyzer, policy: RebuildPolicy, log: (message: string) => void) {
  const expected = { analyzerVersion: analyzer.version, dictionaryVersion: analyzer.dictionaryVersion, dataHash: computeDataHash(dataDir) };
  try {
    return loadIndex(indexDir, analyzer, expected);
  } catch (error) {
    const recoverable = isAppError(error) && (error.code === 'INDEX_MISSING' || error.code === 'INDEX_INCOMPATIBLE');
    if (!recoverable || policy === 'never') throw error;
    log(`index: ${error.message}; rebuilding from ${dataDir}`);
    return null;
  }
}

function serve(built: BuiltIndex, manifest: Manifest, analyzer: Analyzer): OpenedEngine {
  return { engine: createSearchEngine({ ...built, analyzer }), manifest, analyzer };
}

/** The real ingest and analysis stages, loaded only when no sources are injected. */
async function loadDefaultSources(): Promise<CorpusSources> {
  const { defaultCorpusSources } = await import('./default-sources');
  return defaultCorpusSources;
}
