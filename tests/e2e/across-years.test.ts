/**
 * End to end across years: Debian's chromium driven by playwright-core through the real app over five fictional
 * ministries × three years (tests/fixtures/years and years/more; 架空庁's 令和2年度 not loaded). An initiative's
 * history, 「今年度の変化」, the compare page (1280 px with five ministries, 390 px one at a time) and targets across
 * ministries; every step leaves a screenshot in tests/e2e/screenshots/ to look at.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openYearsApp, type YearsApp } from '../http/lineage-app';
import { browserSuite, closeServer, launchChromium, listenOnLoopback, requireChromium, screenshot, SCREENSHOTS, watchProblems } from './harness';

jest.setTimeout(120_000);

const suite = browserSuite('across years');

suite('browser across years (five ministries × three years)', () => {
  let years: YearsApp;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    requireChromium();
    years = await openYearsApp();
    ({ server, base } = await listenOnLoopback(years.app));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    // A CSP violation, a script error or a failed request shows up here: the pages must produce none.
    watchProblems(page, problems, { failedResponses: true });
  });

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    years?.close();
  });

  const shoot = (name: string) => screenshot(page, name);

  it('the corpus holds five ministries with three fiscal years between them', () => {
    const reports = years.engine.reports();

    expect(new Set(reports.map((r) => r.ministry)).size).toBe(5);
    expect([...new Set(reports.map((r) => r.fiscalYear))].sort()).toEqual([2020, 2021, 2022]);
  });

  it('an initiative page shows its history 令和2年度【新規】 → 令和3年度【拡充】 → 令和4年度【継続】 with the wording marked', async () => {
    const id = years.engine.search({ q: 'メンター制度', filters: { ministry: ['架空省'], year: [2021] } }).results[0]!.id;

    await page.goto(`${base}/initiatives/${id}`);

    await expect(page.locator('.history-chain').textContent()).resolves.toBe('令和2年度【新規】 → 令和3年度【拡充】 → 令和4年度【継続】');
    await expect(page.locator('.history-step.current ins').first().textContent()).resolves.toBe('本格実施');
    await expect(page.locator('.history-step.current del').first().textContent()).resolves.toBe('試行');
    await page.locator('#history-heading').scrollIntoViewIfNeeded();
    await shoot('20-history');
  });

  it('「今年度の変化」 of 架空省 令和4年度 lists new, expanded, dropped, a status change and moved targets, and offers the CSV', async () => {
    await page.goto(`${base}/changes`);
    await Promise.all([page.waitForURL(/ministry=/), page.click('.report-choice:has-text("架空省") a:has-text("令和4年度")')]);

    await expect(page.locator('h1').textContent()).resolves.toBe('架空省 令和4年度の変化');
    await expect(page.locator('#new + ul li').count()).resolves.toBe(3);
    await expect(page.locator('#expanded + ul').textContent()).resolves.toContain('週2日');
    await expect(page.locator('#expanded + ul ins').first().textContent()).resolves.toBeTruthy();
    await expect(page.locator('#dropped + ul').textContent()).resolves.toContain('夏季に連続休暇');
    await expect(page.locator('#status + ul').textContent()).resolves.toMatch(/実施未定\s*→\s*実施/);
    await expect(page.locator('.metric-moves').textContent()).resolves.toContain('31.0%');
    const csv = await page.request.get(`${base}${await page.locator('.export-links a', { hasText: 'CSV' }).getAttribute('href')}`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).startsWith('\uFEFF府省,年度')).toBe(true);
    await shoot('21-changes');
  });

  it('compare at 1280 px puts five ministries side by side with aligned sub-items, 未収録 apart from 記載なし', async () => {
    await page.goto(`${base}/compare`);
    await page.selectOption('#compare-item', '働き方改革:4');
    await page.uncheck('input[name="year"][value="2022"]');
    await page.check('input[name="year"][value="2020"]');
    await page.check('input[name="year"][value="2021"]');
    await Promise.all([page.waitForURL(/item=/), page.click('.compare-form button[type="submit"]')]);

    const table = page.locator('table.matrix').first();
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['小項目', 'テスト省', '架空省', '架空庁', '試験庁', '模擬省']);
    const headings = await table.locator('.row-head').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual(expect.arrayContaining([expect.stringMatching(/^a-ア /), expect.stringMatching(/^b-ア /)]));
    await expect(table.locator('.cell--unloaded').count()).resolves.toBe(headings.length);
    await expect(table.locator('.cell--empty').count()).resolves.toBeGreaterThan(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1280);
    await shoot('22-compare-1280');

    const second = page.locator('table.matrix').nth(1);
    await expect(second.locator('.cell--changed').count()).resolves.toBeGreaterThan(0);
    await expect(second.locator('.change-mark').first().textContent()).resolves.toMatch(/前年度から(新規|拡充)/);
    await expect(page.locator('.compare-summary tbody tr').count()).resolves.toBe(5);
  });

  it('compare at 390 px shows one ministry at a time, and a tab (a plain link) switches to another', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/compare?item=${encodeURIComponent('働き方改革:4')}`);

    const visibleHeads = await page.locator('table.matrix thead th:visible').allTextContents();
    expect(visibleHeads).toEqual(['小項目', 'テスト省']);
    await shoot('23-compare-390');
    await Promise.all([page.waitForURL(/ministry=/), page.click('.ministry-tabs a:text-is("模擬省")')]);
    await expect(page.locator('table.matrix thead th:visible').allTextContents()).resolves.toEqual(['小項目', '模擬省']);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shoot('24-compare-390-ministry');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('targets: 男性職員の育児休業取得率 for every ministry and year on one axis, met or not, from the metrics page', async () => {
    await page.goto(`${base}/metrics`);
    await Promise.all([page.waitForURL(/targets/), page.click('.metric-links a')]);
    await Promise.all([page.waitForURL(/indicator=/), page.click('.indicator-links a:text-is("男性職員の育児休業取得率")')]);

    const rows = page.locator('.target-table tbody tr');
    await expect(rows.count()).resolves.toBe(15);
    await expect(page.locator('.target-table').textContent()).resolves.toContain('未収録');
    await expect(page.locator('.target-row--met').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.target-row--unmet').count()).resolves.toBeGreaterThan(0);
    await shoot('25-targets-indicator');
  });

  it('targets: one ministry (試験庁) its indicators over the years, at 390 px too', async () => {
    await page.goto(`${base}/targets?ministry=${encodeURIComponent('試験庁')}`);

    await expect(page.locator('.target-series').count()).resolves.toBe(3);
    await expect(page.locator('.target-series h2').first().textContent()).resolves.toContain('男性職員の育児休業取得率');
    await shoot('26-targets-ministry');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shoot('27-targets-ministry-390');
    await page.goto(`${base}/changes?ministry=${encodeURIComponent('試験庁')}&year=2022`);
    await shoot('28-changes-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('search charts: テレワーク per year and ministry as a share of the statements, the counts in a table beside, following a ticked ministry, at 390 px too', async () => {
    const api = await (await page.request.get(`${base}/api/timeline?q=${encodeURIComponent('テレワーク')}`)).json();
    await page.goto(`${base}/?q=${encodeURIComponent('テレワーク')}`);

    const captions = await page.locator('.timeline figcaption').allTextContents();
    expect(captions).toEqual(['年度別：該当する記載の割合', '府省別：該当する記載の割合']);
    const yearBars = await page.locator('.timeline .chart').first().locator('.bar-value').allTextContents();
    const expected = api.years
      .filter((y: { statements: number }) => y.statements > 0)
      .map(
        (y: { statements: number; statementsLoaded: number }) => `${((y.statements / y.statementsLoaded) * 100).toFixed(1)}%（${y.statements}件）`,
      );
    expect(yearBars).toEqual(expected);
    await expect(page.locator('.counts-table').first().locator('tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('.counts-table').nth(1).textContent()).resolves.toContain('未収録');
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    await page.locator('.timeline').screenshot({ path: join(SCREENSHOTS, '29-timeline-1280.png') });
    await shoot('29-search-timeline-1280');

    await page.goto(`${base}/?q=${encodeURIComponent('テレワーク')}&ministry=${encodeURIComponent('テスト省')}`);
    await expect(page.locator('.timeline .chart').nth(1).locator('.bar-label').allTextContents()).resolves.toEqual(['テスト省']);
    await expect(page.locator('.counts-table').nth(1).locator('tbody tr').count()).resolves.toBe(1);
    await page.locator('.timeline').screenshot({ path: join(SCREENSHOTS, '30-timeline-ministry.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/?q=${encodeURIComponent('テレワーク')}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    await page.locator('.timeline').screenshot({ path: join(SCREENSHOTS, '31-timeline-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('compare by concept: the picker (grouped by top concepts) compares テレワーク with its synonyms across five ministries, at 390 px one at a time', async () => {
    await page.goto(`${base}/compare`);

    await expect(page.locator('#compare-concept optgroup').count()).resolves.toBeGreaterThan(5);
    await page.selectOption('#compare-concept', 'telework');
    await Promise.all([page.waitForURL(/concept=telework/), page.click('.compare-form button[type="submit"]')]);
    await expect(page.locator('#matrix-heading').textContent()).resolves.toContain('概念「テレワーク」の比較');
    await expect(page.locator('.concept-labels').textContent()).resolves.toContain('在宅勤務');
    await expect(page.locator('.matrix thead th').count()).resolves.toBe(6);
    await expect(page.locator('.matrix .cell-statements li').count()).resolves.toBeGreaterThan(0);
    await shoot('32-compare-concept-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shoot('33-compare-concept-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('no page logged a console error, a CSP violation or a failed request', () => {
    expect(problems).toEqual([]);
  });
});
