/**
 * Compare by concept over five fictional ministries × three years: /api/compare?concept= and /compare?concept=
 * take a concept of the scheme by id or label and fill the same matrix as the query of its preferred label (the
 * search expands its other labels); an unknown concept is a 404 naming it; the page offers a picker grouped by the
 * scheme's top concepts that works without script.
 */
import request from 'supertest';
import { bundledConceptScheme } from '../../src/analysis/concept-scheme';
import { conceptOptionGroups } from '../../src/http/compare-page';
import { openYearsApp, type YearsApp } from './lineage-app';

let years: YearsApp;
beforeAll(async () => {
  years = await openYearsApp();
});
afterAll(() => years.close());

interface Cell {
  ministry: string;
  fiscalYear: number;
  total: number;
  hits: { id: string }[];
}
interface RowCell {
  ministry: string;
  fiscalYear: number;
  loaded: boolean;
  statements: { id: string }[];
}
const cellIds = (cells: Cell[]) => cells.map((c) => `${c.ministry} ${c.fiscalYear} ${c.total} ${c.hits.map((h) => h.id).join(',')}`);
const rowIds = (rows: { key: string; cells: RowCell[] }[]) =>
  rows.map((r) => `${r.key}: ${r.cells.map((c) => `${c.loaded}${c.statements.map((s) => s.id).join(',')}`).join('|')}`);

describe('GET /api/compare?concept=', () => {
  it.each(['telework', 'テレワーク', '在宅勤務', 'リモートワーク'])(
    'for concept=%s, compares テレワーク: the same cells and rows as q=テレワーク',
    async (concept) => {
      const byConcept = await request(years.app).get('/api/compare').query({ concept });
      const byQuery = await request(years.app).get('/api/compare').query({ q: 'テレワーク' });

      expect(byConcept.status).toBe(200);
      expect(byConcept.body.concept).toMatchObject({ id: 'telework', prefLabel: 'テレワーク', altLabels: expect.arrayContaining(['在宅勤務']) });
      expect(byConcept.body.q).toBe('テレワーク');
      expect(cellIds(byConcept.body.cells)).toEqual(cellIds(byQuery.body.cells));
      expect(rowIds(byConcept.body.rows)).toEqual(rowIds(byQuery.body.rows));
      expect(byConcept.body.cells.some((c: Cell) => c.total > 0)).toBe(true);
    },
  );

  it("with an item and years, narrows the concept's statements to that item and those years", async () => {
    const res = await request(years.app).get('/api/compare').query({ concept: 'training', item: '働き方改革:4', year: '2022' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ item: 4, section: '働き方改革', selectedYears: [2022], concept: { id: 'training' } });
    for (const cell of res.body.cells as Cell[]) expect(cell.fiscalYear).toBe(2022);
  });

  it("finds statements that only name another label of the concept (働き方改革 also searches its narrower concepts' words)", async () => {
    const res = await request(years.app).get('/api/compare').query({ concept: 'work-style-reform' });

    const texts: string[] = res.body.rows.flatMap((r: { cells: { statements: { text: string }[] }[] }) =>
      r.cells.flatMap((c) => c.statements.map((s) => s.text)),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => !text.includes('働き方改革'))).toBe(true);
  });

  it('for an unknown concept, answers 404 naming concept and the value', async () => {
    const res = await request(years.app).get('/api/compare').query({ concept: 'no-such-concept' });

    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ field: 'concept' });
    expect(res.body.error.message).toContain('no-such-concept');
  });

  it.each([
    { why: 'a concept and a query together', params: { concept: 'telework', q: '研修' }, field: 'q' },
    { why: 'a concept over 60 characters', params: { concept: 'x'.repeat(61) }, field: 'concept' },
    { why: 'a concept given twice', params: { concept: ['telework', 'training'] }, field: 'concept' },
  ])('for $why, answers 400 naming $field', async ({ params, field }) => {
    const res = await request(years.app).get('/api/compare').query(params);

    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });
});

describe('GET /compare?concept=', () => {
  it('shows the matrix headed by the concept, with its other labels and the picker set to it', async () => {
    const res = await request(years.app).get('/compare').query({ concept: '在宅勤務' });

    expect(res.status).toBe(200);
    expect(res.text).toContain('概念「テレワーク」の比較');
    expect(res.text).toContain('同義語も含めて検索：');
    expect(res.text).toMatch(/<option value="telework" selected>/);
    expect(res.text).toContain('class="matrix"');
  });

  it("offers a concept picker grouped by the scheme's top concepts, in a plain form (no script needed)", async () => {
    const res = await request(years.app).get('/compare');

    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<form class="compare-form" action="\/compare" method="get">/);
    expect(res.text).toContain('<select id="compare-concept" name="concept">');
    expect(res.text).toContain('<optgroup label="働き方改革">');
    const scheme = bundledConceptScheme();
    const listed = new Set(conceptOptionGroups(undefined).flatMap((g) => g.options.map((o) => o.value)));
    expect(listed.size).toBe(scheme.concepts.length);
  });

  it('keeps the concept in the one-ministry links and answers 404 for an unknown one', async () => {
    const page = await request(years.app).get('/compare').query({ concept: 'telework' });
    const unknown = await request(years.app).get('/compare').query({ concept: 'ないもの' });

    expect(page.text).toMatch(/href="\/compare\?concept=telework&amp;ministry=[^"]+"/);
    expect(unknown.status).toBe(404);
  });
});

describe('conceptOptionGroups', () => {
  it('puts each top concept first in its group and its narrower concepts indented under it, selecting one option', () => {
    const groups = conceptOptionGroups('flextime');

    const reform = groups.find((g) => g.label === '働き方改革')!;
    expect(reform.options[0]).toMatchObject({ value: 'work-style-reform', label: '働き方改革' });
    expect(reform.options.find((o) => o.value === 'telework')!.label).toMatch(/^\u3000+テレワーク$/);
    expect(
      groups
        .flatMap((g) => g.options)
        .filter((o) => o.selected)
        .map((o) => o.value),
    ).toEqual(['flextime']);
  });
});
