/**
 * What guards the 報告書の追加 pages: the admin token (from TORIKUMI_ADMIN_TOKEN, compared in constant time) and
 * per-form CSRF tokens (an HMAC of a random nonce with a server secret, the nonce also in a SameSite=Strict cookie).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A shorter token is too easy to guess; the pages stay off and the log says why. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/** The admin token from the environment, or why the admin pages are off. */
export function readAdminToken(value: string | undefined): { token: string } | { off: string } {
  if (value === undefined || value === '') return { off: 'TORIKUMI_ADMIN_TOKEN is not set' };
  if (value.length < MIN_ADMIN_TOKEN_LENGTH)
    return { off: `TORIKUMI_ADMIN_TOKEN has ${value.length} characters; at least ${MIN_ADMIN_TOKEN_LENGTH} are needed` };
  return { token: value };
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether `given` is the token; both are hashed first, so the comparison takes the same time whatever their lengths. */
export function isAdminToken(given: unknown, token: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(token));
}

/** The cookie that carries a form's nonce; SameSite=Strict keeps another site's form from sending it. */
export const CSRF_COOKIE = 'torikumi_csrf';

export interface CsrfPair {
  /** For the form's hidden field: nonce.hmac */
  token: string;
  /** For the cookie. */
  nonce: string;
}

function sign(secret: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** A fresh form token and the nonce for its cookie. */
export function issueCsrf(secret: Buffer): CsrfPair {
  const nonce = randomBytes(18).toString('base64url');
  return { nonce, token: `${nonce}.${sign(secret, 'csrf', nonce)}` };
}

/** Whether a posted form token is one this server signed, for the nonce in the request's cookie. */
export function checkCsrf(secret: Buffer, token: unknown, cookieNonce: string | undefined): boolean {
  if (typeof token !== 'string' || cookieNonce === undefined) return false;
  const [nonce, mac, extra] = token.split('.');
  if (!nonce || !mac || extra !== undefined) return false;
  return safeEqual(nonce, cookieNonce) && safeEqual(mac, sign(secret, 'csrf', nonce));
}

/** A ticket that lets the confirm form name a staged upload: only a preview, which needed the token, hands one out. */
export function signStaged(secret: Buffer, stagedId: string): string {
  return sign(secret, 'staged', stagedId);
}

export function checkStaged(secret: Buffer, stagedId: string, ticket: unknown): boolean {
  return typeof ticket === 'string' && safeEqual(ticket, signStaged(secret, stagedId));
}

/** The value of one cookie of a Cookie header (no cookie library needed for one name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Whether a POST comes from a page of this site: a browser sends Origin on a form POST; when it does, its host
 * must be the request's own. (No Origin: a non-browser client, which the CSRF token still has to satisfy.)
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
