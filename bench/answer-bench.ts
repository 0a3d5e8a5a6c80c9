/**
 * Answer latency: every question of tests/answer/question-set.json answered repeatedly against the real engine on the
 * seed (1x) and, unless --quick, on ten copies of it under fictional ministry names (10x, the same text indexed ten
 * times, so several ministries compete for each answer). Target: p95 under 50 ms at 1x.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../src/answer/answer-question';
import { defaultDataDir, projectRoot } from '../src/domain/paths';
import { openSearchEngine } from '../src/app/open-engine';
import type { SearchEngine } from '../src/query/types';

const P95_TARGET_MS = 50;

interface ScaleFigures {
  scale: string;
  initiatives: number;
  questions: number;
  rounds: number;
  /** The first answer on a fresh engine (it prepares the corpus for matching once). */
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meetsTarget: boolean;
}

function loadQuestions(): string[] {
  const path = join(projectRoot(), 'tests', 'answer', 'question-set.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: { question: string }[] }).questions.map((q) => q.question);
}

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  if (value === undefined) throw new Error('percentile of no timings');
  return value;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function measure(engine: SearchEngine, scale: string, questions: string[], rounds: number): ScaleFigures {
  const [firstQuestion] = questions;
  if (firstQuestion === undefined) throw new Error('no questions to answer');
  const startFirst = performance.now();
  answerQuestion(engine, firstQuestion);
  const firstMs = performance.now() - startFirst;
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = performance.now();
      answerQuestion(engine, question);
      timings.push(performance.now() - start);
    }
  }
  const sorted = timings.sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  return {
    scale,
    initiatives: engine.size,
    questions: questions.length,
    rounds,
    firstMs: round(firstMs),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(p95),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(percentile(sorted, 100)),
    meetsTarget: scale !== '1x' || p95 < P95_TARGET_MS,
  };
}

/** A data folder with `copies` copies of every seed report, each under a fictional ministry name (架空省01 …). */
function scaledDataDir(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'torikumi-answer-bench-data-'));
  const reports = readdirSync(defaultDataDir()).filter((f) => f.endsWith('.txt'));
  for (let copy = 1; copy <= copies; copy++) {
    const ministry = `架空省${String(copy).padStart(2, '0')}`;
    for (const report of reports) {
      const target = join(dir, `${ministry}-${report}`);
      copyFileSync(join(defaultDataDir(), report), target);
      writeFileSync(`${target}.meta.json`, JSON.stringify({ ministry }));
    }
  }
  return dir;
}

async function benchScale(scale: string, dataDir: string, questions: string[], rounds: number): Promise<ScaleFigures> {
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-answer-bench-index-'));
  try {
    const { engine } = await openSearchEngine({ dataDir, indexDir, log: () => undefined, rebuild: 'always' });
    return measure(engine, scale, questions, rounds);
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

function printTable(rows: ScaleFigures[]): void {
  console.log('scale  initiatives  answers  first ms  p50 ms  p95 ms  p99 ms  max ms  p95<50ms@1x');
  for (const r of rows) {
    const cells = [
      r.scale.padEnd(5),
      String(r.initiatives).padStart(11),
      String(r.questions * r.rounds).padStart(7),
      r.firstMs.toFixed(1).padStart(8),
      r.p50Ms.toFixed(2).padStart(6),
      r.p95Ms.toFixed(2).padStart(6),
      r.p99Ms.toFixed(2).padStart(6),
      r.maxMs.toFixed(2).padStart(6),
      r.scale === '1x' ? (r.meetsTarget ? 'yes' : 'NO') : '-',
    ];
    console.log(cells.join('  '));
  }
}

/** Runs the answer benchmark; quick: 3 rounds at 1x only; otherwise 20 rounds at 1x and 5 at 10x. */
export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const questions = loadQuestions();
  const rows = [await benchScale('1x', defaultDataDir(), questions, quick ? 3 : 20)];
  if (!quick) {
    const dataDir = scaledDataDir(10);
    try {
      rows.push(await benchScale('10x', dataDir, questions, 5));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  printTable(rows);
  return { targetP95Ms: P95_TARGET_MS, scales: rows };
}
