/**
 * The real engine for answer tests: the real ingest, analyser and index, built into temporary folders from the seed
 * report, optionally with the fictional fixture reports (テスト省, 架空庁) beside it for multi-ministry questions.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDates } from '../../src/answer/japanese-dates';
import type { Answer } from '../../src/answer/types';
import { defaultDataDir, projectRoot } from '../../src/domain/paths';
import { openSearchEngine } from '../../src/app/open-engine';
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
  /** Issue 12's held-out third: written before the answer code changed, scored once at the end, never while tuning. */
  heldout?: boolean;
  /** Which reports the question is asked of: the seed alone (default), the seven reports of `years` or the sixteen of `all`. */
  corpus?: AnswerCorpus;
  /** `ministry:year` pairs every source of a correct answer comes from (the report the question asks about). */
  from?: string[] | null;
  /** Substrings of the abstention's note (which reports do hold the figure). */
  heldBy?: string[];
}

/**
 * seed: data/ alone; fixtures: the seed with tests/fixtures' テスト省 令和3年度 and 架空庁 令和2年度; years: the seed,
 * 架空庁 令和2年度 and tests/fixtures/years (テスト省 令和2–4年度, 架空庁 令和3–4年度) — seven reports; all: those seven and
 * tests/fixtures/years/more (架空省, 試験庁, 模擬省 令和2–4年度, with their .meta.json sidecars) — sixteen reports.
 */
export type AnswerCorpus = 'seed' | 'fixtures' | 'years' | 'all';

export function loadQuestionSet(): SetQuestion[] {
  const path = join(projectRoot(), 'tests', 'answer', 'question-set.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: SetQuestion[] }).questions;
}

/** The report files (and sidecars) of a folder, not its subfolders. */
function filesOf(dir: string, keep: (file: string) => boolean = () => true): string[] {
  return readdirSync(dir)
    .filter((file) => keep(file) && statSync(join(dir, file)).isFile())
    .map((file) => join(dir, file));
}

function corpusFiles(corpus: AnswerCorpus): string[] {
  const fixtures = join(projectRoot(), 'tests', 'fixtures');
  const seed = filesOf(defaultDataDir(), (f) => f.endsWith('.txt'));
  if (corpus === 'fixtures') return [...seed, ...filesOf(fixtures)];
  return [
    ...seed,
    ...filesOf(fixtures, (f) => f.startsWith('kakuu-cho-r2')),
    ...filesOf(join(fixtures, 'years'), (f) => /\.txt(\.meta\.json)?$/.test(f)),
    ...(corpus === 'all' ? filesOf(join(fixtures, 'years', 'more'), (f) => /\.txt(\.meta\.json)?$/.test(f)) : []),
  ];
}

/** Opens the engine on the seed, or on the seed with fictional reports (withFixtures: the `fixtures` corpus). */
export async function openAnswerEngine(options: { withFixtures?: boolean; corpus?: AnswerCorpus } = {}): Promise<OpenedAnswerEngine> {
  const corpus = options.corpus ?? (options.withFixtures ? 'fixtures' : 'seed');
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-answer-index-'));
  let dataDir = defaultDataDir();
  const made = [indexDir];
  if (corpus !== 'seed') {
    dataDir = mkdtempSync(join(tmpdir(), 'torikumi-answer-data-'));
    made.push(dataDir);
    for (const file of corpusFiles(corpus)) copyFileSync(file, join(dataDir, file.split('/').pop() ?? file));
  }
  const { engine } = await openSearchEngine({ dataDir, indexDir, log: () => undefined, rebuild: 'always' });
  return { engine, close: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}

/**
 * Numbers of an answer not printed in its sources, checked independently of the guard in src/: a number must stand
 * in a source verbatim, be a western year of a source's era date, be a stated gap (差 ±n) between source numbers, or
 * be a count of the listed sources (n件).
 */
export function numbersMissingFromSources(answer: Answer): string[] {
  const numbersOf = (text: string): string[] => text.normalize('NFKC').match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];
  const sourceText = answer.sources.map((s) => `${s.text} ${s.fiscalYear}年度 ${s.fiscalYearLabel ?? ''}`).join('\n');
  const printed = new Set(numbersOf(sourceText));
  const westernYears = new Set(findDates(sourceText).map((d) => String(d.year)));
  // A count of listed initiatives (「3件（【新規】の取組）」) is the number of one ministry's sources; a source that
  // stands for the whole report (field 'report', for 「0件」) is none of them.
  const perMinistry = new Map<string, number>();
  for (const s of answer.sources) perMinistry.set(s.ministry, (perMinistry.get(s.ministry) ?? 0) + (s.field === 'report' ? 0 : 1));
  const counted = (n: string): string => ([...perMinistry.values()].includes(Number(n)) ? '' : n);
  const withoutGaps = (answer.answer ?? '')
    .normalize('NFKC')
    .replace(/差 [+\-±][0-9.]+/g, '')
    .replace(/([0-9]+)件\(/g, (_, n: string) => `${counted(n)}件(`);
  return numbersOf(withoutGaps).filter((n) => !printed.has(n) && !westernYears.has(n));
}
