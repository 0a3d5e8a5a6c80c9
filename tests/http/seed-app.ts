/**
 * The real engine on the real seed report (data/), built into a temporary index folder, and the app around it.
 * Each test file builds it once in beforeAll (kuromoji's dictionary takes a second or two to load).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Application } from 'express';
import { answerQuestion } from '../../src/answer/answer-question';
import { defaultDataDir } from '../../src/domain/paths';
import { createApp } from '../../src/http/create-app';
import { openSearchEngine } from '../../src/app/open-engine';
import type { SearchEngine } from '../../src/query/types';

export interface SeedApp {
  app: Application;
  engine: SearchEngine;
  /** Messages the app logged (unexpected errors). */
  logged: string[];
  close(): void;
}

export async function openSeedApp(): Promise<SeedApp> {
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-http-'));
  const { engine, manifest } = await openSearchEngine({ dataDir: defaultDataDir(), indexDir, log: () => undefined });
  const logged: string[] = [];
  const app = createApp({ engine, manifest, answer: answerQuestion, log: (message) => logged.push(message) });
  return { app, engine, logged, close: () => rmSync(indexDir, { recursive: true, force: true }) };
}

/** A response body must never carry a stack trace or a source path. */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|node_modules|\.ts:\d+/);
}
