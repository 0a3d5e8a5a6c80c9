/**
 * 405 with Allow for a known route asked with a method it does not take (POST /api/search), instead of the 404 a
 * missing route gets: a client then learns that the path is right and the method wrong (RFC 9110 §15.5.6).
 */
import type { RequestHandler } from 'express';

/** The routes of the service and the methods each takes (HEAD goes with GET, as Express answers it). */
const KNOWN_ROUTES: { path: RegExp; allow: string }[] = [
  { path: /^\/(?:about|ask|compare|metrics|changes|targets)?\/?$/, allow: 'GET, HEAD' },
  { path: /^\/initiatives\/[^/]+\/?$/, allow: 'GET, HEAD' },
  { path: /^\/reports\/[^/]+\/?$/, allow: 'GET, HEAD' },
  {
    path: /^\/api\/(?:search|search\.csv|search\.xlsx|timeline|facets|compare|metrics|ask|health|initiatives|changes|changes\.csv|targets)\/?$/,
    allow: 'GET, HEAD',
  },
  { path: /^\/api\/initiatives\/[^/]+(?:\/similar|\/history)?\/?$/, allow: 'GET, HEAD' },
  { path: /^\/admin\/reports\/new\/?$/, allow: 'GET, HEAD' },
  { path: /^\/admin\/reports\/(?:preview|confirm)\/?$/, allow: 'POST' },
];

/** The Allow header for a path the service knows, or null for an unknown path. */
export function allowedMethods(path: string): string | null {
  return KNOWN_ROUTES.find((route) => route.path.test(path))?.allow ?? null;
}

/**
 * Mounted after every router: a request that reached it found no route for its method. When the path is a known
 * one, answers 405 naming the allowed methods, in the API's error shape under /api; otherwise passes on to 404.
 */
export const methodNotAllowed: RequestHandler = (req, res, next) => {
  const allow = allowedMethods(req.path);
  if (allow === null || allow.split(', ').includes(req.method)) return next();
  res.status(405).setHeader('Allow', allow);
  const message = `${req.method} is not allowed on ${req.path}; use ${allow}`;
  if (req.path.startsWith('/api/')) {
    res.json({ error: { code: 'METHOD_NOT_ALLOWED', message, field: null } });
    return;
  }
  res.type('text/plain; charset=utf-8').send(`${message}\n`);
};
