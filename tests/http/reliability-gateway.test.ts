import { createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdmission } from '../../src/http/admission';
import { createGateway, isExpensive } from '../../src/http/expensive-gateway';
import { escapeLog } from '../../src/http/log-escape';
import { readServiceConfig } from '../../src/http/service-config';

/** A stand-in for the app: /api/health answers at once; expensive routes wait until released. */
function slowApp() {
  const started: string[] = [];
  const pending: (() => void)[] = [];
  const app: RequestListener = (req, res) => {
    if (!req.url?.startsWith('/api/compare')) {
      res.end('{"status":"ready"}');
      return;
    }
    started.push(req.url);
    pending.push(() => res.end('{"cells":[]}'));
  };
  return { app, started, releaseAll: () => pending.splice(0).forEach((release) => release()) };
}

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reliability › expensive-route gateway', () => {
  let server: Server;
  let port: number;
  let fake: ReturnType<typeof slowApp>;
  const logged: string[] = [];

  async function serve(options: { concurrency: number; maxWaiting: number; deadlineMs: number }) {
    fake = slowApp();
    const admission = createAdmission({ concurrency: options.concurrency, maxWaiting: options.maxWaiting });
    server = createServer(
      createGateway({ app: fake.app, admission, pool: null, deadlineMs: options.deadlineMs, retryAfterSeconds: 2, log: (m) => void logged.push(m) }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  afterEach(async () => {
    fake.releaseAll();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('when the queue is full, an expensive request gets 503 with Retry-After at once, and health still answers', async () => {
    await serve({ concurrency: 1, maxWaiting: 1, deadlineMs: 10_000 });
    const running = get(port, '/api/compare?q=1');
    const waiting = get(port, '/api/compare?q=2');
    await tick();

    const refused = await get(port, '/api/compare?q=3');
    const health = await get(port, '/api/health');

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'BUSY', message: expect.any(String), field: null } });
    expect(health.status).toBe(200);
    fake.releaseAll();
    await running;
    await tick();
    fake.releaseAll();
    expect((await waiting).status).toBe(200);
  });

  test('when its deadline passes while it waits, a request gets 503 DEADLINE_EXCEEDED and never runs', async () => {
    await serve({ concurrency: 1, maxWaiting: 5, deadlineMs: 150 });
    const running = get(port, '/api/compare?q=1');
    await tick();

    const late = await get(port, '/api/compare?q=late');

    expect(late.status).toBe(503);
    expect(JSON.parse(late.body).error.code).toBe('DEADLINE_EXCEEDED');
    fake.releaseAll();
    await running;
    await tick();
    expect(fake.started).toEqual(['/api/compare?q=1']);
  });

  test('when its client disconnects while it waits, the request leaves the queue and its work never starts', async () => {
    await serve({ concurrency: 1, maxWaiting: 5, deadlineMs: 10_000 });
    const running = get(port, '/api/compare?q=1');
    await tick();
    const gone = request({ host: '127.0.0.1', port, path: '/api/compare?q=gone', agent: false });
    gone.on('error', () => undefined);
    gone.end();
    await tick();

    gone.destroy();
    await tick();
    fake.releaseAll();
    await running;
    await tick();

    expect(fake.started).toEqual(['/api/compare?q=1']);
  });

  test('a page route that is expensive gets a Japanese 503 page when refused', async () => {
    await serve({ concurrency: 1, maxWaiting: 0, deadlineMs: 10_000 });
    const running = get(port, '/api/compare?q=1');
    await tick();

    const refused = await get(port, '/compare?q=x');

    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/text\/plain/);
    expect(refused.body).toContain('混み合っています');
    fake.releaseAll();
    await running;
  });
});

describe('reliability › which routes are expensive', () => {
  it.each([
    ['GET', '/api/compare?q=x', true],
    ['GET', '/api/ask?q=x', true],
    ['GET', '/api/metrics', true],
    ['GET', '/api/search.csv?q=x', true],
    ['GET', '/compare', true],
    ['HEAD', '/ask?q=x', true],
    ['GET', '/api/changes?ministry=x', true],
    ['GET', '/api/changes.csv?ministry=x', true],
    ['GET', '/targets?indicator=x', true],
    ['GET', '/api/health', false],
    ['GET', '/api/search?q=x', false],
    ['GET', '/initiatives/0123456789ab', false],
    ['POST', '/api/compare', false],
  ])('%s %s → %p', (method, url, expected) => {
    expect(isExpensive({ method, url } as never)).toBe(expected);
  });
});

describe('reliability › admission', () => {
  test('when a waiting request aborts, the next one takes its place', async () => {
    const admission = createAdmission({ concurrency: 1, maxWaiting: 2 });
    const first = await admission.enter(new AbortController().signal);
    const leaving = new AbortController();
    const left = admission.enter(leaving.signal);
    const next = admission.enter(new AbortController().signal);

    leaving.abort();
    if ('admitted' in first) first.admitted();

    expect(await left).toEqual({ refused: 'aborted' });
    expect('admitted' in (await next)).toBe(true);
    expect(admission.stats()).toMatchObject({ running: 1, waiting: 0 });
  });
});

describe('reliability › escapeLog', () => {
  test('a file name with a newline and an escape sequence stays one harmless line', () => {
    expect(escapeLog('index: skipped evil\n[ok] fake line\u001b[2J.txt\u2028')).toBe('index: skipped evil\\n[ok] fake line\\x1b[2J.txt\\u2028');
  });

  test('Japanese text and ordinary punctuation are kept as they are', () => {
    expect(escapeLog('財務省 令和2年度（テレワーク）: 141件')).toBe('財務省 令和2年度（テレワーク）: 141件');
  });
});

describe('reliability › readServiceConfig', () => {
  test('with nothing set, binds 127.0.0.1 and uses the documented defaults', () => {
    expect(readServiceConfig({})).toEqual({
      host: '127.0.0.1',
      shutdownGraceMs: 10_000,
      maxConnections: 512,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      sendTimeoutMs: 30_000,
      deadlineMs: 10_000,
      workers: 1,
      queue: 8,
    });
  });

  test('HOST and the limits are read from the environment', () => {
    expect(readServiceConfig({ HOST: '0.0.0.0', TORIKUMI_SHUTDOWN_GRACE_MS: '2500', TORIKUMI_MAX_CONNECTIONS: '64' })).toMatchObject({
      host: '0.0.0.0',
      shutdownGraceMs: 2500,
      maxConnections: 64,
    });
  });

  test('a bad value is refused naming the variable and the value', () => {
    expect(readServiceConfig({ TORIKUMI_WORKERS: 'many', TORIKUMI_DEADLINE_MS: '5' })).toEqual({
      errors: [
        "TORIKUMI_DEADLINE_MS must be a whole number from 100 to 600000, got '5'",
        "TORIKUMI_WORKERS must be a whole number from 0 to 64, got 'many'",
      ],
    });
  });
});
