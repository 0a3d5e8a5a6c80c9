/**
 * createApp(): the Express application (pages, /api, static files, security headers, errors), without listening,
 * so that tests drive it with supertest and `serve` puts it behind a port.
 */
import express from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import { projectRoot } from '../domain/paths';
import { createAcrossYearsRouter } from './across-years-routes';
import { createAdminRouter } from './admin-routes';
import { createApiRouter } from './api-routes';
import { withResultCache } from './cached-engine';
import { memoize, type AppContext, type AppOptions } from './app-context';
import { setCacheControl } from './cache-control';
import { createErrorHandler, notFound } from './error-handler';
import { methodNotAllowed } from './method-not-allowed';
import { createPageRouter } from './page-routes';
import { createReportRouter } from './report-routes';
import { createDuplicateFinder } from './present-results';

/** Requests carry no bodies today; anything larger than this is refused before it is read. */
const BODY_LIMIT = '16kb';

/** Strict CSP: scripts, styles and images only from our own origin; no inline script or style anywhere. */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      styleSrcAttr: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
});

/** The application for one engine. */
export function createApp(options: AppOptions): express.Application {
  const engine = withResultCache(options.engine);
  const context: AppContext = {
    engine,
    answer: options.answer ?? null,
    manifest: options.manifest ?? null,
    ready: options.ready ?? (() => true),
    corpusFacets: memoize(() => engine.facets()),
    findDuplicates: createDuplicateFinder(engine),
    dataDir: options.dataDir ?? null,
    admin: options.admin ?? null,
    service: options.service ?? null,
  };
  const app = express();
  app.set('views', join(projectRoot(), 'views'));
  app.set('view engine', 'ejs');
  app.set('query parser', 'simple');
  // Every response is computed per request, so an ETag would only hash each body for a revalidation no client
  // asks for; static files keep their own ETags (serve-static).
  app.set('etag', false);
  app.use(securityHeaders);
  app.use(setCacheControl);
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use((req, res, next) => {
    res.locals.currentPath = req.path;
    res.locals.adminEnabled = context.admin !== null;
    next();
  });
  app.use('/static', express.static(join(projectRoot(), 'public'), { maxAge: '1h', index: false }));
  // A document without <link rel="icon"> (an original report file opened from /reports/:id) makes a browser ask here.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.use(createAcrossYearsRouter(context));
  app.use('/api', createApiRouter(context));
  app.use(createReportRouter(context));
  if (context.admin) app.use('/admin', createAdminRouter(context.admin, options.log ?? ((message) => console.error(message))));
  app.use(createPageRouter(context));
  app.use(methodNotAllowed);
  app.use(notFound);
  app.use(createErrorHandler(options.log ?? ((message) => console.error(message))));
  return app;
}
