/**
 * Over the real seed: concept expansion, typing tolerance and help when little matches (issue 10).
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { SearchEngine } from '../../src/query/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { engineOver, seedInitiatives } from '../quality/quality-engine';

let engine: SearchEngine;
beforeAll(async () => {
  engine = engineOver(await seedInitiatives(), await createAnalyzer());
});

const texts = (q: string) => engine.search({ q, limit: 50 }).results.map((hit) => hit.text);

describe('concept expansion over the seed', () => {
  test.each([
    ['子育て支援', /保育|シッター|育児/],
    ['ICT活用', /Web会議|タブレット|IT機器|RPA/],
    ['時差出勤', /フレックスタイム/],
  ])('when the query is %s, finds statements that use the concept’s narrower or related words', (q, pattern) => {
    expect(texts(q).some((text) => pattern.test(text))).toBe(true);
  });

  // Everyday words of the field that no report of the seed prints, for what the reports say in their own words.
  test.each([
    ['ハンコ', /押印/],
    ['社内報', /イントラネット|ニュースレター/],
    ['目安箱', /提案|意見/],
    ['休みを取りやすく', /休暇/],
    // 対策 and 施策 name measures in general; the reports say 取組 and never print them.
    ['残業対策', /超過勤務/],
    ['テレワークの施策', /テレワーク/],
  ])('when the everyday word %s is typed, finds the statements that say it in the reports’ words', (q, pattern) => {
    const found = texts(q);

    expect(found.slice(0, 5).some((text) => pattern.test(text))).toBe(true);
  });

  test('when the query names a concept, the response groups its expansions by relation with decreasing weights', () => {
    const groups = engine.search({ q: '保育' }).expansionGroups!;

    expect(groups.map((g) => g.relation)).toEqual(expect.arrayContaining(['narrower']));
    const weights = groups.map((g) => g.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(groups.every((g) => g.weight < 1)).toBe(true);
  });

  test('when an expansion is excluded, it is no longer searched or listed', () => {
    const all = engine.search({ q: 'テレワーク' });
    const without = engine.search({ q: 'テレワーク', exclude: ['Web会議'] });

    expect(all.expanded).toContain('Web会議');
    expect(without.expanded).not.toContain('Web会議');
    expect(without.expansionGroups!.flatMap((g) => g.words.map((w) => w.surface))).not.toContain('Web会議');
  });
});

describe('target rows over the seed', () => {
  test('when a query names what a target measures (its label), the target row ranks first', () => {
    const [first] = engine.search({ q: '係長相当職に占める女性の割合' }).results;

    expect(first?.kind).toBe('metric');
    expect(first?.rowTitle).toBe('女性の登用目標');
  });
});

describe('questions asking for a figure, over the seed', () => {
  test('when the query asks for a rate, the records printing one come first', () => {
    const results = engine.search({ q: '女性の採用の割合はどれくらいか', limit: 3 }).results;

    expect(results.map((hit) => hit.kind)).toContain('metric');
    expect(results[0]!.text).toMatch(/[0-9０-９]+(\.[0-9]+)?\s*[%％]|[0-9０-９]+名/);
  });

  test('when the same words ask for what was done, the figure weight changes nothing', async () => {
    const withoutWeight = engineOver(await seedInitiatives(), await createAnalyzer(), { ...DEFAULT_WEIGHTS, figureRecord: 1 });
    const ids = (searched: SearchEngine) => searched.search({ q: '女性の採用', limit: 20 }).results.map((hit) => hit.id);

    expect(ids(engine)).toEqual(ids(withoutWeight));
  });
});

describe('typing tolerance over the seed', () => {
  test.each([
    ['てれわーく', 'テレワーク', 'kana'],
    ['テレワク', 'テレワーク', 'long-vowel'],
    ['ペーパレス', 'ペーパーレス', 'long-vowel'],
    ['フレックスタイン', 'フレックスタイム', 'typo'],
    // Hiragana typed for kanji: looked up by reading among the words and compounds the seed prints.
    ['ちょうかきんむ', '超過勤務', 'kana'],
    ['ちょーかきんむ', '超過勤務', 'kana'],
    ['ねんじきゅうか', '年次休暇', 'kana'],
    // A phrase typed in hiragana: each part between の read as the word it sounds like.
    ['だんせいのいくきゅう', '男性の育休', 'kana'],
    // eラーニング spoken: the concept scheme's label for it.
    ['いーらーにんぐ', 'イーラーニング', 'kana'],
    // A word cut short: the corpus word it begins, the one printed most often (育児休業 before 育児休暇).
    ['超過勤', '超過勤務', 'completion'],
    ['育児休', '育児休業', 'completion'],
    ['ノー残', 'ノー残業', 'completion'],
    // A kana-to-kanji conversion slip: 所得 (しょとく) for 取得 (しゅとく), which the seed prints; の is no okurigana.
    ['育児休業の所得率', '育児休業の取得率', 'conversion'],
    ['男性の育児休業の所得', '男性の育児休業の取得', 'conversion'],
    // 律 (りつ) for 率: the printed word of the same reading, not 育児休業取得者 (one character off, read otherwise).
    ['育児休業取得律', '育児休業取得率', 'conversion'],
    // 検収 (けんしゅう) for 研修: the same reading with no character in common, for a query that finds nothing as typed.
    ['管理監督者検収', '管理監督者研修', 'conversion'],
    // The fix is shown as the reports print it, with the long vowel matching folds away (not 「メンタ」).
    ['めんたー', 'メンター', 'kana'],
  ])('when %s is typed, searches %s from the corpus vocabulary and says so', (q, to, kind) => {
    const response = engine.search({ q });

    expect(response.corrected?.fixes).toEqual([{ from: q, to, kind }]);
    expect(response.total).toBeGreaterThan(0);
  });

  test('when a conversion slip is split apart by analysis (参可: 参 + 可), still reads the text as the printed word that sounds like it', () => {
    // 参可 (さんか) is no word; the seed prints 育児参加 (育児参加のための休暇). Analysis reads 参 alone and drops 可; the
    // word typed is fixed whole, as a slip of the same reading.
    const response = engine.search({ q: '育児参可' });

    expect(response.corrected?.query).toBe('育児参加');
    expect(response.corrected?.fixes).toEqual([{ from: '育児参可', to: '育児参加', kind: 'conversion' }]);
    expect(response.total).toBeGreaterThan(0);
  });

  test('when a word typed in hiragana sits beside words that find much, still fixes it rather than dropping it', () => {
    // てれわーく reads as particles, so the query had searched 研修 alone (every training) and said nothing.
    const asTyped = engine.search({ q: 'てれわーく 研修', asTyped: true });
    const response = engine.search({ q: 'てれわーく 研修' });

    expect(asTyped.total).toBeGreaterThan(response.total);
    expect(response.corrected?.fixes).toEqual([{ from: 'てれわーく', to: 'テレワーク', kind: 'kana' }]);
    expect(response.corrected?.query).toBe('テレワーク 研修');
  });

  test('when a compound is searched apart and one part is printed nowhere, says which part, so the results are not taken for it', () => {
    const response = engine.search({ q: '裁判員休暇' });

    expect(response.partsApart).toEqual(['裁判', '休暇']);
    expect(response.partsPrintedNowhere).toEqual(['裁判']);
    expect(engine.search({ q: '休暇の取得促進' }).partsPrintedNowhere).toBeUndefined();
  });

  test('when hiragana reads as no word the seed prints, nothing is invented', () => {
    // こくさいかいぎ (国際会議) is read from no compound of the seed; かいぎ alone is too short a reading to guess.
    const response = engine.search({ q: 'こくさいかいぎ' });

    expect(response.corrected).toBeUndefined();
  });

  test('when a slip hides behind the words around it, still searches the fixed word, and says how many as typed found', () => {
    // 官理 is in no statement, but 職 and 研修 are: the compound's parts apart found 39 statements about any 研修. 官理
    // reads as 管理 does (カンリ): a conversion slip.
    const asTyped = engine.search({ q: '官理職研修', asTyped: true });
    const response = engine.search({ q: '官理職研修' });

    expect(asTyped.total).toBeGreaterThan(3);
    expect(response.corrected).toEqual({
      original: '官理職研修',
      originalTotal: asTyped.total,
      query: '管理職研修',
      fixes: [{ from: '官理職研修', to: '管理職研修', kind: 'conversion' }],
    });
    expect(response.results.every((hit) => /管理職|マネジメント/.test(hit.text + hit.rowTitle))).toBe(true);
  });

  test('reads a slip of a short reading as the printed word of that reading sharing a character in place (講和 → 講話)', () => {
    const response = engine.search({ q: 'ワークライフバランス講和' });

    expect(response.corrected?.fixes).toEqual([{ from: 'ワークライフバランス講和', to: 'ワークライフバランス講話', kind: 'conversion' }]);
    expect(response.total).toBeGreaterThan(0);
  });

  test('never swaps a word of the field that a concept label holds for a printed word that sounds like it (生理 is no 整理)', () => {
    // 生理 (せいり) is printed nowhere, but 生理休暇 is a label of the scheme; 整理 reads alike and is printed.
    const fixes = engine.search({ q: '生理日の就業が著しく困難な場合の休暇' }).corrected?.fixes ?? [];

    expect(fixes.some((fix) => fix.to.includes('整理'))).toBe(false);
  });

  test('when the query finds much as typed, a word the reports do not print is not swapped for one a kana away', () => {
    // 優良 (ゆうりょう) is one kana from 不良 (ふりょう), which the reports print; 主体的 from 主催的.
    for (const q of ['優良事例の共有', '職員の主体的なキャリア形成']) expect([q, engine.search({ q }).corrected]).toEqual([q, undefined]);
  });

  test('when a conversion would change kana or two words are not printed, nothing is converted', () => {
    // 持ち込み (the seed prints it) is one kana from 申し込み, but a conversion slip changes kanji only; 受動 is one
    // kana from 受講, but 受動喫煙 holds a second word no report prints: the reports do not speak of it.
    for (const q of ['申し込み', '受動喫煙対策']) {
      const response = engine.search({ q });

      expect([q, response.corrected]).toEqual([q, undefined]);
    }
  });

  test('when a word of the field that no report prints is typed, does not "correct" it into its opposite', () => {
    // 短時間勤務 (a concept label; the seed has no statement on it) is one edit from 長時間勤務 (a label of 超過勤務).
    const response = engine.search({ q: '短時間勤務' });

    expect(response.corrected).toBeUndefined();
    expect(response.results.filter((hit) => hit.text.includes('超過勤務'))).toEqual([]);
  });

  test('when okurigana are typed where the reports leave them off, searches the form the reports print', async () => {
    // A fictional ministry's statement beside the seed, written as official texts write the word (引継書).
    const seed = await seedInitiatives();
    const statement = {
      ...seed.find((i) => i.kind === 'statement')!,
      id: 'test-okurigana',
      ministry: 'テスト省',
      text: '異動時の引継書の様式を統一した。',
    };
    const withStatement = engineOver([...seed, statement], await createAnalyzer());

    const response = withStatement.search({ q: '引き継ぎ書' });

    expect(response.corrected?.fixes).toEqual([{ from: '引き継ぎ書', to: '引継書', kind: 'okurigana' }]);
    expect(response.results.map((hit) => hit.id)).toEqual(['test-okurigana']);
  });

  test('when a voiced mark is slipped in a kana compound, or hiragana is one kana off a reading, searches the printed words', async () => {
    // A fictional ministry's statement beside the seed: フォローシート and 応援体制 are printed nowhere else.
    const seed = await seedInitiatives();
    const statement = {
      ...seed.find((i) => i.kind === 'statement')!,
      id: 'test-voicing',
      ministry: 'テスト省',
      text: '繁忙期には課室を越えた応援体制を構築し、育児休業中の職員にフォローシートを送付した。',
    };
    const withStatement = engineOver([...seed, statement], await createAnalyzer());

    for (const [q, to, kind] of [
      ['フォローシード', 'フォローシート', 'typo'],
      ['ようえんたいせい', '応援体制', 'kana'],
    ] as const) {
      const response = withStatement.search({ q });

      expect(response.corrected?.fixes).toEqual([{ from: q, to, kind }]);
      expect(response.results.map((hit) => hit.id)).toContain('test-voicing');
    }
  });

  test('when a compound typed without spaces is printed nowhere and its parts are searched apart, the response says so', () => {
    // 裁判員休暇: no report speaks of it; the parts apart find every 休暇 statement, which must not pass as a match.
    const apart = engine.search({ q: '裁判員休暇' });
    const whole = engine.search({ q: '育児休業' });

    expect(apart.total).toBeGreaterThan(0);
    expect(apart.partsApart).toEqual(['裁判', '休暇']);
    expect(apart.results.some((hit) => hit.text.includes('裁判員'))).toBe(false);
    expect(whole.partsApart).toBeUndefined();
  });

  test('when a word repeats one character pair (アアアア), a text holding the pair once (キャリアアップ) is no match', () => {
    expect(engine.search({ q: 'キャリアアップ' }).total).toBeGreaterThan(0);
    for (const q of ['アアアア', 'ああああ']) expect([q, engine.search({ q }).total, engine.search({ q }).corrected]).toEqual([q, 0, undefined]);
  });

  test('when two characters begin many words, does not guess which one was meant', () => {
    const response = engine.search({ q: 'ノー' });

    expect(response.corrected).toBeUndefined();
  });

  test('when a word is far from every corpus word, invents nothing', () => {
    const response = engine.search({ q: 'ズズズズズ' });

    expect(response.corrected).toBeUndefined();
    expect(response.total).toBe(0);
  });
});

describe('help when few results match', () => {
  test('when two words never occur together, returns results holding one of them, labelled by the missing word', () => {
    const response = engine.search({ q: '保育所 ペーパーレス' });

    expect(response.total).toBe(0);
    expect(response.relaxed!.map((r) => r.missing)).toEqual(expect.arrayContaining([['保育所'], ['ペーパーレス']]));
    expect(response.relaxed![0]!.label).toMatch(/を含まない結果$/);
    expect(response.relaxed![0]!.results.length).toBeGreaterThan(0);
  });

  test('when one word of a query is printed in no report, finds nothing as typed and offers the rest labelled by that word', () => {
    const response = engine.search({ q: 'テレワーク手当' });

    expect(response.total).toBe(0);
    expect(response.relaxed!.map((r) => r.missing)).toEqual([['手当']]);
    expect(response.relaxed![0]!.total).toBe(engine.search({ q: 'テレワーク' }).total);
  });

  test('when a phrase the concept scheme names matches nothing as written, offers the statements holding its words, labelled', () => {
    // 業務フローの改善 is a label (業務フローの見直し's); no report of the seed prints it, nor any of its synonyms.
    const response = engine.search({ q: '業務フローの改善' });

    expect(response.total).toBe(0);
    expect(response.relaxed).toHaveLength(1);
    expect(response.relaxed![0]!.label).toBe('「業務フローの改善」の語（業務・フロー・改善）を含む結果');
    expect(response.relaxed![0]!.results.length).toBeGreaterThan(0);
    // Ranked by how many of the words they hold (their concepts' words too): the first ones hold them as printed.
    for (const hit of response.relaxed![0]!.results.slice(0, 3)) expect(hit.text).toMatch(/業務|フロー|改善/);
  });

  test('when a phrase finds something as written, it is not taken apart', () => {
    const response = engine.search({ q: '超過勤務の縮減' });

    expect(response.total).toBeGreaterThan(0);
    expect(response.relaxed ?? []).toEqual([]);
  });

  test('when a query finds little, suggests related concepts that find something', () => {
    const response = engine.search({ q: '時差出勤' });

    if (response.total < 3) expect(response.suggestions!.length).toBeGreaterThan(0);
    for (const suggestion of response.suggestions ?? []) expect(engine.search({ q: suggestion.q }).total).toBeGreaterThan(0);
  });

  test.each(['子育て支援', 'ICT活用', '時差出勤', 'てれわーく', 'テレワク', '保育所 ペーパーレス', 'メンター 介護'])(
    'when %s has near matches, the response is never bare: results, relaxed results or suggestions',
    (q) => {
      const response = engine.search({ q });

      const help = response.total + (response.relaxed?.length ?? 0) + (response.suggestions?.length ?? 0);
      expect(help).toBeGreaterThan(0);
    },
  );
});
