/**
 * Cache-Control for dynamic responses: pages and API answers change with every rebuild of the index, so a cache
 * may keep them only to revalidate (no-cache); the admin pages carry tokens and uploads and are never stored
 * (no-store). Static files (express.static) and report files (sendFile) set their own header when they answer.
 */
import type { RequestHandler } from 'express';

export const DYNAMIC_CACHE_CONTROL = 'no-cache';
export const PRIVATE_CACHE_CONTROL = 'no-store';

/** Sets the default; a route that knows better (static files, /admin) overrides it. */
export const setCacheControl: RequestHandler = (req, res, next) => {
  res.setHeader('Cache-Control', req.path.startsWith('/admin') ? PRIVATE_CACHE_CONTROL : DYNAMIC_CACHE_CONTROL);
  next();
};
