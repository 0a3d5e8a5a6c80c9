import type { Initiative } from '../../src/domain/types';
import { buildInitiatives, markDuplicates } from '../../src/ingest/build-initiatives';
import { parseReport } from '../../src/ingest/parse-report';
import { SEED_FILE, seedText } from './seed';

const STRENGTHENING_MONTH = '働き方改革推進強化月間においては、地方支分部局を含む全ての部局において';

describe('buildInitiatives on the real seed', () => {
  const parsed = parseReport(seedText(), SEED_FILE);
  const initiatives = buildInitiatives(parsed);
  markDuplicates(initiatives);
  const at = (line: number): Initiative[] => initiatives.filter((i) => i.origin.lines?.[0] === line);

  it('makes one record per statement plus one for each row without statements', () => {
    const statementless = parsed.rows.filter((r) => r.statements.length === 0).length;

    expect(initiatives).toHaveLength(131 + statementless);
    expect(statementless).toBe(10); // lines 34, 36, 44, 47, 49, 50, 87, 91, 99, 115
  });

  it('when a row has no statements but a reason, the record is the reason (the 実施未定 row)', () => {
    expect(at(87).map((i) => [i.kind, i.status, i.text.slice(0, 10), i.itemTitle])).toEqual([
      ['reason', '実施未定', '中途採用において、幅', '女性職員の中途採用の拡大'],
    ]);
  });

  it('when a row has neither statements nor reason, the record is its title', () => {
    expect(at(44).map((i) => [i.kind, i.text, i.item])).toEqual([['title', 'その他', 9]]);
    expect(at(34).map((i) => [i.kind, i.text])).toEqual([['title', 'ペーパーレス化の推進']]);
  });

  it('gives metric statements kind metric with the parsed metric attached', () => {
    const metrics = initiatives.filter((i) => i.kind === 'metric');

    expect(metrics).toHaveLength(7);
    expect(metrics.every((i) => i.metric !== null && i.metric.text === i.text)).toBe(true);
    expect(metrics.map((i) => i.metric?.current?.value)).toEqual([43.6, 91.7, 36.9, 31.4, 6.3, 15.4, 24]);
  });

  it('names the item from the template on sub-item rows and keeps the row title apart', () => {
    const row = at(25)[0];

    expect([row?.itemTitle, row?.rowTitle, row?.sub]).toEqual([
      '超過勤務の縮減の徹底',
      '超過勤務状況・理由の見える化や目標設定など、超過勤務の縮減に向けた工夫',
      'イ',
    ]);
  });

  it('numbers records in report order from orderStart, with positions within each row', () => {
    const shifted = buildInitiatives(parsed, 1000);

    expect(shifted.map((i) => i.order)).toEqual(initiatives.map((_, index) => 1000 + index));
    expect(at(8).map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('groups the 働き方改革推進強化月間 paragraph repeated under items 2, 3, 4 and 6', () => {
    const month = initiatives.filter((i) => i.text.startsWith(STRENGTHENING_MONTH));
    const group = month[0]?.duplicateGroup;

    expect(month.map((i) => i.item)).toEqual([2, 3, 4, 6]);
    expect(group).toMatch(/^dup-[0-9a-f]{12}$/u);
    expect(initiatives.filter((i) => i.duplicateGroup === group)).toHaveLength(4);
  });

  it('leaves duplicateGroup null on text that appears once', () => {
    expect(at(42)[0]?.duplicateGroup).toBeNull();
  });

  it('gives stable ids: the same on a rebuild and when the file is renamed', () => {
    const again = buildInitiatives(parseReport(seedText(), 'renamed.txt'));

    expect(again.map((i) => i.id)).toEqual(initiatives.map((i) => i.id));
    expect(new Set(initiatives.map((i) => i.id)).size).toBe(initiatives.length);
  });

  it('keeps the ids of other rows when one row gains a statement', () => {
    const edited = seedText().replace('<p>【新規】テレワーク下', '<p>【新規】追加の取組を実施した。</p> <p>【新規】テレワーク下');
    const after = buildInitiatives(parseReport(edited, SEED_FILE));
    const afterIds = new Set(after.map((i) => i.id));
    const beforeIds = new Set(initiatives.map((i) => i.id));

    expect(initiatives.filter((i) => i.origin.lines?.[0] !== 8).every((i) => afterIds.has(i.id))).toBe(true);
    expect(after.filter((i) => !beforeIds.has(i.id)).map((i) => [i.origin.lines?.[0], i.position])).toEqual([[8, 9]]);
  });

  it('gives one rowKey to the records of one row and different keys to different rows', () => {
    expect(new Set(at(8).map((i) => i.rowKey)).size).toBe(1);
    expect(new Set(initiatives.map((i) => i.rowKey)).size).toBe(parsed.rows.length);
  });
});
