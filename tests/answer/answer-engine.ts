/**
 * The real engine for answer tests: the real ingest, analyser and index, built into temporary folders from the seed
 * report, optionally with the fictional fixture reports (テスト省, 架空庁) beside it for multi-ministry questions.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDates } from '../../src/answer/japanese-dates';
import type { Answer } from '../../src/answer/types';
import { defaultDataDir, projectRoot } from '../../src/domain/paths';
import { openSearchEngine } from '../../src/indexing/open-engine';
import type { SearchEngine } from '../../src/query/types';

export interface OpenedAnswerEngine {
  engine: SearchEngine;
  close(): void;
}

/** One question of tests/answer/question-set.json. */
export interface SetQuestion {
  kind: string;
  question: string;
  /** Substrings a correct answer contains; null when the report cannot answer (the system must abstain). */
  expect: string[] | null;
  reject?: string[];
  /** Written after tuning and first run unchanged: measures how the logic generalises. */
  heldOut?: boolean;
}

export function loadQuestionSet(): SetQuestion[] {
  const path = join(projectRoot(), 'tests', 'answer', 'question-set.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: SetQuestion[] }).questions;
}

/** Opens the engine on the seed (and, with withFixtures, the fictional reports of tests/fixtures). */
export async function openAnswerEngine(options: { withFixtures?: boolean } = {}): Promise<OpenedAnswerEngine> {
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-answer-index-'));
  let dataDir = defaultDataDir();
  const made = [indexDir];
  if (options.withFixtures) {
    dataDir = mkdtempSync(join(tmpdir(), 'torikumi-answer-data-'));
    made.push(dataDir);
    const fixtures = join(projectRoot(), 'tests', 'fixtures');
    for (const file of readdirSync(defaultDataDir()).filter((f) => f.endsWith('.txt'))) copyFileSync(join(defaultDataDir(), file), join(dataDir, file));
    for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(dataDir, file));
  }
  const { engine } = await openSearchEngine({ dataDir, indexDir, log: () => undefined, rebuild: 'always' });
  return { engine, close: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}

/**
 * Numbers of an answer not printed in its sources, checked independently of the guard in src/: a number must stand
 * in a source verbatim, be a western year of a source's era date, or be a stated gap (差 ±n) between source numbers.
 */
export function numbersMissingFromSources(answer: Answer): string[] {
  const numbersOf = (text: string): string[] => text.normalize('NFKC').match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];
  const sourceText = answer.sources.map((s) => `${s.text} ${s.fiscalYear}年度`).join('\n');
  const printed = new Set(numbersOf(sourceText));
  const westernYears = new Set(findDates(sourceText).map((d) => String(d.year)));
  const withoutGaps = (answer.answer ?? '').normalize('NFKC').replace(/差 [+\-±][0-9.]+/g, '');
  return numbersOf(withoutGaps).filter((n) => !printed.has(n) && !westernYears.has(n));
}
