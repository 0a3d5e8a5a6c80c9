/**
 * Reliability under hostile load (`npm run bench -- --only=reliability`): the real server (`serve`, a child
 * process on a loopback port) over the seed replicated 100x (14,100 initiatives, see search-bench.ts), 50
 * connections of hostile compare/ask requests for 20 s (5 s with --quick) while a probe asks /api/health and a
 * cheap search in turn; then the server's memory after the run settles, and a SIGTERM in the middle of a large
 * answer read slowly. Targets: health p99 ≤ 200 ms and cheap-search p99 ≤ 300 ms throughout, every expensive
 * request answered or refused with 503, no other 5xx, RSS back down after the run, the large answer whole.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignTopics } from '../src/analysis/assign-topics';
import { defaultDataDir, projectRoot } from '../src/domain/paths';
import { buildIndex } from '../src/indexing/build-index';
import { openSearchEngine } from '../src/app/open-engine';
import { saveIndex } from '../src/indexing/save-index';
import { replicate } from './search-bench';

const TARGETS = { healthP99Ms: 200, searchP99Ms: 300 };
const CONNECTIONS = 50;
const SCALE = 100;

/** What an attacker sends: compare over the broadest terms, questions of common words at the length limit. */
const HOSTILE = [
  `/api/compare?q=${encodeURIComponent('職員')}`,
  `/api/compare?q=${encodeURIComponent('の')}`,
  `/api/compare?item=${encodeURIComponent('働き方改革:4')}`,
  `/api/ask?q=${encodeURIComponent('職員の取組の実施の状況の推進の研修の休暇の育児の女性の登用の目標はどうなっているか'.repeat(3).slice(0, 200))}`,
  `/api/ask?q=${encodeURIComponent('女性の登用目標は達成できているか？')}`,
  `/compare?q=${encodeURIComponent('推進')}`,
];
const CHEAP_SEARCH = `/api/search?q=${encodeURIComponent('テレワーク')}`;

interface Probe {
  latencies: number[];
  statuses: Record<string, number>;
}

/** One GET on loopback: status, body length and time; status 0 when the connection failed. */
function get(port: number, path: string, timeoutMs = 30_000): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: timeoutMs }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', () => resolve({ status: 0, bytes, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, bytes: 0, ms: performance.now() - started }));
    req.end();
  });
}

/** The seed replicated SCALE times, saved as an index the server takes as fresh for a data folder holding the seed. */
async function prepareCorpus(root: string): Promise<{ dataDir: string; indexDir: string; initiatives: number }> {
  const dataDir = join(root, 'data');
  const indexDir = join(root, 'index');
  mkdirSync(dataDir);
  copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
  const { engine, manifest, analyzer } = await openSearchEngine({ dataDir, indexDir, log: () => undefined });
  const initiatives = replicate(engine.list(engine.size, 0).items, SCALE);
  const built = buildIndex(initiatives, analyzer, (initiative) => assignTopics(analyzer, `${initiative.rowTitle}\n${initiative.text}`));
  saveIndex(indexDir, built, { ...manifest, counts: { ...manifest.counts, initiatives: initiatives.length } });
  return { dataDir, indexDir, initiatives: initiatives.length };
}

/** Starts `serve` from dist/ and resolves with its port once /api/health says ready. */
async function startServer(dataDir: string, indexDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number; log: string[] }> {
  const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'src', 'cli', 'main.js'), 'serve', '--data', dataDir, '--index', indexDir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TORIKUMI_ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /listening on http:\/\/[^:]+:(\d+)\//.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`reliability bench: server exited with ${code}: ${log.join('')}`)));
  });
  for (let waited = 0; waited < 120_000; waited += 200) {
    if ((await get(port, '/api/health')).status === 200) return { child, port, log };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('reliability bench: the server did not become ready within 120 s');
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** Health and a cheap search in turn, one at a time, until stopped; every latency and status kept. */
function startProbe(port: number, path: string): { stop: () => Promise<Probe> } {
  const probe: Probe = { latencies: [], statuses: {} };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { status, ms } = await get(port, path);
      probe.latencies.push(ms);
      probe.statuses[status] = (probe.statuses[status] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return probe;
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
}

/** Reads a large answer slowly, sends SIGTERM once it has started, and tells whether it arrived whole. */
async function sigtermDuringLargeAnswer(port: number, child: ChildProcess, path: string): Promise<Record<string, unknown>> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = performance.now();
  const result = await new Promise<{ status: number; bytes: number; expected: number | null; complete: boolean }>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let bytes = 0;
      let signalled = false;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (!signalled) {
          signalled = true;
          child.kill('SIGTERM');
        }
        // A slow reader: 64 KB every 10 ms at most.
        res.pause();
        setTimeout(() => res.resume(), 10);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, bytes, expected: Number(res.headers['content-length'] ?? NaN) || null, complete: res.complete }),
      );
      res.on('error', () =>
        resolve({ status: res.statusCode ?? 0, bytes, expected: Number(res.headers['content-length'] ?? NaN) || null, complete: false }),
      );
    });
    req.on('error', () => resolve({ status: 0, bytes: 0, expected: null, complete: false }));
    req.end();
  });
  const exitCode = await exited;
  return { path, ...result, MB: Math.round((result.bytes / 2 ** 20) * 10) / 10, seconds: Math.round(performance.now() - started) / 1000, exitCode };
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'torikumi-reliability-'));
  const duration = quick ? 5 : 20;
  let server: { child: ChildProcess; port: number; log: string[] } | null = null;
  try {
    const corpus = await prepareCorpus(root);
    server = await startServer(corpus.dataDir, corpus.indexDir, {});
    const { port, child } = server;
    for (const path of [...HOSTILE, CHEAP_SEARCH]) await get(port, path); // warm-up (and the workers' first load)
    const rssBefore = rssMB(child.pid!);
    const health = startProbe(port, '/api/health');
    const search = startProbe(port, CHEAP_SEARCH);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMB(child.pid!))), 500);
    const load = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration,
      workers: 1,
      timeout: 30,
      requests: HOSTILE.map((path) => ({ method: 'GET', path })),
    });
    clearInterval(sampler);
    const [healthProbe, searchProbe] = [await health.stop(), await search.stop()];
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rssSettled = rssMB(child.pid!);
    const byCode = Object.fromEntries(Object.entries(load.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]));
    const statuses = { ...byCode, errors: load.errors, timeouts: load.timeouts };
    const otherThan200or503 = Object.keys(byCode).filter((code) => code !== '200' && code !== '503');
    const figures = {
      scale: `${SCALE}x`,
      initiatives: corpus.initiatives,
      connections: CONNECTIONS,
      durationSeconds: duration,
      expensiveRequests: load.requests.total,
      expensive: statuses,
      expensiveLatencyP50Ms: load.latency.p50,
      expensiveLatencyP99Ms: load.latency.p99,
      healthProbes: healthProbe.latencies.length,
      healthP50Ms: percentile(healthProbe.latencies, 50),
      healthP99Ms: percentile(healthProbe.latencies, 99),
      healthMaxMs: percentile(healthProbe.latencies, 100),
      healthStatuses: healthProbe.statuses,
      searchProbes: searchProbe.latencies.length,
      searchP50Ms: percentile(searchProbe.latencies, 50),
      searchP99Ms: percentile(searchProbe.latencies, 99),
      searchMaxMs: percentile(searchProbe.latencies, 100),
      searchStatuses: searchProbe.statuses,
      rssBeforeMB: rssBefore,
      rssPeakMB: rssPeak,
      rssSettledMB: rssSettled,
      targets: TARGETS,
    };
    if (otherThan200or503.length > 0) {
      const lines = server.log
        .join('')
        .split('\n')
        .filter((line) => /worker|Error|GET /.test(line));
      console.log(`server log around the other statuses:\n${lines.slice(0, 12).join('\n')}`);
    }
    const sigterm = await sigtermDuringLargeAnswer(port, child, '/api/search.csv');
    server = null;
    const meetsTarget =
      figures.healthP99Ms <= TARGETS.healthP99Ms &&
      figures.searchP99Ms <= TARGETS.searchP99Ms &&
      Object.keys(healthProbe.statuses).every((s) => s === '200') &&
      Object.keys(searchProbe.statuses).every((s) => s === '200') &&
      load.errors === 0 &&
      otherThan200or503.length === 0 &&
      rssSettled <= rssPeak &&
      sigterm.complete === true;
    const all = { ...figures, sigterm, meetsTarget };
    for (const [name, value] of Object.entries(all))
      console.log(`${name.padEnd(22)} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
    return all;
  } finally {
    if (server) server.child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  }
}
