import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';
import { buildInitiatives } from '../../src/ingest/build-initiatives';
import { parseReport } from '../../src/ingest/parse-report';
import { createAcrossYears, listReports } from '../../src/query/history';
import { diffText } from '../../src/query/text-diff';
import { makeInitiative } from './fixtures';

const MORE = join(projectRoot(), 'tests', 'fixtures', 'years', 'more');

function parseMore() {
  return readdirSync(MORE)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => parseReport(readFileSync(join(MORE, f), 'utf8'), f, JSON.parse(readFileSync(join(MORE, `${f}.meta.json`), 'utf8'))));
}

describe('the years/more fixtures (架空省, 試験庁, 模擬省 令和2–4年度)', () => {
  it('each parses into its ministry and year with every row placed: statements or a status, no warning but numbering gaps', () => {
    const reports = parseMore();

    expect(reports.map((r) => `${r.report.ministry}${r.report.fiscalYear}`).sort()).toEqual(
      ['架空省2020', '架空省2021', '架空省2022', '模擬省2020', '模擬省2021', '模擬省2022', '試験庁2020', '試験庁2021', '試験庁2022'].sort(),
    );
    for (const r of reports) {
      expect(r.rows.length).toBeGreaterThanOrEqual(8);
      expect(r.warnings.filter((w) => !w.message.includes('numbering jumps'))).toEqual([]);
      for (const row of r.rows) expect(row.section).toBeTruthy();
    }
    const kakuu = reports.find((r) => r.report.ministry === '架空省' && r.report.fiscalYear === 2020)!;
    expect(kakuu.rows.filter((row) => row.item === 4 && row.sub === 'ア').map((row) => row.subGroup)).toEqual(['a', 'b']);
  });
});

describe('createAcrossYears', () => {
  const records = parseMore().flatMap((r, index) => buildInitiatives(r, index * 1000));
  const years = createAcrossYears(records);

  it('lists every report, ministries in name order and years ascending', () => {
    expect(listReports(records).map((r) => `${r.ministry}${r.fiscalYear}`)).toEqual([
      '架空省2020',
      '架空省2021',
      '架空省2022',
      '試験庁2020',
      '試験庁2021',
      '試験庁2022',
      '模擬省2020',
      '模擬省2021',
      '模擬省2022',
    ]);
  });

  it('calls a statement new, expanded or continued against the previous report, and says nothing of a first report', () => {
    const find = (year: number, text: string) => records.find((i) => i.ministry === '架空省' && i.fiscalYear === year && i.text.startsWith(text))!;

    expect(years.changeOf(find(2020, '女性職員向けのメンター制度'))).toBeNull();
    expect(years.changeOf(find(2021, '女性職員向けのメンター制度'))).toBe('expanded');
    expect(years.changeOf(find(2022, '女性職員向けのメンター制度'))).toBe('continued');
    expect(years.changeOf(find(2021, '押印が必要な'))).toBe('new');
  });

  it('gives 試験庁 令和3年度 its moved target (13 % → 30 %) and the row turned 実施未定 → 実施', () => {
    const changes = years.changes('試験庁', 2021);

    expect(changes.metricMoves).toContainEqual(
      expect.objectContaining({ field: 'target', from: expect.objectContaining({ value: 13 }), to: expect.objectContaining({ value: 30 }) }),
    );
    expect(changes.statusChanges.map((s) => `${s.item}${s.subGroup ?? ''}${s.sub}:${s.from}→${s.to}`).sort()).toEqual([
      '4aア:実施未定→実施',
      '7イ:実施未定→実施',
    ]);
  });

  it('refuses an unknown ministry naming ministry, and an unloaded year naming year', () => {
    expect(() => years.changes('存在しない省', 2021)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', details: { field: 'ministry' } }));
    expect(() => years.changes('架空省', 2019)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', details: { field: 'year' } }));
  });

  it('knows which reports are loaded', () => {
    expect(years.hasReport('模擬省', 2022)).toBe(true);
    expect(years.hasReport('模擬省', 2019)).toBe(false);
    expect(createAcrossYears([makeInitiative()]).reports()).toHaveLength(1);
  });
});

describe('diffText', () => {
  it('marks a replaced number as a deletion then an insertion between unchanged runs', () => {
    expect(diffText('研修を年1回実施した。', '研修を年2回実施した。')).toEqual([
      { op: 'same', text: '研修を年' },
      { op: 'del', text: '1' },
      { op: 'ins', text: '2' },
      { op: 'same', text: '回実施した。' },
    ]);
  });

  it('keeps the later text when the deletions are dropped, and the earlier when the insertions are', () => {
    const before = 'テレワーク用の端末を100台調達した。';
    const after = 'テレワーク用の端末を300台に増やした。';

    const parts = diffText(before, after);

    expect(
      parts
        .filter((p) => p.op !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(
      parts
        .filter((p) => p.op !== 'ins')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
  });

  it('shows very long texts whole rather than spending quadratic time on them', () => {
    const long = 'あ'.repeat(700);

    expect(diffText(long, `${long}い`)).toEqual([
      { op: 'del', text: long },
      { op: 'ins', text: `${long}い` },
    ]);
  });
});
