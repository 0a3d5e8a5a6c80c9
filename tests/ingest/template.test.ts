import { SECTIONS } from '../../src/domain/types';
import { findTemplateItem, matchItemTitle, matchSection, matchSubTitle, TEMPLATE } from '../../src/ingest/template';

describe('matchSection', () => {
  it.each([
    ['活躍で・ きる等と 両立して', '育児・介護等と両立して活躍できるための改革'],
    ['活 躍 で き る 等 と 両 改 革', '育児・介護等と両立して活躍できるための改革'],
    ['育児で・介護のためと両立して', '育児・介護等と両立して活躍できるための改革'],
    ['女性改の活躍推進のた', '女性の活躍推進のための改革'],
    ['女 性 の 活 躍 推 進', '女性の活躍推進のための改革'],
    ['働 き 方 改 革', '働き方改革'],
    ['その他', 'その他'],
  ])('when the label reads 「%s」, recognises %s by character overlap', (mangled, section) => {
    expect(matchSection(mangled)).toBe(section);
  });

  it.each(['4', 'b', '改革', '男性職員の育児休業取得率', '女性の採用目標', '実施', ''])('when the cell is 「%s」, finds no section', (text) => {
    expect(matchSection(text)).toBeUndefined();
  });
});

describe('the template', () => {
  it('holds the four sections in order, with 9, 8, 10 and 0 items numbered from 1', () => {
    expect(TEMPLATE.sections.map((s) => s.name)).toEqual([...SECTIONS]);
    expect(TEMPLATE.sections.map((s) => s.items.map((i) => i.number))).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [],
    ]);
  });

  it('ends every numbered section with its own 「その他」 item', () => {
    expect(TEMPLATE.sections.slice(0, 3).map((s) => s.items.at(-1)?.title)).toEqual(['その他', 'その他', 'その他']);
  });

  it('finds an item by section and number, and nothing for a number it lacks', () => {
    expect(findTemplateItem('働き方改革', 4)?.title).toBe('超過勤務の縮減の徹底');
    expect(findTemplateItem('働き方改革', 12)).toBeUndefined();
    expect(findTemplateItem('その他', null)).toBeUndefined();
  });

  it('matches printed titles despite spacing and full-width brackets', () => {
    expect(
      matchItemTitle('女性の活躍推進のための改革', '管理職の候補となり得る女性職員の計画的な育成(配置、研修、個別の育成方針の策定等)')?.number,
    ).toBe(6);
    expect(matchSubTitle('働き方改革', 2, '地方等（地方支分部局及び施設等機関）における管理職を対象とした 多面観察の実施')).toBe('イ');
  });

  it('does not take 「その他」 for a particular item, since every section has one', () => {
    expect(matchItemTitle('働き方改革', 'その他')).toBeUndefined();
  });
});
