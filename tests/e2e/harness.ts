/**
 * What every browser test shares: Debian's chromium through playwright-core (headless, no network of its own), the
 * app listening on a loopback port, screenshots under tests/e2e/screenshots/, and the page's errors collected so a
 * test can require none. Without chromium the suites are skipped with a warning, except under CI, where they fail.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, 'screenshots');
export const hasChromium = existsSync(CHROMIUM);

/** `describe` when chromium is there (or CI requires it), else `describe.skip` with a warning saying how to install it. */
export function browserSuite(name: string): jest.Describe {
  if (!hasChromium && !process.env.CI) {
    console.warn(`\n  BROWSER TEST SKIPPED (${name}): ${CHROMIUM} is missing. Install it with: apt-get install -y chromium fonts-noto-cjk\n`);
  }
  return hasChromium || process.env.CI ? describe : describe.skip;
}

/** Fails a suite's set-up under CI when chromium is missing, instead of passing with nothing tested. */
export function requireChromium(): void {
  if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: install chromium and fonts-noto-cjk`);
  mkdirSync(SCREENSHOTS, { recursive: true });
}

/** Listens on 127.0.0.1 at a free port; resolves with the server and its base URL. */
export async function listenOnLoopback(app: { listen: (port: number, host: string) => Server }): Promise<{ server: Server; base: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function closeServer(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** Headless chromium with the flags this machine needs (no sandbox as root; no background network it cannot reach). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Collects what must not happen on a page — console errors (a CSP violation shows up there), script errors and,
 * when asked, responses of 400 or more — into `problems`.
 */
export function watchProblems(page: Page, problems: string[], options: { failedResponses?: boolean } = {}): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  if (options.failedResponses) {
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
  }
}

/** A full-page screenshot (or the viewport only) under tests/e2e/screenshots/. */
export function screenshot(page: Page, name: string, fullPage = true): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
