import { readRowCells } from '../../src/ingest/row-cells';
import { readRowContent } from '../../src/ingest/row-content';

const cellsOf = (line: string) => readRowCells(line.split('\t'), 1);

describe('readRowCells', () => {
  it('when a cell shifts one column left, still reads number, title and status', () => {
    const row = cellsOf('4\t女性職員の中途採用の拡大\t実施\t【継続】採用した。');

    expect([row.numbers, row.title, row.status, row.contents]).toEqual([[4], '女性職員の中途採用の拡大', '実施', ['【継続】採用した。']]);
  });

  it('when the cells shift right, still finds the section label in the second column', () => {
    expect(cellsOf('\t働 き 方 改 革\t1\t休暇の取得促進\t実施').section).toBe('働き方改革');
  });

  it('when 「その他」 stands in the second column, takes it for a title, not the section', () => {
    const row = cellsOf('\tその他\t\t実施');

    expect([row.section, row.title]).toEqual([null, 'その他']);
  });

  it('reads stray letters as noise and 「7」 as a number for the placement to decide', () => {
    const row = cellsOf('\tb\t7\t多面観察の実施\t実施');

    expect([row.noise, row.numbers, row.title]).toEqual([['b'], [7], '多面観察の実施']);
  });

  it('reads a variant in its own cell and one merged with the status', () => {
    expect(cellsOf('\t\t\t(独自実施のもの)\t実施').variant).toBe('(独自実施のもの)');
    expect(cellsOf('\t7\t\tセミナーの実施\t(独自実施のもの) 実施').variant).toBe('(独自実施のもの)');
  });

  it('keeps a title with inline <b> markup as a title, without the markup', () => {
    expect(cellsOf('\ta\t7\t両立支援シートの <b>全国的な</b> 導入\t実施').title).toBe('両立支援シートの全国的な導入');
  });
});

describe('readRowContent', () => {
  it('when a 実施未定 row has two plain cells, reads the reason then an untagged statement', () => {
    const content = readRowContent(['体制が整わないため。', '令和4年度に実施予定。'], '実施未定');

    expect([content.reason, content.statements.map((s) => [s.tag, s.text])]).toEqual(['体制が整わないため。', [[null, '令和4年度に実施予定。']]]);
  });

  it('when a 実施 row has one plain cell, reads it as an untagged statement', () => {
    const content = readRowContent(['説明会を開いた。'], '実施');

    expect([content.reason, content.statements.length, content.results]).toEqual([null, 1, null]);
  });

  it('reads plain text after the tagged cell as results (column D)', () => {
    const content = readRowContent(['<p>【新規】研修を始めた。</p>', '<p>受講者は30名。</p>'], '実施');

    expect([content.statements.map((s) => s.tag), content.results]).toEqual([['新規'], '受講者は30名。']);
  });

  it('when the cell is empty, yields no statements and no reason', () => {
    expect(readRowContent([], '実施')).toEqual({ reason: null, results: null, statements: [], metrics: [] });
  });
});
