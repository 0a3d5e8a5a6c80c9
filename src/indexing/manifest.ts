/**
 * index/manifest.json: what the index was built from and with. A manifest that does not validate,
 * or whose versions or data hash differ from the running code and data, marks the index as stale.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SOURCE_FORMATS } from '../domain/types';
import { isReportFileName } from '../ingest/detect-format';

/**
 * Bump whenever the layout of index/ or the indexed fields change (5: Initiative carries origin and reportId, not
 * lines; 6: the manifest carries a SHA-256 of every other index file; 7: a record's label is searched with its row
 * title; 8: the item title is not indexed, n-gram postings are packed strings, records are stored by column; 9: a
 * row's results are searched with its row context).
 */
export const INDEX_FORMAT_VERSION = 9;

/** How many of a report's warnings the manifest keeps (the rest are counted). */
export const MANIFEST_WARNINGS = 20;

/** One report the index was built from, as /about and /reports/:id read it. */
export const ManifestReport = z.object({
  /** The report's id (12 hex from ministry and fiscal year). */
  id: z.string().regex(/^[0-9a-f]{12}$/),
  /** The file's name inside the data folder. */
  file: z.string().min(1),
  ministry: z.string(),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  format: z.enum(SOURCE_FORMATS),
  pages: z.number().int().nullable(),
  sheet: z.string().nullable(),
  counts: z.object({
    rows: z.number().int().nonnegative(),
    statements: z.number().int().nonnegative(),
    metrics: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  }),
  /** The first MANIFEST_WARNINGS warnings, each naming its line, page or cells. */
  warnings: z.array(z.string()),
});
export type ManifestReport = z.infer<typeof ManifestReport>;

/** What the manifest records of one index file, so that a file changed or cut after the build is never served. */
export const IndexFileChecksum = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});
export type IndexFileChecksum = z.infer<typeof IndexFileChecksum>;

export const Manifest = z.object({
  formatVersion: z.number().int(),
  analyzerVersion: z.string(),
  dictionaryVersion: z.string(),
  dataHash: z.string(),
  counts: z.object({
    reports: z.number().int().nonnegative(),
    initiatives: z.number().int().nonnegative(),
    failures: z.number().int().nonnegative(),
  }),
  reports: z.array(ManifestReport),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
  /**
   * The checksum of each index file by name, written by saveIndex (as Lucene keeps one per segment file); a
   * manifest built in memory has none until it is saved, and loadIndex refuses an index without them.
   */
  files: z.record(z.string(), IndexFileChecksum).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** Whether a data-folder name is one the index depends on: a report file (.pdf, .xlsx, .xlsm, .txt) or a sidecar. */
function isDataFileName(name: string): boolean {
  return !name.startsWith('.') && (isReportFileName(name) || name.endsWith('.meta.json'));
}

/** The files an index is built from: report files and their *.meta.json sidecars, sorted by name (dot-files and folders such as .staging left out). */
export function listDataFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter(isDataFileName).sort();
}

/**
 * What goes into the hash for one entry: its bytes, or, when it is no readable regular file (a folder named
 * x.txt, a dangling link, a file without read permission), the reason, so that one bad entry never stops a start
 * and fixing it still changes the hash.
 */
function entryContent(path: string): Buffer | string {
  try {
    if (!statSync(path).isFile()) return 'ENOTFILE';
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    // A dangling link: stat fails, lstat does not; say so, so the hash tells it from a vanished file.
    try {
      if (lstatSync(path).isSymbolicLink()) return `ELINK:${code}`;
    } catch {
      // the entry vanished between listing and reading: the code says so
    }
    return code;
  }
}

/** SHA-256 over the names and contents of the data files, so any added, removed or edited report changes it. */
export function computeDataHash(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of listDataFiles(dataDir)) {
    hash
      .update(name)
      .update('\u0000')
      .update(entryContent(join(dataDir, name)))
      .update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The checksum of an index file's content as written. */
export function checksumOf(content: string | Buffer): IndexFileChecksum {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  return { sha256: createHash('sha256').update(content).digest('hex'), bytes };
}

/** What the running code and data expect of a manifest. */
export interface ManifestExpectation {
  analyzerVersion: string;
  dictionaryVersion: string;
  dataHash: string;
}

/** Why a manifest cannot be served, or null when it matches. */
export function findStaleness(manifest: Manifest, expected: ManifestExpectation): string | null {
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    return `index format ${manifest.formatVersion} differs from ${INDEX_FORMAT_VERSION}`;
  }
  if (manifest.analyzerVersion !== expected.analyzerVersion) {
    return `analyzer version ${manifest.analyzerVersion} differs from ${expected.analyzerVersion}`;
  }
  if (manifest.dictionaryVersion !== expected.dictionaryVersion) {
    return `dictionary version ${manifest.dictionaryVersion} differs from ${expected.dictionaryVersion}`;
  }
  if (manifest.dataHash !== expected.dataHash) return 'the data files changed since the index was built';
  return null;
}
