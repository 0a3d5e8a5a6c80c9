/**
 * A service on a temporary data folder holding the seed, with the admin pages on, for the admin tests: the real
 * engine, intake and live service; rebuilds can be held at a gate so a test sees what is served meanwhile.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Analyzer } from '../../src/analysis/types';
import { configureAdmin } from '../../src/cli/serve-command';
import { defaultDataDir } from '../../src/domain/paths';
import { createApp } from '../../src/http/create-app';
import { createLiveService, type LiveService } from '../../src/http/live-service';
import { openSearchEngine } from '../../src/app/open-engine';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const FIXTURES = join(__dirname, '..', 'fixtures');

export interface AdminApp {
  handler: RequestListener;
  service: LiveService;
  dataDir: string;
  logged: string[];
  /** Holds the next rebuilds until release() is called. */
  hold(): void;
  release(): void;
  close(): void;
}

export async function openAdminApp(
  env: NodeJS.ProcessEnv = { TORIKUMI_ADMIN_TOKEN: ADMIN_TOKEN },
  analyzer?: Analyzer,
): Promise<AdminApp & { analyzer: Analyzer }> {
  const root = mkdtempSync(join(tmpdir(), 'torikumi-admin-'));
  const dataDir = join(root, 'data');
  const indexDir = join(root, 'index');
  mkdirSync(dataDir);
  copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  let gate: Promise<void> | null = null;
  let open: (() => void) | null = null;
  let current = analyzer;
  const service = createLiveService({
    open: async (reason) => {
      if (reason === 'rebuild' && gate) await gate;
      const opened = await openSearchEngine({ dataDir, indexDir, log, analyzer: current, rebuild: reason === 'rebuild' ? 'always' : 'if-stale' });
      current = opened.analyzer;
      return opened;
    },
    makeApp: ({ engine, manifest }, status) => createApp({ engine, manifest, dataDir, admin: admin ?? undefined, service: status, log }),
    log,
  });
  const admin = configureAdmin(env, dataDir, indexDir, () => void service.rebuild(), log);
  await service.start();
  return {
    handler: service.handle(() => undefined),
    service,
    dataDir,
    logged,
    analyzer: current!,
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      open?.();
      gate = null;
    },
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Opens the form: its CSRF token and the cookie that goes with it. */
export async function openForm(handler: RequestListener): Promise<{ csrf: string; cookie: string }> {
  const res = await request(handler).get('/admin/reports/new');
  const csrf = /name="csrf" value="([^"]+)"/.exec(res.text)?.[1];
  const cookie = (res.headers['set-cookie'] as unknown as string[] | undefined)?.[0]?.split(';')[0];
  if (!csrf || !cookie) throw new Error(`no form token in ${res.status} ${res.text.slice(0, 200)}`);
  return { csrf, cookie };
}

/** The hidden fields of the confirm form on a preview page. */
export function confirmFields(html: string): { csrf: string; staged: string; ticket: string } {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';
  return { csrf: field('csrf'), staged: field('staged'), ticket: field('ticket') };
}
