/**
 * `torikumi serve` (`npm start`): listens at once, so that /api/health can say "starting" while the dictionary
 * loads and the index is opened (rebuilt with a message when missing or stale), then serves the pages and the API.
 * SIGINT/SIGTERM stop accepting connections, let requests in flight finish, and exit with 0.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { answerQuestion } from '../answer/answer-question';
import { createApp } from '../http/create-app';
import { openSearchEngine } from '../indexing/open-engine';

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

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: torikumi serve   (PORT=3000 by default; HOST to bind one address)');
    return 0;
  }
  const port = readPort(process.env.PORT);
  if (typeof port === 'string') {
    console.error(`torikumi: ${port}`);
    return 2;
  }
  let handler: RequestListener = answerWhileStarting;
  let stopping = false;
  const server = createServer((req, res) => handler(req, res));
  const closed = closeOnSignal(server, () => (stopping = true));
  const actualPort = await listen(server, port);
  console.log(`torikumi: listening on http://localhost:${actualPort}/ (loading the index …)`);
  try {
    const { engine, manifest } = await openSearchEngine({ log: (message) => console.error(message) });
    handler = createApp({ engine, manifest, answer: answerQuestion, ready: () => !stopping });
    console.log(`torikumi: ready: ${engine.size} initiatives from ${manifest.counts.reports} reports at http://localhost:${actualPort}/`);
  } catch (error) {
    console.error(`torikumi: cannot open the index: ${error instanceof Error ? error.message : String(error)}`);
    server.close();
    return 1;
  }
  await closed;
  return 0;
}
