/**
 * A pool of engine worker threads (./engine-worker.ts), each serving the expensive routes of the same index on a
 * loopback port. The main thread forwards a request to an idle worker and streams the answer back with
 * backpressure; when the request is abandoned (deadline passed, client gone) before the worker answered, the
 * worker is terminated — the only way to stop synchronous work in JavaScript — and a fresh one started.
 */
import { existsSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../domain/paths';
import type { EngineWorkerData, EngineWorkerMessage } from './engine-worker';

export interface WorkPoolOptions {
  size: number;
  workerData: EngineWorkerData;
  log(message: string): void;
  /** How long a worker may take to load the dictionary and the index (ms). */
  startTimeoutMs?: number;
  /** Heap limit of each worker (MB): a runaway request ends its worker, not the process. */
  maxHeapMb?: number;
}

import type { Forwarded, WorkPool } from '../http/expensive-gateway';

// The pool's shape is the gateway's (src/http/expensive-gateway.ts): http says what it needs, the app provides it.
export type { Forwarded, WorkPool } from '../http/expensive-gateway';

interface Slot {
  worker: Worker | null;
  port: number | null;
  agent: Agent;
  busy: boolean;
}

/** Hop-by-hop headers belong to one connection, not to the answer (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/** The compiled worker script: beside this module in dist/, or dist/ of the project when running from src/ (jest). */
export function findWorkerScript(): string | null {
  const beside = join(__dirname, 'engine-worker.js');
  if (__filename.endsWith('.js') && existsSync(beside)) return beside;
  const built = join(projectRoot(), 'dist', 'src', 'app', 'engine-worker.js');
  return existsSync(built) ? built : null;
}

export function createWorkPool(options: WorkPoolOptions): WorkPool {
  const script = findWorkerScript();
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const slots: Slot[] = [];
  const idleWaiters: (() => void)[] = [];
  let failed = script === null;
  let closing = false;
  let restarts = 0;
  if (script === null) options.log('torikumi: no compiled engine worker (run npm run build); expensive routes run on the main thread');

  const wake = (): void => {
    for (const waiter of idleWaiters.splice(0)) waiter();
  };

  function spawn(slot: Slot): void {
    if (closing || failed || script === null) return;
    const worker = new Worker(script, { workerData: options.workerData, resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 } });
    slot.worker = worker;
    slot.port = null;
    const timer = setTimeout(() => {
      options.log(`torikumi: an engine worker did not start within ${startTimeoutMs} ms`);
      void worker.terminate();
    }, startTimeoutMs);
    worker.once('message', (message: EngineWorkerMessage) => {
      clearTimeout(timer);
      if ('ready' in message) {
        slot.port = message.ready;
        wake();
        return;
      }
      // The index on disk is not the one the main thread serves (or cannot be read): never serve another one.
      options.log(`torikumi: engine worker could not start (${message.failed}); expensive routes run on the main thread`);
      failed = true;
      void worker.terminate();
      wake();
    });
    worker.on('error', (error) => options.log(`torikumi: engine worker failed: ${error.message}`));
    worker.once('exit', () => {
      clearTimeout(timer);
      if (slot.worker !== worker) return;
      slot.worker = null;
      slot.port = null;
      slot.busy = false;
      if (!closing && !failed) {
        restarts += 1;
        spawn(slot);
      }
      wake();
    });
  }

  /** Ends the slot's worker (its exit handler starts a fresh one) and drops its connections. */
  function restart(slot: Slot): void {
    slot.agent.destroy();
    slot.agent = new Agent({ keepAlive: true, maxSockets: 1 });
    void slot.worker?.terminate();
  }

  for (let i = 0; i < Math.max(0, options.size); i += 1) {
    const slot: Slot = { worker: null, port: null, agent: new Agent({ keepAlive: true, maxSockets: 1 }), busy: false };
    slots.push(slot);
    spawn(slot);
  }
  if (slots.length === 0) failed = true;

  /** An idle ready slot, waiting for one while workers start or are busy; null when the signal aborts or the pool fails. */
  async function idleSlot(signal: AbortSignal): Promise<Slot | null> {
    for (;;) {
      if (signal.aborted || failed || closing) return null;
      const slot = slots.find((s) => s.port !== null && !s.busy);
      if (slot) return slot;
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
    }
  }

  function send(slot: Slot, req: IncomingMessage, res: ServerResponse, signal: AbortSignal, onAnswer: () => void): Promise<Forwarded> {
    return new Promise((resolve) => {
      let answered = false;
      let settled = false;
      const finish = (outcome: Forwarded): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        slot.busy = false;
        wake();
        resolve(outcome);
      };
      const upstream = request({
        host: '127.0.0.1',
        port: slot.port!,
        method: req.method,
        path: req.url,
        headers: endToEnd(req.headers),
        agent: slot.agent,
      });
      const onAbort = (): void => {
        upstream.destroy();
        // Still computing: the only way to stop it is to end the thread.
        if (!answered) restart(slot);
        finish('abandoned');
      };
      signal.addEventListener('abort', onAbort, { once: true });
      upstream.on('response', (answer) => {
        answered = true;
        onAnswer();
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(res);
        answer.on('end', () => finish('answered'));
        answer.on('error', () => finish('abandoned'));
        res.on('close', () => {
          if (!answer.complete) answer.destroy();
          finish(res.writableFinished ? 'answered' : 'abandoned');
        });
      });
      upstream.on('error', () => {
        if (!answered) restart(slot);
        finish(answered ? 'abandoned' : 'unavailable');
      });
      upstream.end();
    });
  }

  return {
    usable: () => !failed && !closing,
    async forward(req, res, signal, onAnswer) {
      const slot = await idleSlot(signal);
      if (!slot) return signal.aborted ? 'abandoned' : 'unavailable';
      slot.busy = true;
      return send(slot, req, res, signal, onAnswer);
    },
    async close(graceMs) {
      closing = true;
      wake();
      const deadline = Date.now() + graceMs;
      while (slots.some((s) => s.busy) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await Promise.all(
        slots.map((slot) => {
          slot.agent.destroy();
          return slot.worker?.terminate();
        }),
      );
    },
    stats: () => ({ workers: slots.length, ready: slots.filter((s) => s.port !== null).length, busy: slots.filter((s) => s.busy).length, restarts }),
  };
}
