import { buildSubjectMatcher, coverage, matchUnits, normalizeForMatch } from '../../src/answer/relevance';

describe('matchUnits', () => {
  it('when the subject has particles, takes bigrams within each chunk only', () => {
    expect(matchUnits('試験で女性')).toEqual(['試験', '女性']);
  });

  it('when a chunk is one kanji, keeps it as a unit', () => {
    expect(matchUnits('男の産休')).toEqual(['男', '産休']);
  });

  it('when a lone kanji is a verb relating the parts (に占める, に関する), leaves it out; a verb that asks something stays', () => {
    expect(matchUnits('採用した職員に占める女性の割合')).toEqual(['採用', '職員', '女性', '割合']);
    expect(matchUnits('育児に関する休暇')).toEqual(['育児', '休暇']);
    expect(matchUnits('目安箱に寄せられた意見')).toContain('寄');
  });

  it('when a lone kanji is an adjective of degree (少なくなった, 高い), leaves it out; a noun before a particle and a verb stay', () => {
    expect(matchUnits('令和4年度のほうが少なくなった府省')).not.toContain('少');
    expect(matchUnits('割合が高い係')).toEqual(['割合', '係']);
    expect(matchUnits('男の育休')).toEqual(['男', '育休']);
    expect(matchUnits('RPAで減らした作業時間')).toContain('減');
  });

  it('when a chunk names the reports rather than what they report (報告, 府省, 件数), leaves it out; 成果欄 names a field and stays', () => {
    expect(matchUnits('報告の府省ごとの件数')).toEqual([]);
    expect(matchUnits('成果欄の職員の割合')).toEqual(['成果', '果欄', '職員', '割合']);
    expect(matchUnits('報告制度')).toEqual(['報告', '告制', '制度']);
  });

  it('when a noun is followed by 向け (for) or 中 (during), matches the noun alone; 中 leading a word stays', () => {
    expect(matchUnits('育休中の職員向けの取組')).toEqual(['育休', '職員', '取組']);
    expect(matchUnits('中途採用')).toEqual(['中途', '途採', '採用']);
  });

  it('when the subject is written in full width, matches its half-width form', () => {
    expect(matchUnits('ＲＰＡ')).toEqual(['rp', 'pa']);
  });

  it('when a bigram no text holds joins two that texts hold, leaves it out as the seam of a compound', () => {
    const corpus = new Set(['産休', '取得', '得率', '手当']);
    const occurs = (unit: string): boolean => corpus.has(unit);

    expect(matchUnits('産休取得率', occurs)).toEqual(['産休', '取得', '得率']);
    expect(matchUnits('産休取得率')).toEqual(['産休', '休取', '取得', '得率']);
    // A bigram no text holds beside another no text holds is a word the reports lack: it stays and weighs.
    expect(matchUnits('宇宙開発手当', occurs)).toEqual(['宇宙', '宙開', '開発', '発手', '手当']);
  });
});

describe('coverage', () => {
  const rowTitle = normalizeForMatch('男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率');

  it('when every unit of the subject is in the text, gives 1', () => {
    expect(coverage(buildSubjectMatcher('男の産休'), rowTitle)).toBe(1);
  });

  it('when no unit is in the text, gives 0', () => {
    expect(coverage(buildSubjectMatcher('宇宙開発'), rowTitle)).toBe(0);
  });

  it('when units are weighed, a found rare unit counts for more than a found common one', () => {
    const weights: Record<string, number> = { 職員: 1, 採用: 4 };
    const weighed = buildSubjectMatcher('職員 採用', [], (unit) => weights[unit] ?? 1);

    expect(coverage(weighed, normalizeForMatch('女性の採用目標'))).toBeCloseTo(0.8);
    expect(coverage(weighed, normalizeForMatch('男性職員の育児休業'))).toBeCloseTo(0.2);
  });

  it('when a synonym of a surface is in the text, counts the surface’s units as found', () => {
    const matcher = buildSubjectMatcher('育休', [{ surface: '育休', alternatives: ['育児休業'] }]);

    expect(coverage(matcher, normalizeForMatch('男性職員の育児休業取得率'))).toBe(1);
  });

  it('when the subject is empty, gives 0 rather than dividing by zero', () => {
    expect(coverage(buildSubjectMatcher(''), rowTitle)).toBe(0);
  });
});
