/**
 * The served application, swappable while the service runs: a rebuild makes a new engine and a new app from the
 * data folder as it is now, and only then replaces the old app in one assignment, so every request is answered
 * whole by the old engine or the new one, never by a half-built index. Rebuilds asked for while one runs are
 * folded into one more run after it.
 */
import type { RequestListener } from 'node:http';
import type { Manifest } from '../indexing/manifest';
import type { SearchEngine } from '../query/types';
import type { ServiceStatus } from './app-context';

export interface OpenedData {
  engine: SearchEngine;
  manifest: Manifest;
}

export interface LiveServiceOptions {
  /** Opens the engine from the data folder as it is now (the first call may load a fresh index). */
  open(reason: 'start' | 'rebuild'): Promise<OpenedData>;
  /** Makes the request handler for one engine. */
  makeApp(opened: OpenedData, status: ServiceStatus): RequestListener;
  log(message: string): void;
}

export interface LiveService {
  /** Answers with the current app; `fallback` until the first open has finished. */
  handle(fallback: RequestListener): RequestListener;
  start(): Promise<OpenedData>;
  /** Rebuilds in the background; resolves when the served data is at least as new as the folder was at the call. */
  rebuild(): Promise<void>;
  /** Resolves when no rebuild is running (at once when none is). */
  settled(): Promise<void>;
  status: ServiceStatus;
  current(): OpenedData | null;
}

export function createLiveService(options: LiveServiceOptions): LiveService {
  let app: RequestListener | null = null;
  let opened: OpenedData | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let lastError: string | null = null;
  const status: ServiceStatus = { rebuilding: () => running !== null, lastRebuildError: () => lastError };

  function serve(next: OpenedData): void {
    const nextApp = options.makeApp(next, status);
    opened = next;
    app = nextApp;
  }

  async function runRebuilds(): Promise<void> {
    do {
      again = false;
      const started = Date.now();
      try {
        const next = await options.open('rebuild');
        serve(next);
        lastError = null;
        options.log(
          `torikumi: rebuilt: now serving ${next.engine.size} initiatives from ${next.manifest.counts.reports} reports (data ${next.manifest.dataHash}, ${Date.now() - started} ms)`,
        );
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        options.log(`torikumi: rebuild failed, still serving data ${opened?.manifest.dataHash ?? '(none)'}: ${lastError}`);
      }
    } while (again);
  }

  return {
    handle: (fallback) => (req, res) => (app ?? fallback)(req, res),
    async start() {
      const first = await options.open('start');
      serve(first);
      return first;
    },
    rebuild() {
      if (running) {
        // The run in progress may have read the folder before the change: one more run after it.
        again = true;
        return running;
      }
      running = runRebuilds().finally(() => (running = null));
      return running;
    },
    settled: () => running ?? Promise.resolve(),
    status,
    current: () => opened,
  };
}
