/**
 * `torikumi serve` (`npm start`): listens at once (on 127.0.0.1 unless HOST is set), so that /api/health can say
 * what it is doing while the dictionary loads and the index is opened (rebuilt with a message when missing, stale
 * or damaged), then serves the pages and the API. Expensive routes pass a bounded queue with a deadline and run on
 * worker threads (src/app/work-pool.ts); slow clients are cut by header, request and send timeouts. SIGINT/SIGTERM
 * stop accepting connections, answer `Connection: close`, let answers in flight finish within
 * TORIKUMI_SHUTDOWN_GRACE_MS, and exit with 0. With TORIKUMI_ADMIN_TOKEN set, /admin/reports/new adds reports; the
 * index is then rebuilt behind the one served.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Analyzer } from '../analysis/types';
import { answerQuestion } from '../answer/answer-question';
import { createWorkPool, type WorkPool } from '../app/work-pool';
import { defaultDataDir, defaultIndexDir } from '../domain/paths';
import { readAdminToken } from '../http/admin-security';
import { createAdmission } from '../http/admission';
import type { AdminOptions } from '../http/app-context';
import { createApp } from '../http/create-app';
import { createGateway } from '../http/expensive-gateway';
import { createLiveService, type LiveService } from '../http/live-service';
import { escapeLog, escapingLog } from '../http/log-escape';
import { readServiceConfig, urlHost, type ServiceConfig } from '../http/service-config';
import { openSearchEngine } from '../app/open-engine';
import { createReportIntake } from '../indexing/report-intake';
import { cleanStagingFolders } from '../indexing/save-index';

const DEFAULT_PORT = 3000;
/** Seconds a client is asked to wait after a 503. */
const RETRY_AFTER_SECONDS = 2;

/** PORT from the environment, or a message saying what is wrong with it. */
export function readPort(value: string | undefined): number | string {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) return `PORT must be a number from 0 to 65535, got '${value}'`;
  return port;
}

/** What the service is doing before it can answer from an index, as /api/health says it. */
export type StartPhase = 'loading the dictionary and the index' | 'rebuilding the index from data/' | 'stopping';

/** Answers while the engine loads: health says what is being done, everything else a 503 asking to retry. */
export function answerWhileStarting(phase: () => StartPhase): RequestListener {
  return (req, res) => {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.setHeader('Cache-Control', 'no-store');
    if (req.url?.startsWith('/api/')) {
      res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
      const body = req.url.startsWith('/api/health')
        ? { status: phase() === 'stopping' ? 'stopping' : 'starting', doing: phase() }
        : { error: { code: 'NOT_READY', message: `the index is not ready (${phase()})`, field: null } };
      res.end(JSON.stringify(body));
      return;
    }
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('取組サーチを起動しています。数秒後にもう一度開いてください。\n');
  };
}

function listen(server: Server, port: number, host: string): Promise<{ address: string; port: number }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? { address: address.address, port: address.port } : { address: host, port });
    });
  });
}

/**
 * Resolves once a stop signal has closed the server: no new connections; idle kept-alive ones closed at once and
 * again as each finishes its answer (answers started after the signal say `Connection: close`); the rest cut when
 * the grace time ends.
 */
function closeOnSignal(server: Server, graceMs: number, onStopping: () => void, log: (message: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log(`torikumi: ${signal} received, shutting down (answers in flight have ${graceMs} ms)`);
      onStopping();
      server.close(() => {
        clearInterval(idle);
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => {
        log('torikumi: grace time over, closing the connections still open');
        server.closeAllConnections();
      }, graceMs);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** The admin pages' options when TORIKUMI_ADMIN_TOKEN is good, else null with the reason logged. */
export function configureAdmin(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  indexDir: string,
  onAdded: () => void,
  log: (message: string) => void,
): AdminOptions | null {
  const read = readAdminToken(env.TORIKUMI_ADMIN_TOKEN);
  if ('off' in read) {
    log(`torikumi: the 報告書の追加 page (/admin/reports/new) is off: ${read.off}`);
    return null;
  }
  return { token: read.token, secret: randomBytes(32), intake: createReportIntake({ dataDir, indexDir, onAdded }) };
}

export interface ServeOptions {
  dataDir?: string;
  indexDir?: string;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  /** Worker threads for expensive routes (default 0: they run on the main thread, still admitted one at a time). */
  workers?: number;
  /** Expensive requests that may wait (default 8). */
  queue?: number;
  /** Deadline of an expensive request, queueing included (default 10 s). */
  deadlineMs?: number;
}

/** A service with the phase it is in while starting and the pools to stop with it. */
export interface Service extends LiveService {
  phase(): StartPhase;
  /** Stops the worker threads once their answers have ended (or after graceMs). */
  stopWorkers(graceMs: number): Promise<void>;
}

/**
 * The service for a data folder: the engine, the app around it (with the admin pages when configured), the
 * expensive routes behind a bounded queue and worker threads, and background rebuilds that swap a new app in
 * once it is ready. `npm start` and the browser test both use it.
 */
export function createService(options: ServeOptions = {}, ready: () => boolean = () => true): Service {
  const dataDir = options.dataDir ?? defaultDataDir();
  const indexDir = options.indexDir ?? defaultIndexDir();
  const log = escapingLog(options.log ?? ((message: string) => console.error(message)));
  let analyzer: Analyzer | undefined;
  let phase: StartPhase = 'loading the dictionary and the index';
  let pool: WorkPool | null = null;
  const admission = createAdmission({ concurrency: Math.max(1, options.workers ?? 0), maxWaiting: options.queue ?? 8 });
  const openLog = (message: string) => {
    if (/rebuilding from/.test(message)) phase = 'rebuilding the index from data/';
    log(message);
  };
  const service = createLiveService({
    open: async (reason) => {
      if (reason === 'start') {
        for (const name of cleanStagingFolders(indexDir)) log(`index: removed ${name}, left by a build that was interrupted`);
      }
      const opened = await openSearchEngine({ dataDir, indexDir, log: openLog, analyzer, rebuild: reason === 'rebuild' ? 'always' : 'if-stale' });
      analyzer = opened.analyzer;
      return opened;
    },
    makeApp: ({ engine, manifest }, status) => {
      const app = createApp({ engine, manifest, answer: answerQuestion, ready, dataDir, admin: admin ?? undefined, service: status, log });
      const previous = pool;
      pool =
        (options.workers ?? 0) > 0
          ? createWorkPool({ size: options.workers!, workerData: { indexDir, dataDir, dataHash: manifest.dataHash }, log })
          : null;
      // The old index's workers finish what they are answering, then stop.
      void previous?.close(30_000);
      return createGateway({ app, admission, pool, deadlineMs: options.deadlineMs ?? 10_000, retryAfterSeconds: RETRY_AFTER_SECONDS, log });
    },
    log,
  });
  const admin = configureAdmin(options.env ?? process.env, dataDir, indexDir, () => void service.rebuild(), log);
  return Object.assign(service, {
    phase: () => phase,
    stopWorkers: async (graceMs: number) => {
      phase = 'stopping';
      await pool?.close(graceMs);
    },
  });
}

/** `serve [--data DIR] [--index DIR]`: the folders, defaulting to the project's data/ and index/. */
function readFolders(args: string[]): { dataDir?: string; indexDir?: string } | string {
  const folders: { dataDir?: string; indexDir?: string } = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if ((flag !== '--data' && flag !== '--index') || !value) return `unknown argument '${flag}'`;
    folders[flag === '--data' ? 'dataDir' : 'indexDir'] = value;
  }
  return folders;
}

/** The server with the service's limits: header, request and send timeouts, and a connection cap. */
function createLimitedServer(listener: RequestListener, config: ServiceConfig): Server {
  const server = createServer({ headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs }, listener);
  server.maxConnections = config.maxConnections;
  // No byte read or written for this long: the client stopped reading its answer (or sending); its socket is destroyed.
  server.timeout = config.sendTimeoutMs;
  return server;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: torikumi serve [--data DIR] [--index DIR]   (PORT=3000 and HOST=127.0.0.1 by default; TORIKUMI_ADMIN_TOKEN turns on /admin/reports/new; see the README for the TORIKUMI_* limits)',
    );
    return 0;
  }
  const port = readPort(process.env.PORT);
  const config = readServiceConfig(process.env);
  const folders = readFolders(args);
  const problems = [
    ...(typeof port === 'string' ? [port] : []),
    ...('errors' in config ? config.errors : []),
    ...(typeof folders === 'string' ? [folders] : []),
  ];
  if (typeof port === 'string' || 'errors' in config || typeof folders === 'string') {
    for (const problem of problems) console.error(`torikumi: ${escapeLog(problem)}`);
    return 2;
  }
  const log = escapingLog((message: string) => console.error(message));
  let stopping = false;
  const service = createService({ ...folders, workers: config.workers, queue: config.queue, deadlineMs: config.deadlineMs, log }, () => !stopping);
  const handle = service.handle(answerWhileStarting(service.phase));
  const server = createLimitedServer((req, res) => {
    // A kept-alive connection asking during the shutdown gets its answer, then is closed.
    if (stopping) res.setHeader('Connection', 'close');
    handle(req, res);
  }, config);
  const closed = closeOnSignal(server, config.shutdownGraceMs, () => (stopping = true), log);
  const bound = await listen(server, port, config.host);
  const url = `http://${urlHost(bound.address)}:${bound.port}/`;
  console.log(escapeLog(`torikumi: listening on ${url} (loading the index …)`));
  try {
    const { engine, manifest } = await service.start();
    console.log(escapeLog(`torikumi: ready: ${engine.size} initiatives from ${manifest.counts.reports} reports at ${url}`));
  } catch (error) {
    log(`torikumi: cannot open the index: ${error instanceof Error ? error.message : String(error)}`);
    server.close();
    await service.stopWorkers(0);
    return 1;
  }
  await closed;
  await service.stopWorkers(config.shutdownGraceMs);
  log('torikumi: stopped');
  return 0;
}
