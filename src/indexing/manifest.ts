/**
 * index/manifest.json: what the index was built from and with. A manifest that does not validate,
 * or whose versions or data hash differ from the running code and data, marks the index as stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Bump whenever the layout of index/ or the indexed fields change. */
export const INDEX_FORMAT_VERSION = 4;

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
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
});
export type Manifest = z.infer<typeof Manifest>;

/** The report files an index is built from: data/*.txt and their *.meta.json sidecars, sorted by name. */
export function listDataFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.meta.json'))
    .sort();
}

/** SHA-256 over the names and bytes of the data files, so any added, removed or edited report changes it. */
export function computeDataHash(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of listDataFiles(dataDir)) {
    hash.update(name).update('\u0000').update(readFileSync(join(dataDir, name))).update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
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
