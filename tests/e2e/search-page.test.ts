/**
 * End to end, issue 14: the search page a policy officer lands on, in Debian's chromium over the seed and the
 * fictional fixtures. Landing grid → a search → tick a facet (in place) → Back (the boxes match the URL) → export
 * CSV and XLSX and read them back → print preview without controls → a result above the fold at 390 px.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openFixtureApp, type FixtureApp } from '../http/search-fixture-app';
import { browserSuite, closeServer, launchChromium, listenOnLoopback, requireChromium, screenshot, SCREENSHOTS, watchProblems } from './harness';

jest.setTimeout(120_000);

const suite = browserSuite('the search page');

const HEADERS = ['府省', '年度', '西暦', '大項目', '中項目', '小項目', '区分', '実施状況', '取組内容', '成果', '出典', 'URL'];

suite('browser: the search page', () => {
  let fixture: FixtureApp;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    requireChromium();
    fixture = await openFixtureApp();
    ({ server, base } = await listenOnLoopback(fixture.app));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
    watchProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    fixture?.close();
  });

  const shoot = (name: string, fullPage = true) => screenshot(page, name, fullPage);

  /** The ticked boxes of the page, as name=value pairs, and the URL's facet parameters, sorted. */
  const boxesAndUrl = () =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-region] input[type="checkbox"]:checked')].map(
        (b) => `${b.name}=${b.value}`,
      );
      const params = [...new URL(location.href).searchParams].filter(([name]) => name !== 'q').map(([n, v]) => `${n}=${v}`);
      return { boxes: [...new Set(boxes)].sort(), url: params.sort() };
    });

  it('when landing, shows the reports as a ministries × years grid with 未収録, and a cell opens that report', async () => {
    await page.goto(base);

    await expect(page.locator('.report-grid tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('.report-grid .grid-missing').count()).resolves.toBe(2);
    await shoot('20-landing');
    const cell = page.locator('.report-grid tbody tr', { hasText: 'テスト省' }).locator('a.grid-cell').last();
    const count = Number((await cell.textContent())!.replace('件', ''));
    await Promise.all([page.waitForURL(/year=2022/), cell.click()]);
    await expect(page.locator('[data-total]').textContent()).resolves.toBe(String(count));
  });

  it('when searching and ticking a facet, updates the results in place, keeps focus on the box and announces the count', async () => {
    await page.goto(base);
    await page.fill('#q', 'テレワーク');
    await Promise.all([page.waitForURL(/q=/), page.press('#q', 'Enter')]);
    const before = Number(await page.locator('[data-total]').textContent());
    await shoot('21-search');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    const box = page.locator('input[name="ministry"][value="テスト省"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/ministry=/);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="ministry"][value="テスト省"]')?.checked === true);

    await expect(page.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(1);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe('テスト省');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/「テレワーク」の検索結果：\d+件/);
    const after = Number(await page.locator('[data-total]').textContent());
    expect(after).toBeLessThanOrEqual(before);
    await expect(page.locator('.result .breadcrumb').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^テスト省/)]),
    );
    await expect(page.locator('.bar-chart').nth(1).locator('.bar').count()).resolves.toBe(1);
    expect((await boxesAndUrl()).boxes).toEqual(['ministry=テスト省']);
    await shoot('22-facet');
  });

  it('when going Back and Forward, the boxes always match the URL', async () => {
    await page.locator('input[name="tag"]').first().check();
    await page.waitForURL(/tag=/);
    await page.waitForFunction(() => document.querySelectorAll('input[name="tag"]:checked').length === 1);

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('tag=') && document.querySelectorAll('input[name="tag"]:checked').length === 0);
    let state = await boxesAndUrl();
    expect(state.boxes).toEqual(state.url);
    await page.goBack();
    await page.waitForFunction(
      () => !location.search.includes('ministry=') && document.querySelectorAll('input[type="checkbox"]:checked').length === 0,
    );
    state = await boxesAndUrl();
    expect(state.boxes).toEqual(state.url);
    await page.goForward();
    await page.waitForFunction(
      () => location.search.includes('ministry=') && document.querySelectorAll('input[name="ministry"]:checked').length === 1,
    );
    state = await boxesAndUrl();
    expect(state.boxes).toEqual(state.url);
    await expect(page.locator('#q').inputValue()).resolves.toBe('テレワーク');
  });

  it('when exporting CSV and XLSX, each holds every result with the Japanese headers, a BOM and no live formula', async () => {
    const total = Number(await page.locator('[data-total]').textContent());

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('.exports a:has-text("CSV")')]);
    const csv = readFileSync((await csvDownload.path())!);
    expect(csvDownload.suggestedFilename()).toMatch(/^取組サーチ_テレワーク_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(','));
    const records = text.split(/\r\n(?=テスト省,|架空庁,|財務省,)/);
    expect(records.length - 1).toBe(total);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.click('.exports a:has-text("Excel")')]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/^取組サーチ_テレワーク_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.rowCount - 1).toBe(total);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('when previewing print, shows the results with 出典 and URL, the query and filters, and no controls', async () => {
    const total = Number(await page.locator('[data-total]').textContent());
    await Promise.all([page.waitForURL(/print=1/), page.click('.exports a:has-text("印刷用")')]);
    await page.emulateMedia({ media: 'print' });

    await expect(page.locator('.print-result').count()).resolves.toBe(Math.min(total, 500));
    await expect(page.locator('.print-result').first().textContent()).resolves.toMatch(/出典：[\s\S]*\/initiatives\/[0-9a-f]{12}/);
    await expect(page.locator('.print-facts').textContent()).resolves.toMatch(/テレワーク[\s\S]*府省：テスト省[\s\S]*印刷日/);
    const controls = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, button, select, textarea, nav.site-nav, .filters-drawer, .print-actions')].filter(
          (el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none',
        ).length,
    );
    expect(controls).toBe(0);
    await shoot('23-print');

    await page.goBack();
    const searchControls = await page.evaluate(
      () =>
        [...document.querySelectorAll('input:not([type="hidden"]), button, select, .filters-drawer, .pagination, .results-tools')].filter(
          (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null,
        ).length,
    );
    expect(searchControls).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  });

  it('when on a 390-px phone, shows a result above the fold and the filters behind a button with the ticked count', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'ja-JP', isMobile: true, hasTouch: true });
    await phone.goto(`${base}/?q=${encodeURIComponent('テレワーク')}&ministry=${encodeURIComponent('テスト省')}`);

    const result = await phone.locator('.result').first().boundingBox();
    expect(result).not.toBeNull();
    expect(result!.y).toBeLessThan(844);
    await expect(phone.locator('.drawer-button').textContent()).resolves.toContain('1件選択中');
    await expect(phone.locator('.facets').isVisible()).resolves.toBe(false);
    await phone.screenshot({ path: join(SCREENSHOTS, '24-phone-390.png') });
    await phone.click('.drawer-button');
    await expect(phone.locator('input[name="ministry"][value="テスト省"]').isChecked()).resolves.toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, '25-phone-390-drawer.png') });
    await phone.goto(`${base}/`);
    await phone.screenshot({ path: join(SCREENSHOTS, '26-landing-390.png'), fullPage: true });
    await phone.close();
  });

  it('when script is disabled, ticking a facet and pressing 絞り込む still applies it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const plain = await context.newPage();
    await plain.goto(`${base}/?q=${encodeURIComponent('テレワーク')}`);

    await plain.check('input[name="ministry"][value="架空庁"]');
    await Promise.all([plain.waitForURL(/ministry=/), plain.click('.facets-apply')]);

    await expect(plain.isChecked('input[name="ministry"][value="架空庁"]')).resolves.toBe(true);
    await context.close();
  });

  it('when an id is malformed, the page says so in Japanese', async () => {
    await page.goto(`${base}/initiatives/not-an-id`);

    await expect(page.locator('.error-detail').textContent()).resolves.toContain('IDの形式が正しくありません');
    await shoot('27-error');
  });

  it('across the pages visited, the console shows no CSP violation or script error', () => {
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });
});
