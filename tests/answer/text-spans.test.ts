import { clauseAround, sentencesOf } from '../../src/answer/text-spans';

describe('sentencesOf', () => {
  it('when a statement has two sentences, gives each with its offset', () => {
    expect(sentencesOf('開設した。運営を開始した')).toEqual([
      { text: '開設した。', start: 0 },
      { text: '運営を開始した', start: 5 },
    ]);
  });
});

describe('clauseAround', () => {
  const at = (text: string, part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];

  it('when the number stands between commas, gives the clause between them', () => {
    const text = '税関の選考採用試験(係長級)において、女性13名を中途採用した。';

    expect(clauseAround(text, ...at(text, '13名'))).toBe('女性13名を中途採用した');
  });

  it('when a comma stands inside brackets, does not cut the clause there', () => {
    const text = '女子学生霞が関インターンシップに参画(2020年度は、コロナ禍により中止)及び説明会に参加させるなど、講話を行った。';

    expect(clauseAround(text, ...at(text, '2020年度'))).toBe(
      '女子学生霞が関インターンシップに参画(2020年度は、コロナ禍により中止)及び説明会に参加させるなど',
    );
  });

  it('when the number is inside brackets, gives the clause that holds the brackets', () => {
    const text = '集中タイム(一日1時間)を設け、その間は、電話連絡を控えた。';

    expect(clauseAround(text, ...at(text, '1時間'))).toBe('集中タイム(一日1時間)を設け');
  });
});
