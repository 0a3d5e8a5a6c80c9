import { contradictionTest, countsOtherRole, lacksAskedGrade } from '../../src/answer/contrasts';

describe('contradictionTest', () => {
  it('when the question names 女性 and the text names only 男性, says the text contradicts it', () => {
    const contradicts = contradictionTest('テスト省の令和4年度の女性職員の育児休業取得率は？');

    expect(contradicts('男性職員の育児休業取得率 目標：30%（令和7年）')).toBe(true);
    // A figure for all staff is not one for women: a text must name the sex asked (issue 12's heldout6:
    // 「女性職員に限ると、年次休暇は平均何日」 was answered with every staff member's average).
    expect(contradicts('育児休業取得率 目標：30%（令和7年）')).toBe(true);
    expect(contradicts('男女の育児休業取得率を公表する。女性職員の取得率は100%')).toBe(false);
  });

  it('when the question asks for 介護, reads the 男の産休 row (配偶者出産休暇・育児参加) as another kind of care', () => {
    const contradicts = contradictionTest('財務省の女性職員の介護休暇取得率は？');

    expect(contradicts('男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率')).toBe(true);
    expect(contradicts('女性職員の育児・介護等と両立して活躍できるための改革')).toBe(false);
  });

  it('when the question asks for 採用 or 登用, or 本省 or 地方, excludes a text naming only the other', () => {
    expect(contradictionTest('女性の採用割合は？')('女性職員の登用目標 【本省課室長相当職】')).toBe(true);
    expect(contradictionTest('女性の登用目標は達成できているか？')('女性の採用目標 【全体】')).toBe(true);
    expect(contradictionTest('地方機関の課長相当職に占める女性の割合')('【本省課室長相当職】目標：7%')).toBe(true);
  });

  it('when the question narrows to regional offices, excludes a ministry-wide figure that names no office', () => {
    const contradicts = contradictionTest('財務省の地方機関で働く男性職員の育児休業取得率は？');

    expect(contradicts('男性職員の育児休業取得率 目標：13%（令和2年）、現状：43.6%')).toBe(true);
    expect(contradicts('地方機関の男性職員の育児休業取得率は40%であった')).toBe(false);
    expect(contradictionTest('男性職員の育児休業取得率は？')('男性職員の育児休業取得率 目標：13%')).toBe(false);
  });

  it('when the question asks for 男の産休 (a 休暇), excludes the row of 育児休業 and keeps the row naming both', () => {
    const contradicts = contradictionTest('架空省の「男の産休」取得率の現状は？');

    expect(contradicts('男性職員の育児休業取得率 目標：30%（令和7年）')).toBe(true);
    expect(contradicts('男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率')).toBe(false);
    expect(contradictionTest('男性の育休の取得率は？')('「男の産休・育休等」取得計画書を活用した')).toBe(false);
  });

  it('when a target row is read for a question naming 採用 or 登用, the row must name it', () => {
    const contradicts = contradictionTest('試験庁の今年度の男性職員の採用割合は？', { targetRows: true });

    expect(contradicts('男性職員の育児休業取得率 目標：30%（令和7年）')).toBe(true);
    expect(contradictionTest('試験庁の今年度の採用割合は？', { targetRows: true })('女性の採用目標 【全体】 目標：35%以上')).toBe(false);
    expect(contradictionTest('試験庁の今年度の男性職員の採用割合は？')('男性職員の育児休業取得率')).toBe(false);
  });

  it('when the question restricts the figure to a group (だけ, に限ると), a text that does not name the group contradicts it', () => {
    const contradicts = contradictionTest('テスト省のWLBのeラーニング、管理職員だけの受講率はどれくらい？');

    expect(contradicts('全職員を対象に、ワークライフバランスに関するeラーニングを実施した。受講率は98.0%であった。')).toBe(true);
    expect(contradicts('管理職員を対象にeラーニングを実施した。受講率は95%であった。')).toBe(false);
    // どれだけ asks how much; it restricts nothing.
    expect(contradictionTest('テスト省の受講率はどれだけ上がった？')('全職員の受講率は98.0%')).toBe(false);
    // A group that is a side of a contrast is left to the contrast, which knows its other names (地方機関 for 出先機関).
    expect(contradictionTest('架空庁の地方の出先機関に限った、年休の平均取得日数は？')('地方機関の年休の平均取得日数は14日')).toBe(false);
  });

  it('when the question counts a group among others (…のうち、育児中の職員は), a text that does not name the group contradicts it', () => {
    const contradicts = contradictionTest('テスト省でフレックスタイム制を利用した職員のうち、育児中の職員は何名？');

    expect(contradicts('フレックスタイム制の利用者は47名となった。')).toBe(true);
    expect(contradicts('フレックスタイム制を利用した育児中の職員は12名であった。')).toBe(false);
  });

  it('when the question names no side, or both sides, of a contrast, contradicts nothing', () => {
    expect(contradictionTest('育児休業取得率は？')('男性職員の育児休業取得率')).toBe(false);
    expect(contradictionTest('男性と女性の育児休業取得率は？')('男性職員の育児休業取得率')).toBe(false);
  });
});

describe('contradictionTest, for grades of post', () => {
  it('when a question names a grade, a target row of another grade does not answer it, and one of that grade does', () => {
    const contradicts = contradictionTest('係長級に占める女性の割合', { targetRows: true });

    expect(contradicts('女性の登用目標【地方機関課長・本省課長補佐相当職】 目標：12%程度')).toBe(true);
    expect(contradicts('女性の登用目標【係長相当職(本省)】 目標：30%程度')).toBe(false);
  });

  it('when a question names a grade, a statement naming no grade is not contradicted (it may describe the row)', () => {
    expect(contradictionTest('係長級まで拡大したメンター制度')('女性職員向けのメンター制度を試行した。')).toBe(false);
  });
});

describe('lacksAskedGrade', () => {
  it('when the grade is what is counted, a figure whose sentence and row name no grade counts every grade', () => {
    const lacks = lacksAskedGrade('マネジメント研修に参加した課長補佐級職員の人数は？');

    expect(lacks('管理職に求められるマネジメントに関する意識醸成に向けた取組の実施研修の受講者は延べ112名であった。')).toBe(true);
    expect(lacks('課長補佐級職員の受講者は30名であった。')).toBe(false);
  });

  it('when the grade only tells which row or year is meant, no figure is held to it', () => {
    expect(lacksAskedGrade('課長補佐級まで対象を広げてから受講者は延べ何名になった？')('研修の受講者は延べ112名であった。')).toBe(false);
  });
});

describe('contradictionTest, for a part asked of a total', () => {
  it('when the question restricts the figure to one part (…だけ), a total of several parts does not answer it', () => {
    const contradicts = contradictionTest('男の産休のうち、配偶者出産休暇だけの取得率');
    const row = '男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率';

    expect(contradicts(`${row}目標：両休暇合計5日以上取得率100%`)).toBe(true);
    expect(contradicts(`${row}配偶者出産休暇の取得率は95%`)).toBe(false);
  });
});

describe('countsOtherRole', () => {
  it('when the question counts people of one role (講師を務めた, 参加した), a clause counting another role contradicts it', () => {
    const teachers = countsOtherRole('育児中の職員を講師にしたセミナー、講師を務めた職員は何人？');
    const attendees = countsOtherRole('フレックスタイム制の説明会には、何人くらいの職員が参加しましたか');

    expect(teachers('参加者は延べ61名であった')).toBe(true);
    expect(attendees('フレックスタイム制の利用者は45名であった')).toBe(true);
    expect(attendees('説明会の参加者は45名であった')).toBe(false);
    // 受講 is attending too.
    expect(attendees('研修の受講者は延べ112名であった')).toBe(false);
  });

  it('when the role is named nearest the count word, reads that one (講師を招いたセミナーの参加者は何人)', () => {
    const otherRole = countsOtherRole('外部の講師を招いたセミナーの参加者は何人');

    expect(otherRole('参加者は延べ30名')).toBe(false);
    expect(otherRole('講師は3名')).toBe(true);
  });

  it('when the question or the clause names no role, contradicts nothing', () => {
    expect(countsOtherRole('女性職員を何名中途採用した？')('参加者は延べ61名')).toBe(false);
    expect(countsOtherRole('講師を務めた職員は何人')('女性13名を中途採用した')).toBe(false);
  });
});
