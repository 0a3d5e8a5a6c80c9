/**
 * Writes index/ atomically: everything goes into a fresh sibling folder which then replaces the old
 * one by renames, so a reader sees either the old index or the new one, and a failed write leaves the
 * old index in place. The manifest, written last, carries a SHA-256 of every other file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../domain/errors';
import type { BuiltIndex } from './build-index';
import { checksumOf, type Manifest } from './manifest';
import { storeDocuments } from './stored-documents';
import { escapeRegExp } from '../domain/escape-regexp';

export const INDEX_FILES = {
  manifest: 'manifest.json',
  miniSearch: 'minisearch.json',
  documents: 'documents.json',
} as const;

/**
 * Serialises the index, its documents and its manifest into indexDir, replacing any previous index; returns the
 * manifest as written (with the files' checksums).
 */
export function saveIndex(indexDir: string, built: BuiltIndex, manifest: Manifest): Manifest {
  cleanStagingFolders(indexDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(indexDir), `.${basename(indexDir)}.tmp-${stamp}`);
  try {
    mkdirSync(staging, { recursive: true });
    const contents = {
      [INDEX_FILES.miniSearch]: JSON.stringify(built.miniSearch),
      [INDEX_FILES.documents]: JSON.stringify(storeDocuments(built.documents)),
    };
    const files: NonNullable<Manifest['files']> = {};
    for (const [name, content] of Object.entries(contents)) {
      writeFileSync(join(staging, name), content);
      files[name] = checksumOf(content);
    }
    const saved: Manifest = { ...manifest, files };
    // The manifest goes last: a folder without one is never loaded.
    writeFileSync(join(staging, INDEX_FILES.manifest), JSON.stringify(saved, null, 2));
    swapInto(staging, indexDir, stamp);
    return saved;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INDEX_WRITE_FAILED', `cannot write the index to ${indexDir}: ${reason}`, { file: indexDir });
  }
}

/** Whether a process with this id is running (EPERM: it runs under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging and retired folders (`.index.tmp-<pid>-<time>`, `.index.old-<pid>-<time>`) that a build
 * killed half-way left beside indexDir; folders of a process still running (another `npm run index`, or a
 * worker thread of this one) are left alone. Returns the names removed.
 */
export function cleanStagingFolders(indexDir: string): string[] {
  const parent = dirname(indexDir);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(indexDir))}\\.(?:tmp|old)-(\\d+)-\\d+$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
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
