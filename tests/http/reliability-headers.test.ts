import request from 'supertest';
import { openSeedApp, type SeedApp } from './seed-app';

describe('reliability › methods and caching on the real app', () => {
  let seed: SeedApp;
  beforeAll(async () => {
    seed = await openSeedApp();
  });
  afterAll(() => seed.close());

  test('POST on a known API route answers 405 with Allow, in the API error shape', async () => {
    const response = await request(seed.app).post('/api/search').send({});

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.body).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: 'POST is not allowed on /api/search; use GET, HEAD', field: null },
    });
  });

  test.each([
    ['DELETE', '/api/initiatives/0123456789ab'],
    ['PUT', '/compare'],
    ['POST', '/'],
    ['POST', '/api/changes'],
    ['DELETE', '/api/initiatives/0123456789ab/history'],
    ['PUT', '/targets'],
  ])('%s %s answers 405 with Allow: GET, HEAD', async (method, path) => {
    const response = await request(seed.app)[method.toLowerCase() as 'delete' | 'put' | 'post'](path);

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  test('a wrong method on an unknown path is still a 404', async () => {
    expect((await request(seed.app).post('/api/nothing-here')).status).toBe(404);
  });

  test.each(['/api/health', '/api/search?q=テレワーク', '/', '/about'])('%s carries Cache-Control: no-cache', async (path) => {
    const response = await request(seed.app).get(path);

    expect(response.headers['cache-control']).toBe('no-cache');
  });

  test('static files keep their own long-lived Cache-Control', async () => {
    const response = await request(seed.app).get('/static/app.js');

    expect(response.headers['cache-control']).toMatch(/max-age=3600/);
  });
});
