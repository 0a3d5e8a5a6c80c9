/** What the routes share: the engine, optional question answering, the index manifest and readiness. */
import type { Answer } from '../answer/types';
import type { Initiative } from '../domain/types';
import type { Manifest } from '../indexing/manifest';
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
}

export interface AppContext {
  engine: SearchEngine;
  answer: AnswerFunction | null;
  manifest: Manifest | null;
  ready: () => boolean;
  /** Facet counts over the whole corpus (the engine is immutable, so computed once). */
  corpusFacets: () => Facets;
  findDuplicates: (initiative: Initiative) => Place[];
}

/** Computes `make()` on first use and keeps it. */
export function memoize<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
