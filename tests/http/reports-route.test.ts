import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Application } from 'express';
import { defaultDataDir } from '../../src/domain/paths';
import type { Initiative } from '../../src/domain/types';
import { createApp } from '../../src/http/create-app';
import { citationOf, originalHref } from '../../src/http/present-results';
import { openSearchEngine } from '../../src/app/open-engine';
import type { Manifest } from '../../src/indexing/manifest';
import type { SearchEngine } from '../../src/query/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

function initiative(origin: Initiative['origin']): Initiative {
  return {
    id: '0123456789ab',
    kind: 'statement',
    ministry: 'テスト省',
    fiscalYear: 2021,
    fiscalYearLabel: '令和3年度',
    section: '働き方改革',
    item: 4,
    itemTitle: '超過勤務の縮減の徹底',
    sub: null,
    subGroup: null,
    rowTitle: '超過勤務の縮減の徹底',
    status: '実施',
    tag: '新規',
    label: null,
    text: '定時退庁日を設ける。',
    reason: null,
    results: null,
    metric: null,
    rowKey: 'k',
    position: 0,
    order: 0,
    duplicateGroup: null,
    source: 'x',
    reportId: 'abcdefabcdef',
    origin,
  };
}

describe('citationOf', () => {
  it('for a PDF row on one page, names the report in 『』 and the page', () => {
    expect(citationOf(initiative({ pages: [3, 3] }))).toBe(
      '出典：テスト省『令和3年度 女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ』 3ページ（働き方改革 4 超過勤務の縮減の徹底）',
    );
  });

  it('for a PDF row running onto the next page, gives the page range', () => {
    expect(citationOf(initiative({ pages: [3, 4] }))).toContain('』 3〜4ページ（');
  });

  it('for a workbook row, gives the sheet and the cells', () => {
    expect(citationOf(initiative({ sheet: '様式', cells: 'B12:J14' }))).toContain('』 シート「様式」 B12:J14（');
  });

  it('for a text extraction, gives the lines', () => {
    expect(citationOf(initiative({ lines: [12, 14] }))).toContain('』 12〜14行（');
  });

  it('links to the original at its page for a PDF, and to the file for the others', () => {
    expect(originalHref(initiative({ pages: [3, 4] }))).toBe('/reports/abcdefabcdef#page=3');
    expect(originalHref(initiative({ lines: [12, 14] }))).toBe('/reports/abcdefabcdef');
  });
});

describe('GET /reports/:id', () => {
  let root: string;
  let app: Application;
  let engine: SearchEngine;
  let manifest: Manifest;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'torikumi-reports-'));
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
    copyFileSync(join(FIXTURES, 'forms', 'test-ministry-r3.pdf'), join(dataDir, 'test-ministry-r3.pdf'));
    copyFileSync(join(FIXTURES, 'forms', 'kakuu-cho-r2.xlsx'), join(dataDir, 'kakuu-cho-r2.xlsx'));
    ({ engine, manifest } = await openSearchEngine({ dataDir, indexDir: join(root, 'index'), log: () => undefined }));
    app = createApp({ engine, manifest, dataDir });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('when the id is a report of the index, serves its file read-only as UTF-8 text, inline, not to be sniffed', async () => {
    const report = manifest.reports.find((r) => r.format === 'txt')!;

    const res = await request(app).get(`/reports/${report.id}`);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-disposition']).toBe("inline; filename*=UTF-8''mof-fy2020-followup.txt");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.text).toContain('財務省');
  });

  it('when the report is a PDF, serves it as application/pdf, and its initiatives cite and link their page', async () => {
    const report = manifest.reports.find((r) => r.format === 'pdf')!;
    const record = engine.list(engine.size, 0).items.find((i) => i.reportId === report.id)!;

    const file = await request(app)
      .get(`/reports/${report.id}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const page = await request(app).get(`/initiatives/${record.id}`);

    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.pages).toBeGreaterThan(0);
    expect(page.text).toMatch(/出典：テスト省『令和3年度 .*』 \d+(〜\d+)?ページ（/);
    expect(page.text).toContain(`href="/reports/${report.id}#page=${record.origin.pages![0]}"`);
  });

  it('when the report is a workbook, serves it with the OOXML spreadsheet type', async () => {
    const report = manifest.reports.find((r) => r.format === 'xlsx')!;

    const res = await request(app)
      .get(`/reports/${report.id}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('when opening a workbook initiative, the 出典 gives its sheet and cells', async () => {
    const record = engine.list(engine.size, 0).items.find((i) => i.ministry === '架空庁')!;

    const res = await request(app).get(`/initiatives/${record.id}`);

    expect(res.text).toMatch(/』 シート「様式」 [A-Z]+\d+(:[A-Z]+\d+)?（/);
  });

  it('when the id is well formed but unknown, returns 404 in the error shape to a JSON client', async () => {
    const res = await request(app).get('/reports/0123456789ab').set('Accept', 'application/json');

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'no report with id 0123456789ab', field: 'id' } });
  });

  it('when the id is unknown, shows a browser a 404 page', async () => {
    const res = await request(app).get('/reports/0123456789ab').set('Accept', 'text/html');

    expect(res.status).toBe(404);
    expect(res.text).toContain('お探しの報告書は見つかりませんでした');
  });

  it.each(['not-an-id', '0123456789AB', '..%2f..%2fetc%2fpasswd', 'mof-fy2020-followup.txt'])(
    'when the id is %p, returns 400 naming id',
    async (id) => {
      const res = await request(app).get(`/reports/${id}`).set('Accept', 'application/json');

      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    },
  );

  it('when the app has no data folder, knows no report', async () => {
    const res = await request(createApp({ engine, manifest })).get(`/reports/${manifest.reports[0]!.id}`).set('Accept', 'application/json');

    expect(res.status).toBe(404);
  });

  it('when opening an initiative, shows where it stands and links to the original file', async () => {
    const id = engine.list(engine.size, 0).items.find((i) => i.ministry === '財務省')!.id;
    const initiative = engine.getInitiative(id)!;

    const res = await request(app).get(`/initiatives/${id}`);

    expect(res.text).toContain(`href="/reports/${initiative.reportId}"`);
    expect(res.text).toMatch(/出典：財務省『令和2年度 女性職員活躍と.*フォローアップ』 \d+(〜\d+)?行（/);
  });

  it('when asked for an initiative through the API, returns its origin and report id instead of lines', async () => {
    const id = engine.list(engine.size, 0).items.find((i) => i.ministry === '財務省')!.id;

    const res = await request(app).get(`/api/initiatives/${id}`);

    expect(res.body.origin).toEqual({ lines: [expect.any(Number), expect.any(Number)] });
    expect(res.body.reportId).toMatch(/^[0-9a-f]{12}$/);
    expect(res.body.original).toBe(`/reports/${res.body.reportId}`);
    expect(res.body).not.toHaveProperty('lines');
  });

  it('when opening about, lists each report with its format, counts, warnings and a link to the original', async () => {
    const res = await request(app).get('/about');

    for (const report of manifest.reports) expect(res.text).toContain(`href="/reports/${report.id}"`);
    expect(res.text).toMatch(/<td>テキスト<\/td><td>項目 \d+行・記載 \d+件・数値目標 \d+件/);
    expect(res.text).toContain('<summary>読み取りの注意');
  });
});
