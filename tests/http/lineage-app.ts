/**
 * The real engine and app over the across-years fixtures: テスト省 令和2–4年度 and 架空庁 令和3–4年度
 * (tests/fixtures/years) with 架空省, 試験庁 and 模擬省 令和2–4年度 (tests/fixtures/years/more) — five ministries,
 * three years, 架空庁's 令和2年度 not loaded. Built in a temporary data and index folder.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Application } from 'express';
import { projectRoot } from '../../src/domain/paths';
import { createApp } from '../../src/http/create-app';
import { openSearchEngine } from '../../src/app/open-engine';
import type { SearchEngine } from '../../src/query/types';

export interface YearsApp {
  app: Application;
  engine: SearchEngine;
  dataDir: string;
  logged: string[];
  close(): void;
}

const YEARS = join(projectRoot(), 'tests', 'fixtures', 'years');

/** The report files and sidecars of the two fixture folders. */
export function yearsFixtureFiles(): string[] {
  return [YEARS, join(YEARS, 'more')].flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.txt(\.meta\.json)?$/.test(file) && statSync(join(dir, file)).isFile())
      .map((file) => join(dir, file)),
  );
}

export async function openYearsApp(): Promise<YearsApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'torikumi-years-data-'));
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-years-index-'));
  for (const file of yearsFixtureFiles()) copyFileSync(file, join(dataDir, file.split('/').pop()!));
  const { engine, manifest } = await openSearchEngine({ dataDir, indexDir, log: () => undefined, rebuild: 'always' });
  const logged: string[] = [];
  const app = createApp({ engine, manifest, dataDir, log: (message) => logged.push(message) });
  return {
    app,
    engine,
    dataDir,
    logged,
    close: () => [dataDir, indexDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
