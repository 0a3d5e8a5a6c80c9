/**
 * End to end: Debian's chromium driven by playwright-core through the real app on the real seed.
 * Search テレワーク, tick a facet, open a result and its similar initiatives, then compare and metrics;
 * every step leaves a screenshot in tests/e2e/screenshots/ to look at.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createService } from '../../src/cli/serve-command';
import { defaultDataDir } from '../../src/domain/paths';
import type { LiveService } from '../../src/http/live-service';
import { openSeedApp, type SeedApp } from '../http/seed-app';
import { browserSuite, closeServer, launchChromium, listenOnLoopback, requireChromium, screenshot, watchProblems } from './harness';

jest.setTimeout(120_000);

const suite = browserSuite('browser');

suite('browser', () => {
  let seed: SeedApp;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    requireChromium();
    seed = await openSeedApp();
    ({ server, base } = await listenOnLoopback(seed.app));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    // A CSP violation or a script error shows up here: the pages must produce none.
    watchProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    seed?.close();
  });

  const shoot = (name: string) => screenshot(page, name);

  it('when searching テレワーク from the home page, lists highlighted results', async () => {
    await page.goto(base);
    await page.fill('#q', 'テレワーク');
    await Promise.all([page.waitForURL(/q=/), page.press('#q', 'Enter')]);

    await expect(page.locator('.result').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.result mark').first().textContent()).resolves.toBeTruthy();
    await expect(page.locator('.bar-chart').count()).resolves.toBe(2);
    await shoot('01-search');
  });

  it('when ticking the 新規 facet, the script re-runs the search and every result carries 新規', async () => {
    await Promise.all([page.waitForURL(/tag=/), page.check('input[name="tag"][value="新規"]')]);

    const badges = await page.locator('.result .result-title .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['新規']));
    await expect(page.isChecked('input[name="tag"][value="新規"]')).resolves.toBe(true);
    await shoot('02-facet');
  });

  it('when opening a result, shows the statement, its source and similar initiatives', async () => {
    await Promise.all([page.waitForURL(/\/initiatives\/[0-9a-f]{12}$/), page.locator('.result-title a').first().click()]);

    await expect(page.locator('.statement-text').textContent()).resolves.toBeTruthy();
    await expect(page.locator('#citation').inputValue()).resolves.toMatch(/^出典：/);
    await expect(page.locator('.copy-button').isVisible()).resolves.toBe(true);
    await expect(page.locator('#similar-heading ~ .similar-list .similar').count()).resolves.toBeGreaterThan(0);
    await shoot('03-initiative');
  });

  it('when comparing 超過勤務の縮減の徹底, shows the ministries × years matrix with tag counts', async () => {
    await Promise.all([page.waitForURL(/\/compare$/), page.click('nav.site-nav a[href="/compare"]')]);
    await page.selectOption('#compare-item', '働き方改革:4');
    await Promise.all([page.waitForURL(/item=/), page.click('.compare-form button')]);

    await expect(page.locator('table.matrix tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.cell-statements li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.tag-counts').first().textContent()).resolves.toMatch(/継続\s*\d+件/);
    await shoot('04-compare');
  });

  it('when opening metrics, draws every target as bars with a verdict', async () => {
    await Promise.all([page.waitForURL(/\/metrics$/), page.click('nav.site-nav a[href="/metrics"]')]);

    const metrics = await page.locator('.metric').count();
    expect(metrics).toBeGreaterThan(0);
    await expect(page.locator('.metric .bar-chart').count()).resolves.toBe(metrics);
    await expect(page.locator('.metric .verdict').count()).resolves.toBe(metrics);
    await shoot('05-metrics');
  });

  it('when asking a question, shows an answer (or 資料からは分かりません) with its confidence', async () => {
    await Promise.all([page.waitForURL(/\/ask$/), page.click('nav.site-nav a[href="/ask"]')]);
    await page.fill('#question', '男性職員の育児休業取得率の目標は？');
    await Promise.all([page.waitForURL(/\/ask\?q=/), page.press('#question', 'Enter')]);

    await expect(page.locator('.answer-text').textContent()).resolves.toBeTruthy();
    await expect(page.locator('.confidence').textContent()).resolves.toMatch(/確からしさ：\d+%/);
    await shoot('06-ask');
  });

  it('when pressing / on the search page, focuses the search box', async () => {
    await page.goto(base);
    await page.keyboard.press('/');

    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
  });

  it('when script is disabled, the 絞り込む button still applies a facet', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const plain = await context.newPage();
    await plain.goto(`${base}/?q=${encodeURIComponent('テレワーク')}`);

    await plain.check('input[name="tag"][value="新規"]');
    await Promise.all([plain.waitForURL(/tag=/), plain.click('.facets-apply')]);

    await expect(plain.isChecked('input[name="tag"][value="新規"]')).resolves.toBe(true);
    await context.close();
  });

  it('across every page visited, the console shows no CSP violation or script error', () => {
    expect(problems).toEqual([]);
  });
});

/**
 * Adding a report through the 報告書の追加 page, on a service over a temporary data folder holding the seed: upload
 * the fictional テスト省 report as its published PDF, see the preview, confirm, and while the index is rebuilt behind
 * it, the seed's searches keep being answered; then the new report is found and its 出典 link opens the original.
 */
suite('browser: adding a report', () => {
  const TOKEN = 'e2e-admin-token-0123456789';
  const FIXTURE = join(__dirname, '..', 'fixtures', 'forms', 'test-ministry-r3.pdf');
  let root: string;
  let service: LiveService;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    requireChromium();
    root = mkdtempSync(join(tmpdir(), 'torikumi-e2e-admin-'));
    mkdirSync(join(root, 'data'));
    copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(root, 'data', 'mof-fy2020-followup.txt'));
    service = createService({
      dataDir: join(root, 'data'),
      indexDir: join(root, 'index'),
      env: { TORIKUMI_ADMIN_TOKEN: TOKEN },
      log: () => undefined,
    });
    await service.start();
    server = createServer(service.handle((_req, res) => res.writeHead(503).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    watchProblems(page, problems, { failedResponses: true });
  });

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const shoot = (name: string) => screenshot(page, name);
  const shootNarrow = async (name: string) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(name);
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  const health = async () =>
    (await fetch(`${base}/api/health`)).json() as Promise<{ dataHash: string; rebuilding: boolean; manifest: { counts: { reports: number } } }>;

  it('when a PDF report is uploaded with the token, shows what was read: ministry, year, format, counts and rows beside their pages', async () => {
    await page.goto(`${base}/admin/reports/new`);
    await expect(page.locator('nav.site-nav a[href="/admin/reports/new"]').textContent()).resolves.toBe('報告書の追加');
    await shoot('10-admin-form');
    await page.fill('#admin-token', TOKEN);
    await page.setInputFiles('#report-file', FIXTURE);
    await Promise.all([page.waitForURL(/\/admin\/reports\/preview$/), page.click('.admin-form button[type="submit"]')]);

    await expect(page.locator('.preview-ministry').textContent()).resolves.toBe('テスト省');
    await expect(page.locator('.preview-year').textContent()).resolves.toContain('令和3年度');
    await expect(page.locator('.preview-format').textContent()).resolves.toMatch(/^PDF・\d+ページ$/);
    await expect(page.locator('.preview-counts').textContent()).resolves.toMatch(/記載 \d+件/);
    await expect(page.locator('.preview-sample tbody td.nowrap').first().textContent()).resolves.toMatch(/^\d+(〜\d+)?ページ$/);
    await shoot('11-admin-preview');
    await shootNarrow('11-admin-preview-390');
  });

  it('when confirmed, the seed is answered all through the rebuild, then the new report is searched and served', async () => {
    const before = await health();
    const answers: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const res = await fetch(`${base}/api/search?q=${encodeURIComponent('テレワーク')}&limit=1`);
        const body = (await res.json()) as { total: number };
        answers.push(res.status === 200 ? body.total : -res.status);
      }
    })();

    await Promise.all([page.waitForURL(/\/admin\/reports\/confirm$/), page.click('.admin-form button[type="submit"]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('報告書を追加しました');
    await shoot('12-admin-done');
    await service.settled();
    const after = await health();
    polling = false;
    await poll;

    expect(after.dataHash).not.toBe(before.dataHash);
    expect(after).toMatchObject({ rebuilding: false, manifest: { counts: { reports: 2 } } });
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((total) => total > 0)).toBe(true);
    await page.goto(`${base}/?ministry=${encodeURIComponent('テスト省')}`);
    await expect(page.locator('.result').count()).resolves.toBeGreaterThan(0);
    await shoot('13-search-added');
  });

  it('when opening an added initiative, its 出典 names the page and the link opens the original PDF at it', async () => {
    await Promise.all([page.waitForURL(/\/initiatives\/[0-9a-f]{12}$/), page.locator('.result-title a').first().click()]);
    await expect(page.locator('#citation').inputValue()).resolves.toMatch(/^出典：テスト省『令和3年度 .*』 \d+(〜\d+)?ページ（/);
    const href = await page.locator('.original-link').getAttribute('href');
    expect(href).toMatch(/^\/reports\/[0-9a-f]{12}#page=\d+$/);
    await shoot('14-initiative-added');
    await shootNarrow('14-initiative-added-390');

    // Headless Chromium has no PDF viewer (it would download the file), so the link is fetched in the page's context.
    const response = await page.request.get(`${base}${href}`);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline; filename\*=UTF-8''m[0-9a-f]{6}-fy2021-[0-9a-f]{8}\.pdf$/);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('when opening about, lists both reports with their format and a link to each original', async () => {
    await page.goto(`${base}/about`);

    await expect(page.locator('.report-table tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('.report-table .original-link').count()).resolves.toBe(2);
    await expect(page.locator('.report-table tbody').textContent()).resolves.toMatch(/PDF\s*\d+ページ/);
    await shoot('16-about-reports');
    await shootNarrow('16-about-reports-390');
  });

  it('across the admin pages, the console shows no CSP violation or script error', () => {
    expect(problems).toEqual([]);
  });
});
