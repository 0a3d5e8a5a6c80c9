/**
 * The service's front door for expensive routes (compare, ask, metrics, the CSV export): each one passes a bounded
 * admission queue and runs under a deadline; a request that finds the queue full, or whose deadline passes before
 * it is answered, gets 503 with Retry-After, and one whose client has gone is dropped from the queue or stopped.
 * Everything else (health, search, detail pages) goes straight to the app, so it never waits behind them.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Admission } from './admission';

/** Routes whose work grows with the corpus rather than with the page asked for. */
const EXPENSIVE_PATH =
  /^\/(?:api\/(?:compare|ask|metrics|search\.csv|search\.xlsx|changes|changes\.csv|targets)|compare|ask|metrics|changes|targets)\/?$/;

/** How a forwarded request ended. */
export type Forwarded = 'answered' | 'abandoned' | 'unavailable';

/** Worker threads that serve the expensive routes (src/app/work-pool.ts implements it). */
export interface WorkPool {
  /** Whether requests can be forwarded: false when no worker could start (the caller then runs them itself). */
  usable(): boolean;
  /** Forwards a GET or HEAD to an idle worker; `onAnswer` is called once its response starts. */
  forward(req: IncomingMessage, res: ServerResponse, signal: AbortSignal, onAnswer: () => void): Promise<Forwarded>;
  /** Stops the workers once the requests they serve have ended, or after graceMs. */
  close(graceMs: number): Promise<void>;
  stats(): { workers: number; ready: number; busy: number; restarts: number };
}

/** Whether a request is one of the expensive routes (GET or HEAD; other methods get their 405 from the app). */
export function isExpensive(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  return EXPENSIVE_PATH.test(path);
}

export interface GatewayOptions {
  app: RequestListener;
  admission: Admission;
  /** Worker threads to run expensive requests on; without (or when none could start) they run on the main thread. */
  pool: WorkPool | null;
  /** From arrival to the first byte of the answer, queueing included. */
  deadlineMs: number;
  retryAfterSeconds: number;
  log(message: string): void;
}

/** 503 with Retry-After, in the API's error shape under /api and as a short Japanese page elsewhere. */
export function refuse(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number, why: 'busy' | 'deadline'): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = why === 'busy' ? 'too many expensive requests at once; retry later' : 'the request took longer than its deadline; retry later';
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.setHeader('Cache-Control', 'no-store');
  if ((req.url ?? '').startsWith('/api/')) {
    res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: why === 'busy' ? 'BUSY' : 'DEADLINE_EXCEEDED', message, field: null } }));
    return;
  }
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(
    why === 'busy'
      ? '混み合っています。しばらくしてからもう一度お試しください。\n'
      : '処理に時間がかかりすぎたため中止しました。条件を絞ってもう一度お試しください。\n',
  );
}

/** The request listener with expensive routes admitted, bounded in time and cancelled with their client. */
export function createGateway(options: GatewayOptions): RequestListener {
  return (req, res) => {
    if (!isExpensive(req)) {
      options.app(req, res);
      return;
    }
    void runExpensive(options, req, res);
  };
}

async function runExpensive(options: GatewayOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('deadline'), options.deadlineMs);
  // res 'close' before it finished: the client went away (req 'close' fires as soon as a GET's body is read).
  res.once('close', () => {
    if (!res.writableFinished) controller.abort('client');
  });
  const entry = await options.admission.enter(controller.signal);
  if ('refused' in entry) {
    clearTimeout(timer);
    if (entry.refused === 'full') refuse(req, res, options.retryAfterSeconds, 'busy');
    else if (controller.signal.reason === 'deadline') refuse(req, res, options.retryAfterSeconds, 'deadline');
    return;
  }
  try {
    if (options.pool?.usable()) {
      const outcome = await options.pool.forward(req, res, controller.signal, () => clearTimeout(timer));
      if (outcome === 'answered') return;
      if (controller.signal.reason === 'deadline') {
        options.log(`torikumi: stopped ${req.method} ${req.url} after its deadline of ${options.deadlineMs} ms`);
        refuse(req, res, options.retryAfterSeconds, 'deadline');
        return;
      }
      if (outcome === 'abandoned') return;
      // 'unavailable' with the pool still up: its worker failed or is restarting; running it here would block
      // the main thread with exactly the work the pool is for.
      if (options.pool.usable()) {
        refuse(req, res, options.retryAfterSeconds, 'busy');
        return;
      }
    }
    clearTimeout(timer);
    if (controller.signal.aborted) return;
    await runInline(options.app, req, res);
  } finally {
    clearTimeout(timer);
    entry.admitted();
  }
}

/** Runs the app on this thread; resolves when the response has ended. */
function runInline(app: RequestListener, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    res.once('close', () => resolve());
    app(req, res);
  });
}
