/**
 * How `torikumi serve` runs as a service, from the environment: where it listens (127.0.0.1 unless HOST says
 * otherwise), how long a client may take to send a request or read an answer, how many connections and expensive
 * requests it holds at once, and how long a stop signal waits for answers in flight.
 */

export interface ServiceConfig {
  /** HOST: the address to bind; 127.0.0.1 unless set (0.0.0.0 or :: for every interface). */
  host: string;
  /** TORIKUMI_SHUTDOWN_GRACE_MS: how long answers in flight may take to finish after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
  /** TORIKUMI_MAX_CONNECTIONS: open connections beyond this are closed on arrival. */
  maxConnections: number;
  /** TORIKUMI_HEADERS_TIMEOUT_MS: time to receive a request's headers (slow-loris). */
  headersTimeoutMs: number;
  /** TORIKUMI_REQUEST_TIMEOUT_MS: time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** TORIKUMI_SEND_TIMEOUT_MS: a connection with nothing read or written for this long is closed (nginx's send_timeout). */
  sendTimeoutMs: number;
  /** TORIKUMI_DEADLINE_MS: an expensive request not answered within this (queueing included) gets 503. */
  deadlineMs: number;
  /** TORIKUMI_WORKERS: worker threads for expensive requests (0: they run on the main thread, one at a time). */
  workers: number;
  /** TORIKUMI_QUEUE: expensive requests that may wait for a worker; one more gets 503 at once. */
  queue: number;
}

const SETTINGS: { env: string; key: Exclude<keyof ServiceConfig, 'host'>; min: number; max: number; fallback: number }[] = [
  { env: 'TORIKUMI_SHUTDOWN_GRACE_MS', key: 'shutdownGraceMs', min: 0, max: 600_000, fallback: 10_000 },
  { env: 'TORIKUMI_MAX_CONNECTIONS', key: 'maxConnections', min: 1, max: 1_000_000, fallback: 512 },
  { env: 'TORIKUMI_HEADERS_TIMEOUT_MS', key: 'headersTimeoutMs', min: 1000, max: 600_000, fallback: 10_000 },
  { env: 'TORIKUMI_REQUEST_TIMEOUT_MS', key: 'requestTimeoutMs', min: 1000, max: 600_000, fallback: 30_000 },
  { env: 'TORIKUMI_SEND_TIMEOUT_MS', key: 'sendTimeoutMs', min: 1000, max: 600_000, fallback: 30_000 },
  { env: 'TORIKUMI_DEADLINE_MS', key: 'deadlineMs', min: 100, max: 600_000, fallback: 10_000 },
  { env: 'TORIKUMI_WORKERS', key: 'workers', min: 0, max: 64, fallback: 1 },
  { env: 'TORIKUMI_QUEUE', key: 'queue', min: 0, max: 10_000, fallback: 8 },
];

export const DEFAULT_HOST = '127.0.0.1';

/** The configuration, or the messages naming each variable that is wrong. */
export function readServiceConfig(env: NodeJS.ProcessEnv): ServiceConfig | { errors: string[] } {
  const errors: string[] = [];
  const config: Partial<ServiceConfig> = { host: env.HOST?.trim() || DEFAULT_HOST };
  for (const { env: name, key, min, max, fallback } of SETTINGS) {
    const text = env[name];
    if (text === undefined || text === '') {
      config[key] = fallback;
      continue;
    }
    const value = Number(text);
    if (!/^\d{1,9}$/.test(text) || value < min || value > max) errors.push(`${name} must be a whole number from ${min} to ${max}, got '${text}'`);
    else config[key] = value;
  }
  return errors.length > 0 ? { errors } : (config as ServiceConfig);
}

/** The address as a URL host: IPv6 in brackets. */
export function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
