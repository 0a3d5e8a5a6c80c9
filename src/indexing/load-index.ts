/**
 * Loads index/ without re-tokenising the corpus: MiniSearch.loadJSON restores the inverted index and
 * the documents come back as stored. Anything missing, corrupt or stale is refused with an AppError.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Analyzer } from '../analysis/types';
import { AppError } from '../domain/errors';
import type { BuiltIndex, CorpusDocuments } from './build-index';
import { isGramPostings } from './gram-postings';
import { createIndexOptions, type IndexedDocument } from './index-options';
import { findStaleness, INDEX_FORMAT_VERSION, Manifest, type ManifestExpectation } from './manifest';
import { INDEX_FILES } from './save-index';

export interface LoadedIndex extends BuiltIndex {
  manifest: Manifest;
}

/** Reads and validates index/manifest.json; INDEX_MISSING when absent, INDEX_INCOMPATIBLE when invalid. */
export function readManifest(indexDir: string): Manifest {
  const path = join(indexDir, INDEX_FILES.manifest);
  if (!existsSync(path)) throw new AppError('INDEX_MISSING', `no index at ${indexDir} (run npm run index)`, { file: path });
  const json = parseJsonFile(path);
  // An older layout fails the schema too; naming the version says why better than the first missing field.
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version !== INDEX_FORMAT_VERSION) {
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: index format ${version} differs from ${INDEX_FORMAT_VERSION}`, { file: path });
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: invalid manifest (${field || 'root'})`, { file: path, field });
  }
  return parsed.data;
}

/**
 * Loads a fresh index: throws INDEX_INCOMPATIBLE when the manifest does not match `expected`
 * or the files are corrupt, INDEX_MISSING when there is none.
 */
export function loadIndex(indexDir: string, analyzer: Analyzer, expected: ManifestExpectation): LoadedIndex {
  const manifest = readManifest(indexDir);
  const staleness = findStaleness(manifest, expected);
  if (staleness) throw new AppError('INDEX_INCOMPATIBLE', `${indexDir}: stale index: ${staleness}`, { file: indexDir });
  const documents = readDocuments(join(indexDir, INDEX_FILES.documents));
  const miniSearch = readMiniSearch(join(indexDir, INDEX_FILES.miniSearch), analyzer);
  if (miniSearch.documentCount !== documents.initiatives.length) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `${indexDir}: the index holds ${miniSearch.documentCount} documents but documents.json ${documents.initiatives.length}`,
      { file: indexDir },
    );
  }
  return { miniSearch, documents, manifest };
}

function readMiniSearch(path: string, analyzer: Analyzer): MiniSearch<IndexedDocument> {
  const json = readFileText(path);
  try {
    return MiniSearch.loadJSON<IndexedDocument>(json, createIndexOptions(analyzer));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: corrupt index (${reason})`, { file: path });
  }
}

function readDocuments(path: string): CorpusDocuments {
  const value = parseJsonFile(path) as Partial<CorpusDocuments> | null;
  const ok =
    value !== null &&
    typeof value === 'object' &&
    Array.isArray(value.initiatives) &&
    Array.isArray(value.topics) &&
    value.topics.length === value.initiatives.length &&
    isRecord(value.wordFrequency) &&
    isGramPostings(value.grams) &&
    value.grams.lengths.length === value.initiatives.length;
  if (!ok) {
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: corrupt documents (expected initiatives, topics and n-gram lengths of equal length, wordFrequency and n-gram postings)`, { file: path });
  }
  return value as CorpusDocuments;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonFile(path: string): unknown {
  const text = readFileText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: not valid JSON`, { file: path });
  }
}

function readFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AppError('INDEX_MISSING', `${path}: missing or unreadable`, { file: path });
  }
}
