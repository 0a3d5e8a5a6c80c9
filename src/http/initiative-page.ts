/** The view model of one initiative: the statement, its row, its source and 出典 line, and similar initiatives. */
import { AppError } from '../domain/errors';
import type { Initiative } from '../domain/types';
import type { Place, SearchEngine, SimilarHit } from '../query/types';
import { presentMetric } from './metrics-page';
import { citationOf, describeRow, describeSourcePlace, originalHref } from './present-results';

const SIMILAR_LIMIT = 8;

/** Looks an initiative up, or throws INITIATIVE_NOT_FOUND naming the id. */
export function requireInitiative(engine: SearchEngine, id: string): Initiative {
  const initiative = engine.getInitiative(id);
  if (!initiative) throw new AppError('INITIATIVE_NOT_FOUND', `no initiative with id ${id}`, { field: 'id' });
  return initiative;
}

/**
 * Similar initiatives other than those of the same row (which the page already lists): one list, other ministries
 * and years first as the engine ranks them, each with the one-line reason it is similar.
 */
function similarView(hits: SimilarHit[], sameRow: Set<string>) {
  return hits
    .filter((hit) => !sameRow.has(hit.id))
    .slice(0, SIMILAR_LIMIT)
    .map((hit) => ({
      id: hit.id,
      tag: hit.tag,
      ministry: hit.ministry,
      yearLabel: hit.fiscalYearLabel,
      where: `${hit.section} › ${describeRow(hit)}`,
      text: hit.text,
      reason: hit.reason,
    }));
}

function findMetric(engine: SearchEngine, id: string) {
  const entry = engine.metrics().find((m) => m.id === id);
  return entry ? presentMetric(entry) : null;
}

/** Everything views/initiative.ejs draws for one initiative. */
export function buildInitiativePage(engine: SearchEngine, id: string, findDuplicates: (i: Initiative) => Place[]) {
  const initiative = requireInitiative(engine, id);
  const rowRecords = engine.rowOf(id);
  const sameRow = new Set(rowRecords.map((r) => r.id));
  const similarLimit = SIMILAR_LIMIT + sameRow.size;
  const row = rowRecords.map((sibling) => ({
    id: sibling.id,
    tag: sibling.tag,
    label: sibling.label,
    text: sibling.text,
    current: sibling.id === id,
  }));
  return {
    initiative,
    rowPath: describeRow(initiative),
    topics: engine.topicsOf(id),
    row,
    citation: citationOf(initiative),
    sourcePlace: describeSourcePlace(initiative.origin),
    originalHref: originalHref(initiative),
    metric: initiative.kind === 'metric' ? findMetric(engine, id) : null,
    alsoAt: findDuplicates(initiative).map((place) => ({
      id: place.id,
      label: `${place.ministry} ${place.fiscalYear}年度 ${place.section} › ${describeRow(place)}`,
    })),
    similar: similarView(engine.similar(id, { limit: similarLimit }), sameRow),
  };
}

export type InitiativePage = ReturnType<typeof buildInitiativePage>;
