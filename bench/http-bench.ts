/**
 * HTTP load: the real app on the bundled data, on an ephemeral loopback port, hit by autocannon with 50
 * connections for 10 s (3 s with --quick) on /api/search with a mix of queries and filters.
 * Target: zero errors, p99 under 50 ms at 1x (the corpus as bundled).
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/http/create-app';
import { openSearchEngine } from '../src/app/open-engine';

const CONNECTIONS = 50;
const P99_TARGET_MS = 50;

/** What an officer types: single words, compounds, two-word queries, an empty query with filters, paging. */
const QUERIES = [
  'q=テレワーク',
  'q=超過勤務の縮減',
  'q=男性職員 育児休業',
  'q=女性の登用',
  'q=休暇の取得促進&tag=新規',
  'q=ペーパーレス&sort=year-desc',
  'q=フレックスタイム&limit=50',
  'section=働き方改革&tag=継続&offset=20',
  'q=残業',
  'q="定時退庁"',
].map((query) => `/api/search?${encodeURI(query)}`);

/** One request per query first, so that the figures measure the steady state rather than JIT warm-up. */
async function warmUp(port: number): Promise<void> {
  for (const path of QUERIES) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    if (!response.ok) throw new Error(`http bench: ${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}

function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const indexDir = mkdtempSync(join(tmpdir(), 'torikumi-http-bench-'));
  const { engine } = await openSearchEngine({ indexDir, log: () => undefined });
  const server = createApp({ engine }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const duration = quick ? 3 : 10;
  try {
    await warmUp(port);
    const result = await autocannon({
      // The load generator runs in a worker thread so that it does not share the server's event loop.
      workers: 1,
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration,
      requests: QUERIES.map((path) => ({ method: 'GET', path })),
    });
    const figures = {
      endpoint: '/api/search',
      queries: QUERIES.length,
      connections: CONNECTIONS,
      durationSeconds: duration,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      p99TargetMs: P99_TARGET_MS,
      meetsTarget: result.errors === 0 && result.non2xx === 0 && result.latency.p99 < P99_TARGET_MS,
    };
    printTable(Object.entries(figures).map(([name, value]) => [name, String(value)]));
    return figures;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(indexDir, { recursive: true, force: true });
  }
}
