/** What the routes share: the engine, optional question answering, the index manifest and readiness. */
import type { Answer } from '../answer/types';
import type { Initiative } from '../domain/types';
import type { Manifest } from '../indexing/manifest';
import type { ReportIntake } from '../indexing/report-intake';
import type { Facets, Place, SearchEngine } from '../query/types';

/** The signature of answerQuestion (src/answer/answer-question.ts), injected so tests and serve share it. */
export type AnswerFunction = (engine: SearchEngine, question: string) => Answer;

export interface AppOptions {
  engine: SearchEngine;
  answer?: AnswerFunction;
  manifest?: Manifest;
  /** False while the service is starting or shutting down; /api/health reports it. Defaults to always ready. */
  ready?: () => boolean;
  /** Where unexpected errors are written (default: console.error). */
  log?: (message: string) => void;
  /** The data folder the manifest's report files are in; GET /reports/:id serves them from there (404 without it). */
  dataDir?: string;
  /** The 報告書の追加 pages; without it /admin/* is a 404. */
  admin?: AdminOptions;
  /** Whether a newer index is being built behind the one served (/api/health says so). */
  service?: ServiceStatus;
}

/** What the admin pages need: the token, the secret that signs their forms, and where uploads go. */
export interface AdminOptions {
  /** TORIKUMI_ADMIN_TOKEN (at least 16 characters). */
  token: string;
  /** Signs CSRF tokens and staged-upload tickets; must outlive an app swap (one per process). */
  secret: Buffer;
  intake: ReportIntake;
}

export interface ServiceStatus {
  rebuilding(): boolean;
  /** Why the last rebuild failed (the old index is still served), or null. */
  lastRebuildError(): string | null;
}

export interface AppContext {
  engine: SearchEngine;
  answer: AnswerFunction | null;
  manifest: Manifest | null;
  ready: () => boolean;
  /** Facet counts over the whole corpus (the engine is immutable, so computed once). */
  corpusFacets: () => Facets;
  findDuplicates: (initiative: Initiative) => Place[];
  dataDir: string | null;
  admin: AdminOptions | null;
  service: ServiceStatus | null;
}

/** Computes `make()` on first use and keeps it. */
export function memoize<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
