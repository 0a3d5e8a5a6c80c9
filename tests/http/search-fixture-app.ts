/**
 * The real engine over the seed and the fictional fixtures (テスト省 令和2–4年度, 架空庁 令和2–4年度), so the search
 * page has several ministries and years to facet, fold and chart. Built once per test file in beforeAll.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Application } from 'express';
import { defaultDataDir } from '../../src/domain/paths';
import { createApp } from '../../src/http/create-app';
import { openSearchEngine } from '../../src/app/open-engine';
import type { SearchEngine } from '../../src/query/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

export interface FixtureApp {
  app: Application;
  engine: SearchEngine;
  logged: string[];
  close(): void;
}

/** Copies the seed, tests/fixtures/years/*.txt and tests/fixtures/kakuu-cho-r2.txt (with their sidecars) into `dataDir`. */
export function copyFixtureReports(dataDir: string): void {
  copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
  const years = join(FIXTURES, 'years');
  for (const file of readdirSync(years)) {
    if (file.endsWith('.txt') || file.endsWith('.txt.meta.json')) copyFileSync(join(years, file), join(dataDir, file));
  }
  for (const file of ['kakuu-cho-r2.txt', 'kakuu-cho-r2.txt.meta.json']) copyFileSync(join(FIXTURES, file), join(dataDir, file));
}

export async function openFixtureApp(): Promise<FixtureApp> {
  const root = mkdtempSync(join(tmpdir(), 'torikumi-search-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  copyFixtureReports(dataDir);
  const { engine, manifest } = await openSearchEngine({ dataDir, indexDir: join(root, 'index'), log: () => undefined });
  const logged: string[] = [];
  const app = createApp({ engine, manifest, dataDir, log: (message) => logged.push(message) });
  return { app, engine, logged, close: () => rmSync(root, { recursive: true, force: true }) };
}
