import { SECTIONS, type Row } from '../../src/domain/types';
import { parseReport } from '../../src/ingest/parse-report';
import { SEED_FILE, seedText } from './seed';

const [WORK, CARE, WOMEN, OTHER] = SECTIONS;

/** Every row of the seed, read by hand from data/mof-fy2020-followup.txt: line, section, item, sub, status, statements. */
const EXPECTED_ROWS: Array<[number, string, number | null, string | null, string | null, number]> = [
  [7, WORK, 1, null, '実施', 4],
  [8, WORK, 2, null, '実施', 9],
  [9, WORK, 2, 'ア', '実施', 1],
  [10, WORK, 2, 'イ', '実施', 1],
  [16, WORK, 3, null, '実施', 7],
  [22, WORK, 4, null, '実施', 4],
  [23, WORK, 4, 'ア', '実施', 1],
  [24, WORK, 4, 'ア', '実施', 1],
  [25, WORK, 4, 'イ', '実施', 5],
  [26, WORK, 4, 'ウ', '実施', 2],
  [27, WORK, 5, null, '実施', 3],
  [33, WORK, 6, null, '実施', 5],
  [34, WORK, 7, null, null, 0],
  [35, WORK, 7, 'ア', '実施', 2],
  [36, WORK, 7, 'イ', '実施', 0],
  [42, WORK, 8, null, '実施', 1],
  [43, WORK, 8, 'ア', '実施', 2],
  [44, WORK, 9, null, null, 0],
  [45, CARE, 1, null, null, 1],
  [46, CARE, 2, null, null, 1],
  [47, CARE, 3, null, '実施', 0],
  [48, CARE, 3, 'ア', '実施', 2],
  [49, CARE, 3, 'イ', '実施', 0],
  [50, CARE, 3, 'イ', '実施', 0],
  [51, CARE, 3, 'イ', '実施', 2],
  [57, CARE, 4, null, '実施', 8],
  [63, CARE, 4, 'ア', '実施', 1],
  [64, CARE, 4, 'イ', '実施', 2],
  [65, CARE, 5, null, '実施', 1],
  [66, CARE, 5, 'ア', '実施', 2],
  [67, CARE, 6, null, '実施', 5],
  [68, CARE, 7, null, '実施', 2],
  [69, CARE, 7, null, '実施', 2],
  [75, CARE, 8, null, '実施', 7],
  [76, WOMEN, 1, null, null, 2],
  [77, WOMEN, 2, null, null, 3],
  [78, WOMEN, 3, null, '実施', 4],
  [79, WOMEN, 4, null, '実施', 3],
  [87, WOMEN, 4, 'ア', '実施未定', 0],
  [88, WOMEN, 5, null, '実施', 2],
  [89, WOMEN, 6, null, '実施', 6],
  [90, WOMEN, 6, 'ア', '実施', 2],
  [91, WOMEN, 7, null, '実施', 0],
  [92, WOMEN, 7, 'ア', '実施', 1],
  [93, WOMEN, 7, 'イ', '実施', 1],
  [99, WOMEN, 8, null, '実施', 0],
  [100, WOMEN, 8, 'ア', '実施', 1],
  [101, WOMEN, 8, 'イ', '実施', 3],
  [102, WOMEN, 8, 'イ', '実施', 2],
  [103, WOMEN, 9, null, '実施', 2],
  [104, WOMEN, 9, 'ア', '実施', 3],
  [105, WOMEN, 9, 'ア', '実施', 3],
  [106, WOMEN, 9, 'イ', '実施', 1],
  [107, WOMEN, 9, 'ウ', '実施', 1],
  [108, WOMEN, 9, 'エ', '実施', 3],
  [114, WOMEN, 9, 'オ', '実施', 1],
  [115, WOMEN, 10, null, null, 0],
  [116, OTHER, null, null, '実施', 3],
];

describe('parseReport on the real seed (財務省 令和2年度)', () => {
  const parsed = parseReport(seedText(), SEED_FILE);
  const rowAt = (line: number): Row => {
    const row = parsed.rows.find((r) => r.origin.lines?.[0] === line);
    if (!row) throw new Error(`no row at line ${line}`);
    return row;
  };
  const allStatements = parsed.rows.flatMap((r) => r.statements);

  it('reads ministry, fiscal year and title from the text', () => {
    expect(parsed.report).toEqual({
      ministry: '財務省',
      fiscalYear: 2020,
      fiscalYearLabel: '令和2年度',
      title: '女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ',
      source: SEED_FILE,
      id: expect.stringMatching(/^[0-9a-f]{12}$/u),
      format: 'txt',
      pages: null,
      sheet: null,
    });
  });

  it('finds exactly the 58 table rows, dropping every repeated page and column header', () => {
    expect(parsed.rows.map((r) => r.origin.lines?.[0])).toEqual(EXPECTED_ROWS.map(([line]) => line));
  });

  it.each(EXPECTED_ROWS)('line %i reads as %s item %p sub %p, status %p, %i statements', (line, section, item, sub, status, count) => {
    const row = rowAt(line);

    expect([row.section, row.item, row.sub, row.status, row.statements.length]).toEqual([section, item, sub, status, count]);
  });

  it('reads the 実施未定 row (女性 item 4 ア) with its reason from column B and no statements', () => {
    const row = rowAt(87);

    expect(row.title).toBe('育児等を理由に国家公務員を中途退職した女性の中途採用');
    expect(row.reason).toBe(
      '中途採用において、幅広く募集を行い採用試験を実施したが、採用者の中に、育児等を理由に国家公務員を中途退職した女性は含まれていなかった。',
    );
    expect(parsed.rows.filter((r) => r.reason !== null).map((r) => r.origin.lines?.[0])).toEqual([87]);
  });

  it('counts the change tags as grep does: 【継続】100, 【新規】18, 【拡充】3', () => {
    const count = (tag: string): number => allStatements.filter((s) => s.tag === tag).length;

    expect([count('継続'), count('新規'), count('拡充')]).toEqual([100, 18, 3]);
    expect(allStatements).toHaveLength(131);
  });

  it('splits <ul><li> items into their own untagged statements without the bullet', () => {
    const texts = rowAt(7).statements.map((s) => [s.tag, s.text.slice(0, 8)]);

    expect(texts).toEqual([
      ['継続', '働き方改革推進強'],
      ['継続', '働き方改革を含む'],
      [null, '「財務省の組織理'],
      [null, '省内ニュースレタ'],
    ]);
  });

  it('never keeps markup or stray whitespace in titles and statements', () => {
    const texts = [...parsed.rows.map((r) => r.title), ...allStatements.map((s) => s.text)];

    expect(texts.filter((t) => /<|>|\s{2}|^\s|\s$/u.test(t))).toEqual([]);
    expect(rowAt(66).title).toBe('育児シートや両立支援シートの全国的な制度としての導入');
  });

  it('takes a 「審議会:」 lead as the statement label and keeps it in the text', () => {
    expect(rowAt(35).statements.map((s) => [s.tag, s.label])).toEqual([
      ['継続', '審議会'],
      [null, '幹部会議'],
    ]);
  });

  it('appends the (独自実施のもの) variants to the title of the sub-item they continue', () => {
    expect([rowAt(50).title, rowAt(69).title, rowAt(102).title]).toEqual([
      'セミナーによる意識啓発・周知(独自実施のもの)',
      '育児休業取得職員等を対象としたセミナーの実施(内閣人事局・人事院が実施するものへの派遣)',
      '女性職員の登用の拡大に向けた管理職員向けの研修の実施(内閣人事局・人事院が実施するものへの派遣)',
    ]);
  });

  it('reads the 「4 超過勤務…」 and 「ア 出産・育児期…」 cells that merge a number or label with the title', () => {
    expect(rowAt(22).title).toBe('超過勤務の縮減の徹底');
    expect(rowAt(114).title.startsWith('出産・育児期にあっても')).toBe(true);
  });

  it('warns about the two sub-item labels the template corrects, naming their lines', () => {
    expect(parsed.warnings.map((w) => w.line)).toEqual([101, 114]);
  });

  it('gives every statement a 12-hex id, unique within the report', () => {
    const ids = allStatements.map((s) => s.id);

    expect(ids.every((id) => /^[0-9a-f]{12}$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
