/**
 * `npm run index`: ingest every report in data/, index the good ones, write index/ atomically and print
 * the manifest. Exits 1 when a file failed (the other files are still indexed), 2 on bad arguments.
 */
import { resolve } from 'node:path';
import { buildCorpusIndex, type CorpusSources } from '../indexing/build-corpus';
import { defaultCorpusSources } from '../app/default-sources';
import type { Manifest } from '../indexing/manifest';
import { saveIndex } from '../indexing/save-index';
import { defaultDataDir, defaultIndexDir } from '../domain/paths';

const USAGE = 'usage: torikumi index [--data DIR] [--index DIR]';

export async function run(args: string[], sources: CorpusSources = defaultCorpusSources): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`torikumi index: ${options}\n${USAGE}`);
    return 2;
  }
  const analyzer = await sources.createAnalyzer();
  const { built, manifest, outcome } = await buildCorpusIndex(options.dataDir, analyzer, sources, (line) => console.log(line));
  console.log(outcome.summary);
  saveIndex(options.indexDir, built, manifest);
  console.log(formatManifest(manifest, options.indexDir));
  return outcome.failures.length > 0 ? 1 : 0;
}

export function formatManifest(manifest: Manifest, indexDir: string): string {
  const { counts } = manifest;
  return [
    `index written to ${indexDir}`,
    `  reports ${counts.reports}, initiatives ${counts.initiatives}, failed files ${counts.failures}`,
    `  analyzer ${manifest.analyzerVersion}, dictionary ${manifest.dictionaryVersion}, data ${manifest.dataHash}`,
    `  built ${manifest.builtAt} in ${manifest.buildMs} ms`,
  ].join('\n');
}

function parseArgs(args: string[]): { dataDir: string; indexDir: string } | string {
  const options = { dataDir: defaultDataDir(), indexDir: defaultIndexDir() };
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i + 1];
    if ((args[i] === '--data' || args[i] === '--index') && value) {
      if (args[i] === '--data') options.dataDir = resolve(value);
      else options.indexDir = resolve(value);
      i += 1;
    } else {
      return `unexpected argument '${args[i]}'`;
    }
  }
  return options;
}
