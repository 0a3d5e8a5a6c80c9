/**
 * Loads index/ without re-tokenising the corpus: PostingIndex.loadJSON restores the inverted index (as the
 * subclass whose typed surface ranking reads) and the documents come back as stored (by column,
 * ./stored-documents.ts). Anything missing, corrupt or stale is refused with an AppError: a file whose
 * SHA-256 differs from the manifest's, and a record that does not validate (src/indexing/initiative-schema.ts),
 * are INDEX_INCOMPATIBLE, which makes openSearchEngine rebuild instead of serving them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Analyzer } from '../analysis/types';
import { AppError } from '../domain/errors';
import type { BuiltIndex, CorpusDocuments } from './build-index';
import { isGramPostings } from './gram-postings';
import { createIndexOptions } from './index-options';
import { findInvalidInitiative, TopicLists } from './initiative-schema';
import { checksumOf, findStaleness, INDEX_FORMAT_VERSION, Manifest, type ManifestExpectation } from './manifest';
import { PostingIndex } from './posting-index';
import { restoreDocuments } from './stored-documents';
import { INDEX_FILES } from './save-index';

export interface LoadedIndex extends BuiltIndex {
  miniSearch: PostingIndex;
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
  const documents = readDocuments(join(indexDir, INDEX_FILES.documents), manifest);
  const miniSearch = readMiniSearch(join(indexDir, INDEX_FILES.miniSearch), analyzer, manifest);
  if (miniSearch.documentCount !== documents.initiatives.length) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `${indexDir}: the index holds ${miniSearch.documentCount} documents but documents.json ${documents.initiatives.length}`,
      { file: indexDir },
    );
  }
  return { miniSearch, documents, manifest };
}

function readMiniSearch(path: string, analyzer: Analyzer, manifest: Manifest): PostingIndex {
  const json = readCheckedText(path, manifest);
  try {
    return PostingIndex.loadJSON(json, createIndexOptions(analyzer));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: corrupt index (${reason})`, { file: path });
  }
}

function readDocuments(path: string, manifest: Manifest): CorpusDocuments {
  let value: Partial<CorpusDocuments> | null;
  try {
    value = restoreDocuments(parseJsonText(path, readCheckedText(path, manifest)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INDEX_INCOMPATIBLE', `${path}: corrupt documents (${reason})`, { file: path });
  }
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
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `${path}: corrupt documents (expected initiatives, topics and n-gram lengths of equal length, wordFrequency and n-gram postings)`,
      { file: path },
    );
  }
  const invalid =
    findInvalidInitiative(value.initiatives as unknown[]) ??
    (TopicLists.safeParse(value.topics).success ? null : 'topics: expected lists of topic names');
  if (invalid) throw new AppError('INDEX_INCOMPATIBLE', `${path}: invalid record ${invalid}`, { file: path });
  return value as CorpusDocuments;
}

/**
 * The file's text once its SHA-256 and length match the manifest's; an index saved without checksums (an older
 * build, or a manifest edited by hand) is refused too, since nothing then says its files belong together.
 */
function readCheckedText(path: string, manifest: Manifest): string {
  const name = basename(path);
  const expected = manifest.files?.[name];
  if (!expected) throw new AppError('INDEX_INCOMPATIBLE', `${path}: the manifest has no checksum for ${name}`, { file: path });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('INDEX_MISSING', `${path}: missing or unreadable`, { file: path });
  }
  const actual = checksumOf(bytes);
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `${path}: checksum mismatch (${actual.bytes} bytes, sha256 ${actual.sha256.slice(0, 12)}…; the manifest says ${expected.bytes} bytes, ${expected.sha256.slice(0, 12)}…)`,
      { file: path },
    );
  }
  return bytes.toString('utf8');
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonFile(path: string): unknown {
  return parseJsonText(path, readFileText(path));
}

function parseJsonText(path: string, text: string): unknown {
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
