/**
 * The corpus read as ministries × years, for pages and /api: an initiative's history, 「今年度の変化」 (page, JSON
 * and CSV), compare and targets across ministries. Each route validates its input with across-years-schemas.ts,
 * calls the engine and shapes the answer; errors go to the one error middleware.
 */
import { Router, type Request } from 'express';
import type { Tag } from '../domain/types';
import { AppError } from '../domain/errors';
import type { CompareResponse } from '../query/types';
import type { AppContext } from './app-context';
import { ChangesPageQuery, ChangesQuery, ComparePageQuery, CompareQuery, TargetsPageQuery, TargetsQuery } from './across-years-schemas';
import { changesToCsv } from './changes-csv';
import { buildChangesPage, changeLines, serializeChanges } from './changes-page';
import { conceptOptionGroups, layoutComparison, templateItemOptions, toCompareRequest } from './compare-page';
import { buildHistoryView } from './history-view';
import { requireInitiative } from './initiative-page';
import { InitiativeIdParams, NoQuery } from './schemas';
import { buildTargetsPage } from './targets-page';
import { parseInput } from './validate-input';

/** New and expanded first: what changed is what a reader of the comparison looks for. */
const TAG_COUNT_ORDER: Tag[] = ['新規', '拡充', '継続'];

function historyRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  router.get('/api/initiatives/:id/history', (req, res) => {
    const { id } = parseInput(InitiativeIdParams, req.params);
    parseInput(NoQuery, req.query);
    requireInitiative(engine, id);
    res.json({ id, history: engine.history(id) });
  });
  // The initiative page (page-routes.ts) renders views/initiative.ejs, whose history partial reads this.
  router.get('/initiatives/:id', (req, res, next) => {
    const parsed = InitiativeIdParams.safeParse(req.params);
    if (parsed.success && engine.getInitiative(parsed.data.id)) res.locals.history = buildHistoryView(engine, parsed.data.id);
    next();
  });
}

function changesRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  const changesOf = (req: Request) => {
    const { ministry, year } = parseInput(ChangesQuery, req.query);
    return engine.changes(ministry, year);
  };
  router.get('/api/changes', (req, res) => {
    res.json(serializeChanges(changesOf(req)));
  });
  router.get('/api/changes.csv', (req, res) => {
    const changes = changesOf(req);
    const csv = changesToCsv(changeLines(changes), {
      ministry: changes.ministry,
      yearLabel: changes.fiscalYearLabel,
      previousLabel: changes.previousYearLabel ?? '',
    });
    res.type('text/csv; charset=utf-8');
    res.attachment(`torikumi-changes-${changes.fiscalYear}.csv`);
    res.send(csv);
  });
  router.get('/changes', (req, res) => {
    const { ministry, year } = parseInput(ChangesPageQuery, req.query);
    if (ministry !== undefined && year === undefined) {
      // A ministry alone opens its newest report.
      const newest = engine
        .reports()
        .filter((r) => r.ministry === ministry)
        .at(-1);
      if (!newest) throw new AppError('NOT_FOUND', `no report of ministry ${ministry}`, { field: 'ministry' });
      return res.redirect(302, `/changes?${new URLSearchParams({ ministry, year: String(newest.fiscalYear) })}`);
    }
    if (ministry === undefined && year !== undefined) throw new AppError('INVALID_INPUT', 'ministry is required with year', { field: 'ministry' });
    const chosen = ministry !== undefined && year !== undefined ? { ministry, year } : null;
    const page = buildChangesPage(engine, chosen);
    const title = page.changes ? `${page.changes.ministry} ${page.changes.fiscalYearLabel}の変化` : '今年度の変化';
    res.render('changes', { title, page });
  });
}

/** The API body of a comparison: capped cells carry the link to the search that lists all their statements. */
function serializeCompare(response: CompareResponse) {
  const searchOf = (ministry: string, year: number) => {
    const params = new URLSearchParams();
    if (response.q) params.set('q', response.q);
    if (response.item !== null && response.section) params.set('section', response.section);
    if (response.item !== null) params.set('item', String(response.item));
    params.set('ministry', ministry);
    params.set('year', String(year));
    return `/?${params.toString()}`;
  };
  return {
    ...response,
    cells: response.cells.map((c) => ({ ...c, truncated: c.total > c.hits.length, search: searchOf(c.ministry, c.fiscalYear) })),
  };
}

function compareRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  router.get('/api/compare', (req, res) => {
    res.json(serializeCompare(engine.compare(toCompareRequest(engine, parseInput(CompareQuery, req.query)))));
  });
  router.get('/compare', (req, res) => {
    const query = parseInput(ComparePageQuery, req.query);
    const chosen = query.item !== undefined || query.q !== undefined || query.concept !== undefined;
    // The page shows the newest year unless years are chosen: five ministries' columns fit one year at 1280 px.
    const years = engine.reports().map((r) => r.fiscalYear);
    const shown = query.year ?? (years.length > 0 ? [Math.max(...years)] : undefined);
    const response = chosen ? engine.compare(toCompareRequest(engine, { ...query, year: shown })) : null;
    res.render('compare', {
      title: '府省・年度で比べる',
      query,
      items: templateItemOptions(engine, query.item),
      concepts: conceptOptionGroups(query.concept),
      years: [...new Set(years)]
        .sort((a, b) => a - b)
        .map((year) => ({
          year,
          label: engine.reports().find((r) => r.fiscalYear === year)?.fiscalYearLabel ?? `${year}年度`,
          checked: (shown ?? []).includes(year),
        })),
      response,
      layout: response ? layoutComparison(response, query) : null,
      tags: TAG_COUNT_ORDER,
      yearLabels: Object.fromEntries(context.corpusFacets().year.map((f) => [f.value, f.label ?? `${f.value}年度`])),
    });
  });
}

function targetRoutes(router: Router, context: AppContext): void {
  const { engine } = context;
  router.get('/api/targets', (req, res) => {
    const { indicator, ministry } = parseInput(TargetsQuery, req.query);
    res.json(engine.targets({ indicator, ministry }));
  });
  router.get('/targets', (req, res) => {
    const query = parseInput(TargetsPageQuery, req.query);
    const page = buildTargetsPage(engine, query);
    const title = query.indicator ?? (query.ministry ? `${query.ministry}の数値目標` : '数値目標を府省・年度で比べる');
    res.render('targets', { title, page, query });
  });
}

/** The across-years router; registered before the page router, whose /initiatives/:id it lends the history to. */
export function createAcrossYearsRouter(context: AppContext): Router {
  const router = Router();
  historyRoutes(router, context);
  changesRoutes(router, context);
  compareRoutes(router, context);
  targetRoutes(router, context);
  return router;
}
