/**
 * A worker thread that serves the expensive routes (compare, ask, metrics, exports) of one index: it loads the
 * index the main thread serves from index/ (same data hash, checksums verified), builds the same Express app
 * around it and listens on a loopback port of its own; the main thread's work pool forwards requests to it. Its
 * synchronous work then never blocks the main thread's event loop, and stopping a request that ran past its
 * deadline, or whose client left, is terminating the thread.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analysis/create-analyzer';
import { answerQuestion } from '../answer/answer-question';
import { createApp } from '../http/create-app';
import { loadIndex } from '../indexing/load-index';
import { createSearchEngine } from '../query/search-engine';

/** What the pool passes to a worker. */
export interface EngineWorkerData {
  indexDir: string;
  dataDir: string | null;
  /** The data hash of the index the main thread serves: a worker never serves another one. */
  dataHash: string;
}

/** What a worker says once: the port it listens on, or why it could not start. */
export type EngineWorkerMessage = { ready: number } | { failed: string };

async function start(data: EngineWorkerData): Promise<number> {
  const analyzer = await createAnalyzer();
  const loaded = loadIndex(data.indexDir, analyzer, {
    analyzerVersion: analyzer.version,
    dictionaryVersion: analyzer.dictionaryVersion,
    dataHash: data.dataHash,
  });
  const engine = createSearchEngine({ ...loaded, analyzer });
  const app = createApp({
    engine,
    manifest: loaded.manifest,
    answer: answerQuestion,
    dataDir: data.dataDir ?? undefined,
    log: (message) => console.error(`torikumi worker: ${message}`),
  });
  const server = createServer(app);
  // Loopback only: the main thread is the one client.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

if (parentPort) {
  const port = parentPort;
  start(workerData as EngineWorkerData).then(
    (listening) => port.postMessage({ ready: listening } satisfies EngineWorkerMessage),
    (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies EngineWorkerMessage),
  );
}
