import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_TOKEN, confirmFields, FIXTURES, openAdminApp, openForm, type AdminApp } from './admin-app';
import { expectNoStack } from './seed-app';

const GOOD_TXT = readFileSync(join(FIXTURES, 'test-ministry-r3.txt'));

let admin: AdminApp & { analyzer: import('../../src/analysis/types').Analyzer };
beforeAll(async () => {
  admin = await openAdminApp();
});
afterAll(() => admin.close());

/** Posts the upload form with the fields before the file, as the page's form does. */
async function upload(
  file: Buffer,
  name: string,
  fields: { csrf?: string; token?: string; cookie?: string; form?: { csrf: string; cookie: string } } = {},
) {
  const form = fields.form ?? (await openForm(admin.handler));
  const post = request(admin.handler)
    .post('/admin/reports/preview')
    .set('Cookie', fields.cookie ?? form.cookie);
  if (fields.csrf !== '') post.field('csrf', fields.csrf ?? form.csrf);
  post.field('token', fields.token ?? ADMIN_TOKEN);
  return post.attach('report', file, name);
}

async function confirm(previewHtml: string, cookie: string, replace = false) {
  const fields = confirmFields(previewHtml);
  return request(admin.handler)
    .post('/admin/reports/confirm')
    .set('Cookie', cookie)
    .type('form')
    .send({ ...fields, ...(replace ? { replace: 'on' } : {}) });
}

describe('admin pages: off', () => {
  it('when TORIKUMI_ADMIN_TOKEN is not set, /admin/reports/new is a 404 and the nav has no link', async () => {
    const off = await openAdminApp({}, admin.analyzer);

    const res = await request(off.handler).get('/admin/reports/new');
    const home = await request(off.handler).get('/about');

    expect(res.status).toBe(404);
    expect(home.text).not.toContain('/admin/reports/new');
    expect(off.logged.join('\n')).toContain('TORIKUMI_ADMIN_TOKEN is not set');
    off.close();
  });

  it('when the token is shorter than 16 characters, stays off and logs why', async () => {
    const off = await openAdminApp({ TORIKUMI_ADMIN_TOKEN: 'short' }, admin.analyzer);

    const res = await request(off.handler).post('/admin/reports/preview');

    expect(res.status).toBe(404);
    expect(off.logged.join('\n')).toContain('at least 16 are needed');
    off.close();
  });
});

describe('admin pages: the form', () => {
  it('when opened, asks for the token and a file, sets a SameSite=Strict cookie and is never cached', async () => {
    const res = await request(admin.handler).get('/admin/reports/new');

    expect(res.status).toBe(200);
    expect(res.text).toContain('管理用トークン');
    expect(res.text).toMatch(/<input id="report-file" name="report" type="file"/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['set-cookie'])).toMatch(/torikumi_csrf=[^;]+; Path=\/admin; HttpOnly; SameSite=Strict/);
  });

  it('when the token is wrong, refuses with 403 and keeps nothing', async () => {
    const res = await upload(GOOD_TXT, 'test.txt', { token: 'wrong-token-wrong-token' });

    expect(res.status).toBe(403);
    expect(res.text).toContain('管理用トークンが違います');
    expect(existsSync(join(admin.dataDir, '.staging')) ? readdirSync(join(admin.dataDir, '.staging')) : []).toEqual([]);
  });

  it('when the CSRF token is missing, refuses with 403', async () => {
    const res = await upload(GOOD_TXT, 'test.txt', { csrf: '' });

    expect(res.status).toBe(403);
    expect(res.text).toContain('フォームの有効期限が切れたか、正しくありません');
  });

  it('when the CSRF token belongs to another cookie, refuses with 403', async () => {
    const other = await openForm(admin.handler);

    const res = await upload(GOOD_TXT, 'test.txt', { cookie: other.cookie.replace(/=.*/, '=someone-elses-nonce') });

    expect(res.status).toBe(403);
  });

  it('when the form is posted from another site, refuses with 403', async () => {
    const form = await openForm(admin.handler);

    const res = await request(admin.handler)
      .post('/admin/reports/preview')
      .set('Cookie', form.cookie)
      .set('Origin', 'https://evil.example')
      .field('csrf', form.csrf)
      .field('token', ADMIN_TOKEN)
      .attach('report', GOOD_TXT, 'test.txt');

    expect(res.status).toBe(403);
    expect(res.text).toContain('別のサイトからの送信は受け付けません');
  });

  it('when the file is over 50 MB, refuses with 413 and a Japanese message', async () => {
    const res = await upload(Buffer.alloc(50 * 2 ** 20 + 1, 0x41), 'huge.txt');

    expect(res.status).toBe(413);
    expect(res.text).toContain('ファイルが大きすぎます（50 MBまで）');
  });

  it('when no file is chosen, asks for one with 400', async () => {
    const form = await openForm(admin.handler);

    const res = await request(admin.handler)
      .post('/admin/reports/preview')
      .set('Cookie', form.cookie)
      .field('csrf', form.csrf)
      .field('token', ADMIN_TOKEN);

    expect(res.status).toBe(400);
    expect(res.text).toContain('ファイル（PDF・XLSX・TXT）を選んでください');
  });

  it.each([
    ['a text that is no report', Buffer.from('これは報告書ではありません。\n'), 'memo.txt'],
    ['a PNG image named .pdf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), 'report.pdf'],
    ['a zip that is no workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), 'book.xlsx'],
  ])("when the file is %s, answers 422 with the parser's message in Japanese around it, never a 500", async (_case, bytes, name) => {
    const res = await upload(bytes, name);

    expect(res.status).toBe(422);
    expect(res.text).toContain(`報告書として読み取れませんでした。「${name}」：`);
    expectNoStack(res.text);
  });
});

describe('admin pages: preview, confirm and the rebuild', () => {
  it('when a good TXT report is uploaded, previews its ministry, year, format, counts and first rows with their lines', async () => {
    const res = await upload(GOOD_TXT, 'テスト省 令和3年度.txt');

    expect(res.status).toBe(200);
    expect(res.text).toContain('<dd class="preview-ministry">テスト省</dd>');
    expect(res.text).toContain('令和3年度（2021年度）');
    expect(res.text).toContain('テキスト（TXT）');
    expect(res.text).toMatch(/項目 \d+行・記載 \d+件・数値目標 \d+件/);
    expect(res.text).toMatch(/<td class="nowrap">\d+(〜\d+)?行<\/td>/);
    expect(res.text).toContain('読み取った内容（テスト省 令和3年度.txt）');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('when confirmed, writes the file into data/ under a generated name; the old engine answers until the new one is swapped in', async () => {
    const form = await openForm(admin.handler);
    const preview = await upload(GOOD_TXT, 'upload.txt', { form });
    admin.hold();

    const done = await confirm(preview.text, form.cookie);
    const during = await request(admin.handler).get('/api/health');
    const searchDuring = await request(admin.handler).get('/api/facets');
    admin.release();
    await admin.service.settled();
    const after = await request(admin.handler).get('/api/health');
    const searchAfter = await request(admin.handler).get('/api/facets');

    expect(done.status).toBe(200);
    expect(done.text).toContain('報告書を追加しました');
    const added = readdirSync(admin.dataDir).filter((name) => !name.startsWith('.') && name !== 'mof-fy2020-followup.txt');
    expect(added).toEqual([expect.stringMatching(/^m[0-9a-f]{6}-fy2021-[0-9a-f]{8}\.txt$/)]);
    expect(readFileSync(join(admin.dataDir, added[0]!))).toEqual(GOOD_TXT);
    expect(during.body).toMatchObject({ status: 'ready', rebuilding: true });
    expect(searchDuring.body.facets.ministry.map((f: { value: string }) => f.value)).toEqual(['財務省']);
    expect(after.body).toMatchObject({ status: 'ready', rebuilding: false, lastRebuildError: null });
    expect(after.body.dataHash).not.toBe(during.body.dataHash);
    expect(searchAfter.body.facets.ministry.map((f: { value: string }) => f.value).sort()).toEqual(['テスト省', '財務省'].sort());
    const search = await request(admin.handler).get('/api/search').query({ ministry: 'テスト省', limit: 1 });
    expect(search.body.total).toBeGreaterThan(0);
  });

  it('when the same ministry and year is uploaded again, refuses to replace unless 置き換える is ticked, then keeps the old file in .replaced/', async () => {
    const edited = Buffer.concat([GOOD_TXT, Buffer.from('\n')]);
    const form = await openForm(admin.handler);
    const preview = await upload(edited, 'again.txt', { form });

    const refused = await confirm(preview.text, form.cookie);
    const replaced = await confirm(preview.text, form.cookie, true);
    await admin.service.settled();

    expect(preview.text).toContain('すでに収録されています');
    expect(preview.text).toContain('置き換える');
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('「置き換える」にチェックを入れて');
    expect(replaced.status).toBe(200);
    expect(readdirSync(join(admin.dataDir, '.replaced'))).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT.*-fy2021-[0-9a-f]{8}\.txt$/)]);
    const current = readdirSync(admin.dataDir).filter((name) => name.includes('-fy2021-'));
    expect(current).toHaveLength(1);
    expect(readFileSync(join(admin.dataDir, current[0]!))).toEqual(edited);
    const health = await request(admin.handler).get('/api/health');
    expect(health.body.manifest.counts).toMatchObject({ reports: 2, failures: 0 });
  });

  it('when a confirm is replayed after it was done, says the upload is gone (404), adding nothing', async () => {
    const form = await openForm(admin.handler);
    const preview = await upload(Buffer.concat([GOOD_TXT, Buffer.from('\n\n')]), 'x.txt', { form });
    await confirm(preview.text, form.cookie, true);
    await admin.service.settled();

    const replay = await confirm(preview.text, form.cookie, true);

    expect(replay.status).toBe(404);
    expect(replay.text).toContain('確認中のファイルが見つかりません');
  });

  it('when the confirm ticket is forged, refuses with 403', async () => {
    const form = await openForm(admin.handler);
    const preview = await upload(GOOD_TXT, 'y.txt', { form });
    const fields = confirmFields(preview.text);

    const res = await request(admin.handler)
      .post('/admin/reports/confirm')
      .set('Cookie', form.cookie)
      .type('form')
      .send({ ...fields, ticket: 'forged' });

    expect(res.status).toBe(403);
  });
});
