/**
 * Cache-Control for dynamic responses: pages and API answers change with every rebuild of the index, so a cache
 * may keep them only to revalidate (no-cache); the admin pages carry tokens and uploads and are never stored
 * (no-store). Static files keep serve-static's max-age (it sets its header only when none is set, so they are
 * left without one here).
 */
import type { RequestHandler } from 'express';

export const DYNAMIC_CACHE_CONTROL = 'no-cache';
export const PRIVATE_CACHE_CONTROL = 'no-store';

/** Sets the default; a route that knows better (static files, /admin) overrides it. */
export const setCacheControl: RequestHandler = (req, res, next) => {
  if (req.path.startsWith('/static/')) return next();
  res.setHeader('Cache-Control', req.path.startsWith('/admin') ? PRIVATE_CACHE_CONTROL : DYNAMIC_CACHE_CONTROL);
  next();
};
