/**
 * Writes index/ atomically: everything goes into a fresh sibling folder which then replaces the old
 * one by renames, so a reader sees either the old index or the new one, and a failed write leaves the
 * old index in place.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../domain/errors';
import type { BuiltIndex } from './build-index';
import type { Manifest } from './manifest';

export const INDEX_FILES = {
  manifest: 'manifest.json',
  miniSearch: 'minisearch.json',
  documents: 'documents.json',
} as const;

/** Serialises the index, its documents and its manifest into indexDir, replacing any previous index. */
export function saveIndex(indexDir: string, built: BuiltIndex, manifest: Manifest): void {
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(indexDir), `.${basename(indexDir)}.tmp-${stamp}`);
  try {
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, INDEX_FILES.miniSearch), JSON.stringify(built.miniSearch));
    writeFileSync(join(staging, INDEX_FILES.documents), JSON.stringify(built.documents));
    // The manifest goes last: a folder without one is never loaded.
    writeFileSync(join(staging, INDEX_FILES.manifest), JSON.stringify(manifest, null, 2));
    swapInto(staging, indexDir, stamp);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INDEX_WRITE_FAILED', `cannot write the index to ${indexDir}: ${reason}`, { file: indexDir });
  }
}

/** Replaces target by staging; puts the old folder back if the second rename fails. */
function swapInto(staging: string, target: string, stamp: string): void {
  const retired = join(dirname(target), `.${basename(target)}.old-${stamp}`);
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, retired);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadOld) renameSync(retired, target);
    throw error;
  }
  if (hadOld) rmSync(retired, { recursive: true, force: true });
}
