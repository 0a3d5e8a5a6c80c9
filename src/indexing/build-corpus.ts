/**
 * From data/ to an index in memory: ingest every report, index the initiatives, and describe the result
 * in a manifest. The stages it calls are injected (CorpusSources) so that tests can stub them.
 */
import type { Analyzer } from '../analysis/types';
import type { Initiative } from '../domain/types';
import { buildIndex, type BuiltIndex } from './build-index';
import { computeDataHash, INDEX_FORMAT_VERSION, type Manifest, type ManifestReport } from './manifest';

export interface IngestFailure {
  file: string;
  /** The error's message, naming file:line when known. */
  message: string;
}

export interface IngestOutcome {
  /** Every initiative of every good file, in report order, duplicates marked corpus-wide. */
  initiatives: Initiative[];
  /** The report files parsed, with their counts and first warnings, in file order. */
  reports: ManifestReport[];
  failures: IngestFailure[];
  /** Printable totals (rows, statements, metrics, warnings) and the failed files. */
  summary: string;
}

/** Receives one progress line per report file. */
export type ProgressLine = (line: string) => void;

/** The other stages the index is built with. */
export interface CorpusSources {
  ingest(dataDir: string, onProgress: ProgressLine): Promise<IngestOutcome>;
  createAnalyzer(): Promise<Analyzer>;
  assignTopics(analyzer: Analyzer, text: string): string[];
}

export interface CorpusBuild {
  built: BuiltIndex;
  manifest: Manifest;
  outcome: IngestOutcome;
}

/** Ingests dataDir and indexes it; failed files are reported in outcome.failures, the good ones are indexed. */
export async function buildCorpusIndex(
  dataDir: string,
  analyzer: Analyzer,
  sources: CorpusSources,
  onProgress: ProgressLine = () => undefined,
): Promise<CorpusBuild> {
  const started = performance.now();
  // Hashed before reading, so a file edited during the build makes the next start rebuild again.
  const dataHash = computeDataHash(dataDir);
  const outcome = await sources.ingest(dataDir, onProgress);
  const built = buildIndex(outcome.initiatives, analyzer, (initiative) => sources.assignTopics(analyzer, topicText(initiative)));
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    analyzerVersion: analyzer.version,
    dictionaryVersion: analyzer.dictionaryVersion,
    dataHash,
    counts: { reports: outcome.reports.length, initiatives: outcome.initiatives.length, failures: outcome.failures.length },
    reports: outcome.reports,
    failures: outcome.failures,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
  };
  return { built, manifest, outcome };
}

/** Topics come from the statement and its row title (a row about 超過勤務 is about overtime even when a statement says 声掛け). */
function topicText(initiative: Initiative): string {
  return `${initiative.rowTitle}\n${initiative.text}`;
}
