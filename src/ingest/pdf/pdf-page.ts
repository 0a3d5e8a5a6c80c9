/**
 * A PDF page as the worker reads it (pdf-worker.mjs): text items and ruled segments, in page space with y growing
 * downwards (points from the top-left corner), and reading it in a worker thread with a time limit.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../domain/errors';
import { projectRoot } from '../../domain/paths';

export interface TextItem {
  str: string;
  /** Left edge and top edge. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size in points. */
  size: number;
  /** Rotated or top-to-bottom text. */
  vertical: boolean;
}

/** A straight segment [x0, y0, x1, y1]. */
export type Segment = [number, number, number, number];

export interface PdfPage {
  width: number;
  height: number;
  items: TextItem[];
  lines: Segment[];
}

type WorkerReply =
  | { pages: PdfPage[] }
  | { error: { kind: 'password' | 'invalid' | 'unreadable' | 'too-many-pages' | 'page'; message: string; page?: number; pages?: number } };

export interface ReadPdfOptions {
  /** Stop a file that takes longer (a hostile or broken PDF can make pdf.js spin). */
  timeoutMs?: number;
  /** Refuse a longer document before reading its pages. */
  maxPages?: number;
}

export const PDF_LIMITS = { timeoutMs: 60_000, maxPages: 500 };

/** The worker is plain JavaScript beside this file's source, found from the project root in src/ and dist/ alike. */
const WORKER_PATH = join(projectRoot(), 'src', 'ingest', 'pdf', 'pdf-worker.mjs');

function toError(reply: Extract<WorkerReply, { error: unknown }>['error'], source: string, maxPages: number): AppError {
  switch (reply.kind) {
    case 'password':
      return new AppError('SOURCE_UNREADABLE', `${source}: the PDF is password-protected; save it without a password (or use the Excel file)`, {
        file: source,
      });
    case 'invalid':
      return new AppError('SOURCE_UNREADABLE', `${source}: not a readable PDF (damaged or truncated: ${reply.message})`, { file: source });
    case 'too-many-pages':
      return new AppError('SOURCE_TOO_LARGE', `${source}: ${reply.pages} pages is over the ${maxPages}-page limit for a report`, { file: source });
    case 'page':
      return new AppError('SOURCE_UNREADABLE', `${source} page ${reply.page}: cannot read the page (${reply.message})`, {
        file: source,
        page: reply.page,
      });
    default:
      return new AppError('SOURCE_UNREADABLE', `${source}: not a readable PDF (${reply.message})`, { file: source });
  }
}

/**
 * One worker serves the documents one after another: starting a worker and loading pdf.js costs ~0.35 s, more
 * than reading a short report. It is stopped after a time-out (the document may keep it busy), on an error, and
 * when it has been idle a while (pdf.js keeps fonts and caches), and started again on the next document.
 */
const IDLE_MS = 15_000;
let shared: { worker: Worker; queue: Promise<unknown>; idle: NodeJS.Timeout | null } | null = null;
let nextId = 1;

function sharedWorker(): NonNullable<typeof shared> {
  if (shared) return shared;
  const worker = new Worker(WORKER_PATH, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  worker.unref(); // a waiting worker never keeps the process alive
  const state = { worker, queue: Promise.resolve() as Promise<unknown>, idle: null as NodeJS.Timeout | null };
  worker.once('exit', () => {
    if (shared === state) shared = null;
  });
  shared = state;
  return state;
}

function stopWorker(state: NonNullable<typeof shared>): void {
  if (shared === state) shared = null;
  void state.worker.terminate();
}

function askWorker(state: NonNullable<typeof shared>, bytes: Buffer, maxPages: number, timeoutMs: number, source: string): Promise<PdfPage[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const { worker } = state;
    const done = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      outcome();
    };
    const onMessage = (reply: WorkerReply & { id: number }) => {
      if (reply.id !== id) return;
      done(() => ('pages' in reply ? resolve(reply.pages) : reject(toError(reply.error, source, maxPages))));
    };
    const onError = (error: Error) => {
      stopWorker(state);
      done(() => reject(new AppError('SOURCE_UNREADABLE', `${source}: not a readable PDF (${error.message})`, { file: source })));
    };
    const onExit = (code: number) =>
      done(() => reject(new AppError('SOURCE_UNREADABLE', `${source}: the PDF reader stopped (exit ${code})`, { file: source })));
    const timer = setTimeout(() => {
      stopWorker(state);
      done(() =>
        reject(
          new AppError('SOURCE_UNPARSEABLE', `${source}: reading the PDF took longer than ${Math.max(1, Math.round(timeoutMs / 1000))} s; stopped`, {
            file: source,
          }),
        ),
      );
    }, timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.ref();
    worker.postMessage({ id, bytes, maxPages });
  });
}

/** Reads every page's text items and ruled lines; AppError naming the file (and page) when the PDF cannot be read. */
export function readPdfPages(bytes: Buffer, source: string, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  const timeoutMs = options.timeoutMs ?? PDF_LIMITS.timeoutMs;
  const maxPages = options.maxPages ?? PDF_LIMITS.maxPages;
  const state = sharedWorker();
  if (state.idle) clearTimeout(state.idle);
  // Queued, so that a time-out measures this document's reading, not the wait behind another.
  const result = state.queue.catch(() => undefined).then(() => askWorker(sharedWorker(), bytes, maxPages, timeoutMs, source));
  state.queue = result;
  return result.finally(() => {
    const current = shared;
    if (!current || current.queue !== result) return;
    current.worker.unref();
    current.idle = setTimeout(() => current && stopWorker(current), IDLE_MS);
    current.idle.unref();
  });
}
