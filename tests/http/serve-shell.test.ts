/**
 * The real `serve` (dist/, as `npm start` runs it) on port 0 over a temporary data/ folder: where it binds, what
 * /api/health says during a start-up rebuild, a damaged index and an interrupted build's leftovers at start, log
 * lines for hostile file names, expensive requests on a worker, and a SIGTERM with answers in flight.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, projectRoot } from '../../src/domain/paths';

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

function startServe(root: string, env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--data', join(root, 'data'), '--index', join(root, 'index')], {
    env: { ...process.env, PORT: '0', HOST: '', TORIKUMI_ADMIN_TOKEN: '', TORIKUMI_WORKERS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      const match = /listening on http:\/\/[^/]+:(\d+)\//.exec(output);
      if (match) {
        clearInterval(check);
        resolve({ child, port: Number(match[1]), output: () => output, exited });
      }
    }, 5);
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

function get(port: number, path: string, agent: Agent | false = false): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

async function untilReady(port: number): Promise<{ status: number; body: string }[]> {
  const seen: { status: number; body: string }[] = [];
  for (let i = 0; i < 3000; i += 1) {
    const answer = await get(port, '/api/health');
    seen.push(answer);
    if (answer.status === 200) return seen;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('never ready');
}

let root: string;
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
});
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'torikumi-serve-shell-'));
  mkdirSync(join(root, 'data'));
  copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(root, 'data', 'mof-fy2020-followup.txt'));
});
afterEach(() => {
  // A failed test must not leave its server running.
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

describe('serve (the real server on port 0)', () => {
  test('without HOST, binds 127.0.0.1, logs that address, and health answers 503 saying what it does through a start-up rebuild', async () => {
    writeFileSync(join(root, 'data', 'evil\u001b[2J\nname.txt'), 'これは報告書ではありません。\n');
    const server = await startServe(root);

    const seen = await untilReady(server.port);

    expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\//);
    expect(seen.slice(0, -1).every((answer) => answer.status === 503)).toBe(true);
    // The build itself still runs on the main thread (about 0.3 s at 1x): probes wait through it but are answered.
    expect(seen.slice(0, -1).every((answer) => typeof JSON.parse(answer.body).doing === 'string')).toBe(true);
    expect(server.output()).toMatch(/no index at .*rebuilding from/);
    expect(server.output()).toContain('evil\\x1b[2J\\nname.txt');
    expect(server.output()).not.toContain('\u001b[2J');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  test('at start, a damaged index is rebuilt with a message and an interrupted build is cleaned away', async () => {
    const first = await startServe(root);
    await untilReady(first.port);
    first.child.kill('SIGTERM');
    await first.exited;
    const documents = join(root, 'index', 'documents.json');
    writeFileSync(documents, readFileSync(documents, 'utf8').replace('テレワーク', 'テレワーカ'));
    mkdirSync(join(root, '.index.tmp-999999999-1700000000000'));

    const second = await startServe(root);
    await untilReady(second.port);

    expect(second.output()).toMatch(/documents\.json: checksum mismatch.*rebuilding/);
    expect(second.output()).toContain('removed .index.tmp-999999999-1700000000000');
    expect(existsSync(join(root, '.index.tmp-999999999-1700000000000'))).toBe(false);
    expect(JSON.parse((await get(second.port, `/api/search?q=${encodeURIComponent('テレワーク')}`)).body).total).toBeGreaterThan(0);
    second.child.kill('SIGTERM');
    await second.exited;
  });

  test('with a worker, expensive routes are answered by it; with the queue full they get 503 with Retry-After', async () => {
    const server = await startServe(root, { TORIKUMI_WORKERS: '1', TORIKUMI_QUEUE: '0' });
    await untilReady(server.port);
    const compare = `/api/compare?q=${encodeURIComponent('職員')}`;
    expect((await get(server.port, compare)).status).toBe(200);

    const burst = await Promise.all(Array.from({ length: 8 }, () => get(server.port, compare)));

    expect(burst.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    const refused = burst.filter((a) => a.status !== 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => a.status === 503 && a.headers['retry-after'] === '2')).toBe(true);
    expect((await get(server.port, '/api/health')).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  test('on SIGTERM, an answer being read slowly arrives whole, a kept-alive connection is told Connection: close, and the exit code is 0', async () => {
    const server = await startServe(root, { TORIKUMI_SHUTDOWN_GRACE_MS: '10000' });
    await untilReady(server.port);
    const whole = Buffer.byteLength((await get(server.port, '/api/search.csv')).body);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(server.port, '/api/health', agent)).headers.connection).toBe('keep-alive');

    const slow = new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/api/search.csv', agent: false }, (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          if (length === 0) server.child.kill('SIGTERM');
          length += chunk.length;
          res.pause();
          setTimeout(() => res.resume(), 20);
        });
        res.on('end', () => resolve(length));
        res.on('error', () => resolve(-1));
      }).end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = await get(server.port, '/api/health', agent).catch(() => null);

    expect(await slow).toBe(whole);
    // Either answered with Connection: close, or the idle connection was closed before the request went out.
    if (during) expect(during.headers.connection).toBe('close');
    expect(await server.exited).toBe(0);
    agent.destroy();
  });
});
