/**
 * The JSON API under /api. Each route validates its input with a schema from schemas.ts, calls the engine,
 * and shapes the answer; errors go to the one error middleware.
 */
import { Router, type Request } from 'express';
import { AppError } from '../domain/errors';
import type { SearchResponse } from '../query/types';
import type { AppContext } from './app-context';
import { contentDisposition, exportFileName, streamCsv } from './csv-export';
import { requireInitiative } from './initiative-page';
import { citationOf, originalHref, presentInitiative } from './present-results';
import { AskQuery, InitiativeIdParams, ListQuery, NoQuery, SearchQuery, SimilarQuery, TimelineQuery } from './schemas';
import { takeExclude, toSearchRequest } from './search-state';
import { checkKnownValues, parseInput } from './validate-input';
import { streamXlsx, XLSX_TYPE } from './xlsx-export';

function runSearch(context: AppContext, req: Request): SearchResponse {
  const query = parseInput(SearchQuery, req.query);
  checkKnownValues(query, context.corpusFacets());
  return context.engine.search(toSearchRequest(query));
}

/** The request of an export (the page's query and filters; limit and offset, if given, are ignored) and the site's address for its links. */
function exportRequest(context: AppContext, req: Request) {
  const { rest, exclude } = takeExclude(req.query);
  const query = parseInput(SearchQuery, rest);
  checkKnownValues(query, context.corpusFacets());
  return { request: { ...toSearchRequest({ ...query, exclude }), offset: 0 }, baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}` };
}

/** The API body of a search response. */
/**
 * The response as the API gives it: without the analysed query (internal), but with what tells a client that the
 * results are not for the words as typed (`corrected`) and the help a query that finds little gets.
 */
function serializeSearch({
  query,
  expanded,
  total,
  limit,
  offset,
  results,
  facets,
  corrected,
  partsApart,
  partsPrintedNowhere,
  withoutWords,
  withoutWordsAsk,
  onlyRelated,
  scopedBy,
  relaxed,
  suggestions,
}: SearchResponse): string {
  return JSON.stringify({
    query,
    expanded,
    total,
    limit,
    offset,
    results,
    facets,
    corrected,
    partsApart,
    partsPrintedNowhere,
    withoutWords,
    withoutWordsAsk,
    onlyRelated,
    scopedBy,
    relaxed,
    suggestions,
  });
}

function searchRoutes(router: Router, context: AppContext): void {
  // The cached engine hands out the same response object for the same request, so its JSON can be kept with it.
  const bodies = new WeakMap<SearchResponse, string>();
  router.get('/search', (req, res) => {
    const response = runSearch(context, req);
    let body = bodies.get(response);
    if (body === undefined) bodies.set(response, (body = serializeSearch(response)));
    res.type('application/json; charset=utf-8').send(body);
  });
  // Exports hold every result of the search (not one page), streamed batch by batch; see csv-export.ts.
  router.get('/search.csv', async (req, res) => {
    const { request, baseUrl } = exportRequest(context, req);
    res.type('text/csv; charset=utf-8').set('Content-Disposition', contentDisposition(exportFileName(request.q, new Date(), 'csv')));
    await streamCsv(res, context.engine, request, baseUrl);
  });
  router.get('/search.xlsx', async (req, res) => {
    const { request, baseUrl } = exportRequest(context, req);
    res.type(XLSX_TYPE).set('Content-Disposition', contentDisposition(exportFileName(request.q, new Date(), 'xlsx')));
    await streamXlsx(res, context.engine, request, baseUrl);
  });
  router.get('/timeline', (req, res) => {
    // The search's query, filters and exclude=, so that its counts are the totals /api/search gives.
    const { rest, exclude } = takeExclude(req.query);
    const query = parseInput(TimelineQuery, rest);
    checkKnownValues(query, context.corpusFacets());
    const { q, filters } = toSearchRequest({ ...query, sort: 'relevance', limit: 0, offset: 0 });
    res.json(context.engine.timeline({ q, filters, ...(exclude.length > 0 ? { exclude } : {}) }));
  });
  router.get('/facets', (req, res) => {
    parseInput(NoQuery, req.query);
    res.json({ facets: context.corpusFacets() });
  });
}

function initiativeRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  router.get('/initiatives', (req, res) => {
    const { limit, offset } = parseInput(ListQuery, req.query);
    const { total, items } = engine.list(limit, offset);
    const results = items.map((i) => presentInitiative(i, engine, context.findDuplicates(i)));
    res.json({ total, limit, offset, results });
  });
  router.get('/initiatives/:id', (req, res) => {
    const { id } = parseInput(InitiativeIdParams, req.params);
    parseInput(NoQuery, req.query);
    const initiative = requireInitiative(engine, id);
    const { label, reason, results, metric, source, reportId, origin, duplicateGroup } = initiative;
    const row = engine.rowOf(id).map(({ id: rowId, tag, label: rowLabel, text }) => ({ id: rowId, tag, label: rowLabel, text }));
    const shaped = presentInitiative(initiative, engine, context.findDuplicates(initiative));
    res.json({
      ...shaped,
      label,
      reason,
      results,
      metric,
      source,
      reportId,
      origin,
      original: originalHref(initiative),
      duplicateGroup,
      citation: citationOf(initiative),
      row,
    });
  });
  router.get('/initiatives/:id/similar', (req, res) => {
    const { id } = parseInput(InitiativeIdParams, req.params);
    const options = parseInput(SimilarQuery, req.query);
    requireInitiative(engine, id);
    res.json({ id, results: engine.similar(id, options) });
  });
}

function reportRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  router.get('/metrics', (req, res) => {
    // Paged like /api/initiatives: with many reports loaded the whole list would be megabytes in one answer.
    const { limit, offset } = parseInput(ListQuery, req.query);
    const all = engine.metrics();
    res.json({ total: all.length, limit, offset, metrics: all.slice(offset, offset + limit) });
  });
  router.get('/ask', (req, res) => {
    const { q } = parseInput(AskQuery, req.query);
    if (!context.answer) throw new AppError('NOT_READY', 'question answering is not available in this service');
    const answer = context.answer(engine, q);
    // Each source with its 出典 line and the link to the original, as the page shows them.
    const sources = answer.sources.map((source) => {
      const initiative = engine.getInitiative(source.id);
      return initiative ? { ...source, citation: citationOf(initiative), href: originalHref(initiative) } : source;
    });
    res.json({ ...answer, sources });
  });
  router.get('/health', (_req, res) => {
    const ready = context.ready();
    // dataHash says which data the answers come from; rebuilding, that a newer index is being built behind it.
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'starting',
      initiatives: engine.size,
      dataHash: context.manifest?.dataHash ?? null,
      builtAt: context.manifest?.builtAt ?? null,
      rebuilding: context.service?.rebuilding() ?? false,
      lastRebuildError: context.service?.lastRebuildError() ?? null,
      manifest: context.manifest,
    });
  });
}

/** The /api router. */
export function createApiRouter(context: AppContext): Router {
  const router = Router();
  searchRoutes(router, context);
  initiativeRoutes(router, context);
  reportRoutes(router, context);
  return router;
}
