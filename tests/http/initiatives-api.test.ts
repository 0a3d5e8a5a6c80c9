import request from 'supertest';
import { expectNoStack, openSeedApp, type SeedApp } from './seed-app';

let seed: SeedApp;
beforeAll(async () => {
  seed = await openSeedApp();
});
afterAll(() => seed.close());

/** An id of the seed whose row holds several statements, found through the API itself. */
async function idWithSiblings(): Promise<string> {
  const res = await request(seed.app).get('/api/search').query({ q: 'テレワーク' });
  for (const result of res.body.results as { id: string }[]) {
    if (seed.engine.rowOf(result.id).length > 1) return result.id;
  }
  throw new Error('the seed should have a テレワーク statement in a row with others');
}

describe('GET /api/initiatives', () => {
  it('when listing, returns initiatives in report order with the search result fields', async () => {
    const res = await request(seed.app).get('/api/initiatives').query({ limit: 10 });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: seed.engine.size, limit: 10, offset: 0 });
    expect(res.body.results).toHaveLength(10);
    expect(res.body.results[0]).toMatchObject({ ministry: '財務省', fiscalYear: 2020, score: null });
    const orders = res.body.results.map((r: { id: string }) => seed.engine.getInitiative(r.id)?.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('when paging past the end, returns an empty page with the total', async () => {
    const res = await request(seed.app).get('/api/initiatives').query({ offset: seed.engine.size });

    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
    expect(res.body.total).toBe(seed.engine.size);
  });

  it('when limit is above 100, returns 400 naming limit', async () => {
    const res = await request(seed.app).get('/api/initiatives').query({ limit: 1000 });

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
  });
});

describe('GET /api/initiatives/:id', () => {
  it('when the id exists, returns the initiative with its row, its origin in the source and 出典 line', async () => {
    const id = await idWithSiblings();

    const res = await request(seed.app).get(`/api/initiatives/${id}`);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, source: 'mof-fy2020-followup.txt', reportId: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(res.body.origin.lines).toEqual([expect.any(Number), expect.any(Number)]);
    expect(res.body.citation).toMatch(/^出典：財務省『令和2年度 .*』 \d+(〜\d+)?行（.+）$/);
    expect(res.body.row.map((r: { id: string }) => r.id)).toContain(id);
    expect(res.body.row.length).toBeGreaterThan(1);
  });

  it('when the id is malformed, returns 400 naming id', async () => {
    const res = await request(seed.app).get('/api/initiatives/ABC-not-hex');

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    expectNoStack(res.text);
  });

  it('when the id is well formed but unknown, returns 404 in the error shape', async () => {
    const res = await request(seed.app).get('/api/initiatives/0123456789ab');

    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'INITIATIVE_NOT_FOUND', field: 'id' });
    expect(res.body.error.message).toContain('0123456789ab');
  });
});

describe('GET /api/initiatives/:id/similar', () => {
  it('when the id exists, returns similar initiatives without the initiative itself', async () => {
    const id = await idWithSiblings();

    const res = await request(seed.app).get(`/api/initiatives/${id}/similar`).query({ limit: 3 });

    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.length).toBeLessThanOrEqual(3);
    expect(res.body.results.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('when only other ministries are asked for, returns none of the only ministry in the seed', async () => {
    const id = await idWithSiblings();

    const res = await request(seed.app).get(`/api/initiatives/${id}/similar`).query({ otherMinistries: 'true' });

    expect(res.status).toBe(200);
    expect(res.body.results.filter((r: { ministry: string }) => r.ministry === '財務省')).toEqual([]);
  });

  it.each([
    ['otherMinistries is not a boolean', { otherMinistries: 'maybe' }, 'otherMinistries'],
    ['limit is above 100', { limit: '101' }, 'limit'],
  ])('when %s, returns 400 naming the field', async (_case, query, field) => {
    const id = await idWithSiblings();

    const res = await request(seed.app).get(`/api/initiatives/${id}/similar`).query(query);

    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('when the id is unknown, returns 404', async () => {
    const res = await request(seed.app).get('/api/initiatives/ffffffffffff/similar');

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('INITIATIVE_NOT_FOUND');
  });
});
