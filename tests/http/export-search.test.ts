/** GET /api/search.csv and /api/search.xlsx: every result of the search, Japanese headers, no live formula. */
import ExcelJS from 'exceljs';
import request from 'supertest';
import { resultBatches } from '../../src/http/csv-export';
import type { SearchEngine, SearchRequest } from '../../src/query/types';
import { openFixtureApp, type FixtureApp } from './search-fixture-app';

let fixture: FixtureApp;
beforeAll(async () => {
  fixture = await openFixtureApp();
});
afterAll(() => fixture.close());

const HEADERS = ['府省', '年度', '西暦', '大項目', '中項目', '小項目', '区分', '実施状況', '取組内容', '成果', '出典', 'URL'];

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function total(params: Record<string, string>): Promise<number> {
  return (
    await request(fixture.app)
      .get('/api/search')
      .query({ ...params, limit: 1 })
  ).body.total;
}

/** RFC 4180 rows (quoted cells may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('GET /api/search.csv', () => {
  it('when exporting a search, sends a BOM, the Japanese headers and one row per result, named by query and date', async () => {
    const res = await request(fixture.app).get('/api/search.csv').query({ q: 'テレワーク' }).buffer(true).parse(binary);

    const body = res.body as Buffer;
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="torikumi-search\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(res.headers['content-disposition']!.split("''")[1]!)).toMatch(/^取組サーチ_テレワーク_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.length - 1).toBe(await total({ q: 'テレワーク' }));
    expect(rows[1]![1]).toMatch(/^令和\d+年度$/);
    expect(rows[1]![10]).toMatch(/^出典：/);
    expect(rows[1]![11]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/initiatives\/[0-9a-f]{12}$/);
  });

  it('when exporting without a query, holds every result, beyond the API’s 100 and whatever limit is given', async () => {
    const res = await request(fixture.app).get('/api/search.csv').query({ limit: '5' }).buffer(true).parse(binary);

    const rows = parseCsv((res.body as Buffer).toString('utf8').slice(1));
    expect(rows.length - 1).toBe(await total({}));
    expect(rows.length - 1).toBeGreaterThan(100);
  });

  it('when a parameter is invalid, answers the JSON 400 naming it', async () => {
    const res = await request(fixture.app).get('/api/search.csv').query({ ministy: 'テスト省' });

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'ministy' });
  });
});

describe('GET /api/search.xlsx', () => {
  it('when exporting a search, sends a workbook with a frozen header row, widths, wrapped text and one row per result', async () => {
    const params = { q: '育児', ministry: 'テスト省' };
    const res = await request(fixture.app).get('/api/search.xlsx').query(params).buffer(true).parse(binary);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(res.headers['content-disposition']!.split("''")[1]!)).toMatch(/^取組サーチ_育児_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.rowCount - 1).toBe(await total(params));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(9).width).toBeGreaterThan(40);
    expect(sheet.getRow(2).getCell(9).alignment).toMatchObject({ wrapText: true });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('resultBatches', () => {
  it('when a search has more results than the engine gives at once (1,000), reads page after page to the last', () => {
    const size = 2_345;
    const asked: SearchRequest[] = [];
    const engine = {
      search: (req: SearchRequest) => {
        asked.push(req);
        const from = req.offset ?? 0;
        const count = Math.max(0, Math.min(req.limit ?? 20, 1_000, size - from));
        return { total: size, results: Array.from({ length: count }, (_, i) => ({ id: String(from + i) })) };
      },
      getInitiative: (id: string) => ({ id }),
    } as unknown as SearchEngine;

    const ids = [...resultBatches(engine, { q: '' })].flat().map((i) => i.id);

    expect(ids).toEqual(Array.from({ length: size }, (_, i) => String(i)));
    expect(asked.map((r) => r.offset)).toEqual([0, 1_000, 2_000]);
  });
});
