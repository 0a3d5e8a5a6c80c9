/**
 * `torikumi serve` (`npm start`): listens at once, so that /api/health can say "starting" while the dictionary
 * loads and the index is opened (rebuilt with a message when missing or stale), then serves the pages and the API.
 * SIGINT/SIGTERM stop accepting connections, let requests in flight finish, and exit with 0. With
 * TORIKUMI_ADMIN_TOKEN set, /admin/reports/new adds reports; the index is then rebuilt behind the one served.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Analyzer } from '../analysis/types';
import { answerQuestion } from '../answer/answer-question';
import { defaultDataDir, defaultIndexDir } from '../domain/paths';
import { readAdminToken } from '../http/admin-security';
import type { AdminOptions } from '../http/app-context';
import { createApp } from '../http/create-app';
import { createLiveService, type LiveService } from '../http/live-service';
import { openSearchEngine } from '../indexing/open-engine';
import { createReportIntake } from '../indexing/report-intake';

const DEFAULT_PORT = 3000;
/** How long requests in flight may take to finish after a stop signal before their connections are cut. */
const SHUTDOWN_GRACE_MS = 5000;

/** PORT from the environment, or a message saying what is wrong with it. */
export function readPort(value: string | undefined): number | string {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) return `PORT must be a number from 0 to 65535, got '${value}'`;
  return port;
}

/** Answers while the engine loads: health says "starting", everything else a 503 asking to retry. */
const answerWhileStarting: RequestListener = (req, res) => {
  res.setHeader('Retry-After', '2');
  if (req.url?.startsWith('/api/')) {
    res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(req.url.startsWith('/api/health') ? { status: 'starting' } : { error: { code: 'NOT_READY', message: 'the index is still loading', field: null } }));
    return;
  }
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('取組サーチを起動しています。数秒後にもう一度開いてください。\n');
};

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, process.env.HOST, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Resolves once a stop signal has closed the server (after requests in flight finish or the grace time ends). */
function closeOnSignal(server: Server, onStopping: () => void): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      console.error(`torikumi: ${signal} received, shutting down`);
      onStopping();
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** The admin pages' options when TORIKUMI_ADMIN_TOKEN is good, else null with the reason logged. */
export function configureAdmin(env: NodeJS.ProcessEnv, dataDir: string, indexDir: string, onAdded: () => void, log: (message: string) => void): AdminOptions | null {
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
}

/**
 * The service for a data folder: the engine, the app around it (with the admin pages when configured), and
 * background rebuilds that swap a new app in once it is ready. `npm start` and the browser test both use it.
 */
export function createService(options: ServeOptions = {}, ready: () => boolean = () => true): LiveService {
  const dataDir = options.dataDir ?? defaultDataDir();
  const indexDir = options.indexDir ?? defaultIndexDir();
  const log = options.log ?? ((message: string) => console.error(message));
  let analyzer: Analyzer | undefined;
  const service: LiveService = createLiveService({
    open: async (reason) => {
      const opened = await openSearchEngine({ dataDir, indexDir, log, analyzer, rebuild: reason === 'rebuild' ? 'always' : 'if-stale' });
      analyzer = opened.analyzer;
      return opened;
    },
    makeApp: ({ engine, manifest }, status) => createApp({ engine, manifest, answer: answerQuestion, ready, dataDir, admin: admin ?? undefined, service: status }),
    log,
  });
  const admin = configureAdmin(options.env ?? process.env, dataDir, indexDir, () => void service.rebuild(), log);
  return service;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: torikumi serve   (PORT=3000 by default; HOST to bind one address; TORIKUMI_ADMIN_TOKEN to turn on /admin/reports/new)');
    return 0;
  }
  const port = readPort(process.env.PORT);
  if (typeof port === 'string') {
    console.error(`torikumi: ${port}`);
    return 2;
  }
  let stopping = false;
  const service = createService({}, () => !stopping);
  const server = createServer(service.handle(answerWhileStarting));
  const closed = closeOnSignal(server, () => (stopping = true));
  const actualPort = await listen(server, port);
  console.log(`torikumi: listening on http://localhost:${actualPort}/ (loading the index …)`);
  try {
    const { engine, manifest } = await service.start();
    console.log(`torikumi: ready: ${engine.size} initiatives from ${manifest.counts.reports} reports at http://localhost:${actualPort}/`);
  } catch (error) {
    console.error(`torikumi: cannot open the index: ${error instanceof Error ? error.message : String(error)}`);
    server.close();
    return 1;
  }
  await closed;
  return 0;
}
