/** The server-rendered pages (Japanese, lang="ja"); each validates its input, builds a view model and renders. */
import { Router } from 'express';
import { SECTIONS } from '../domain/types';
import type { AppContext } from './app-context';
import { buildInitiativePage } from './initiative-page';
import { buildMetricsPage } from './metrics-page';
import { citationOf } from './present-results';
import { AskPageQuery, InitiativeIdParams, MetricsPageQuery, SearchPageQuery } from './schemas';
import { buildLandingPage, isLanding } from './landing-page';
import { buildSearchPage } from './search-page';
import { takeExclude, toParams } from './search-state';
import { checkKnownValues, parseInput } from './validate-input';

function searchAndDetailPages(router: Router, context: AppContext): void {
  router.get('/', (req, res) => {
    const { rest, exclude } = takeExclude(req.query);
    const state = { ...parseInput(SearchPageQuery, rest), exclude };
    checkKnownValues(state, context.corpusFacets());
    if (isLanding(state)) {
      res.render('landing', { title: '取組を検索', landing: buildLandingPage(context.engine, context.manifest) });
      return;
    }
    // ?print=1: every result (up to a limit) on one page with its 出典 and link, for paper.
    const print = req.query.print === '1';
    const page = buildSearchPage(context.engine, state, context.corpusFacets(), { print });
    // 「テスト省 テレワーク」: the ministries and years a query names become its filters, in the URL, so that their chips
    // show and one click removes them; the page says so once (scoped) and links to the words as typed.
    const { scopedBy } = page;
    if (scopedBy) {
      const params = toParams({
        ...state,
        q: scopedBy.rest,
        ministry: [...(state.ministry ?? []), ...(scopedBy.ministry ?? [])],
        year: [...(state.year ?? []), ...(scopedBy.year ?? [])],
        section: [...(state.section ?? []), ...(scopedBy.section ?? [])],
        tag: [...(state.tag ?? []), ...(scopedBy.tag ?? [])],
        offset: 0,
      });
      params.set('scoped', state.q);
      if (print) params.set('print', '1');
      res.redirect(302, `/?${params}`);
      return;
    }
    res.render('search', { title: state.q ? `「${state.q}」の検索結果` : '取組の一覧', page, baseUrl: `${req.protocol}://${req.get('host') ?? ''}` });
  });
  router.get('/initiatives/:id', (req, res) => {
    const { id } = parseInput(InitiativeIdParams, req.params);
    const page = buildInitiativePage(context.engine, id, context.findDuplicates);
    res.render('initiative', { title: `${page.initiative.ministry} ${page.rowPath}`, page });
  });
}

function comparisonPages(router: Router, context: AppContext): void {
  const { engine } = context;
  // /compare is in across-years-routes.ts.
  router.get('/metrics', (req, res) => {
    const { offset } = parseInput(MetricsPageQuery, req.query);
    res.render('metrics', { title: '数値目標の達成状況', page: buildMetricsPage(engine, offset) });
  });
}

/** 「2026年11月24日 19:19」 in Japan time, the reader's clock. */
function formatJapanTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
}

const FORMAT_LABELS = { pdf: 'PDF', xlsx: 'Excel（XLSX）', txt: 'テキスト' } as const;

/**
 * The report files behind the index: from the manifest (format, pages or sheet, counts, warnings, a link to the
 * original) when there is one, else from the records; each with its count of initiatives.
 */
function listReports(context: AppContext) {
  const { engine, manifest } = context;
  const counts = new Map<string, number>();
  for (const initiative of engine.list(engine.size, 0).items) counts.set(initiative.source, (counts.get(initiative.source) ?? 0) + 1);
  if (manifest) {
    return manifest.reports.map((r) => ({
      source: r.file,
      ministry: r.ministry,
      yearLabel: r.fiscalYearLabel,
      count: counts.get(r.file) ?? 0,
      format: FORMAT_LABELS[r.format],
      layout: r.pages !== null ? `${r.pages}ページ` : r.sheet !== null ? `シート「${r.sheet}」` : '',
      parts: r.counts,
      warnings: r.warnings,
      href: context.dataDir !== null ? `/reports/${r.id}` : null,
    }));
  }
  const first = new Map<string, { ministry: string; yearLabel: string }>();
  for (const i of engine.list(engine.size, 0).items)
    if (!first.has(i.source)) first.set(i.source, { ministry: i.ministry, yearLabel: i.fiscalYearLabel });
  return [...first].map(([source, r]) => ({
    source,
    ...r,
    count: counts.get(source) ?? 0,
    format: null,
    layout: '',
    parts: null,
    warnings: [],
    href: null,
  }));
}

function infoPages(router: Router, context: AppContext): void {
  router.get('/ask', (req, res) => {
    const { q } = parseInput(AskPageQuery, req.query);
    const answer = q && context.answer ? context.answer(context.engine, q) : null;
    // The page prints the year as the report does (令和2年度) with the western year, and each source's 出典 line.
    const sources = (answer?.sources ?? []).map((source) => {
      const initiative = context.engine.getInitiative(source.id);
      const yearLabel = initiative?.fiscalYearLabel ?? source.fiscalYearLabel ?? `${source.fiscalYear}年度`;
      return { ...source, yearLabel, citation: initiative ? citationOf(initiative) : null };
    });
    res.render('ask', { title: '資料に質問する', q: q ?? '', answer, sources, available: context.answer !== null });
  });
  router.get('/about', (_req, res) => {
    res.render('about', {
      title: 'このサービスについて',
      facets: context.corpusFacets(),
      reports: listReports(context),
      failures: context.manifest?.failures ?? [],
      size: context.engine.size,
      builtAt: context.manifest ? formatJapanTime(context.manifest.builtAt) : null,
      sections: SECTIONS,
    });
  });
}

/** The page router (/, /initiatives/:id, /compare, /metrics, /ask, /about). */
export function createPageRouter(context: AppContext): Router {
  const router = Router();
  searchAndDetailPages(router, context);
  comparisonPages(router, context);
  infoPages(router, context);
  return router;
}
