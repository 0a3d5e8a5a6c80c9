import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

/**
 * Wording around what is asked, over the sixteen reports: a purpose said first, a layout asked of the list, a
 * narrower group said to be gone beyond (AだけでなくB), whom a statement is about said with a number, years that
 * must all hold, and particulars (clock times, 実人数) no report prints.
 */
describe('answerQuestion on the wording around what is asked (corpus all)', () => {
  let opened: OpenedAnswerEngine;
  const ask = (question: string) => answerQuestion(opened.engine, question);
  const ministriesOf = (answer: ReturnType<typeof ask>) => new Set(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`));

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('when a purpose is said first (…を検討しています。) and a layout asked (府省と年度つきで), lists every report’s tagged statements on the subject', () => {
    // ＲＰＡ: テスト省 令和3年度 【新規】 旅費の精算業務, 令和4年度 【拡充】 給与関係業務; 財務省 令和2年度 【新規】 全国的に展開.
    const answer = ask('RPAの導入を検討しています。令和2〜4年度の報告で【新規】や【拡充】として書かれたRPAの取組を府省と年度つきで教えて');

    expect(ministriesOf(answer)).toEqual(new Set(['財務省:2020', 'テスト省:2021', 'テスト省:2022']));
    expect(answer.answer).toContain('給与関係業務');
  });

  it('when a narrower group is said to be gone beyond (管理職だけでなく全職員), the ministries doing it for all are listed', () => {
    // 全職員を対象に、ワークライフバランスに関するeラーニング: テスト省, 架空庁, 模擬省 (令和4年度).
    const answer = ask('管理職だけでなく全職員向けにWLBのeラーニングをやっている府省はどこ？');
    const found = ministriesOf(answer);

    for (const report of ['テスト省:2022', '架空庁:2022', '模擬省:2022']) expect(found).toContain(report);
  });

  it('when whom a statement is about is said with a number (5日に満たない職員), that statement answers for each ministry named', () => {
    // 財務省: 6月末時点で休暇取得日数が5日に満たない部下職員に対して…; テスト省 令和4年度: …5日に満たない職員の上司に対し….
    const answer = ask('財務省とテスト省では、年次休暇が5日に満たない職員に対してどう取得を促していますか');

    expect(answer.answer).toContain('6月末時点');
    expect(answer.answer).toContain('職員の上司に対し');
  });

  it('when two years must both hold (2年続けて), a ministry passes only if each year does', () => {
    // 実施未定 rows: 令和3年度 テスト省 1, 架空省 1, 試験庁 0, 模擬省 2, 架空庁 1; 令和4年度 試験庁 0 and others.
    const answer = ask('令和3年度・令和4年度と2年連続で実施未定がゼロだった府省は？');

    expect((answer.answer ?? '').split('\n')[0]).toContain('試験庁');
    expect((answer.answer ?? '').split('\n')[0]).not.toMatch(/テスト省|架空省|模擬省|架空庁/);
  });

  it('when a count of times is per a period (年1回), a change keeps the period as the report prints it', () => {
    // テスト省 マネジメント研修: 令和2年度 年1回開催, 令和3年度 年2回開催.
    const answer = ask('テスト省のマネジメント研修の開催回数は令和2年度から令和3年度でどう変わった？');

    expect(answer.answer).toContain('年1回 → ');
    expect(answer.answer).toContain('年2回');
  });

  it('when target rows are asked for by their deadline (期限が「毎年度」), lists the latest report’s rows with it; a deadline set aside is not asked', () => {
    // 35%以上（毎年度）: 試験庁 and テスト省 (女性の採用目標【全体】); 財務省: 政府全体の目標(30%以上(毎年度))に留意.
    const everyYear = ask('達成期限を「令和7年」ではなく「毎年度」としている目標はどれ？');
    const byEnd = ask('令和7年度末を期限にしている目標を挙げて');
    const latest = new Map([
      ['財務省', 2020],
      ['テスト省', 2022],
      ['試験庁', 2022],
      ['架空庁', 2022],
      ['架空省', 2022],
      ['模擬省', 2022],
    ]);

    expect(ministriesOf(everyYear)).toEqual(new Set(['財務省:2020', '試験庁:2022', 'テスト省:2022']));
    expect(everyYear.answer).toContain('35%以上（毎年度）');
    expect(byEnd.answer).toContain('（令和7年度末）');
    expect(byEnd.answer).not.toContain('（毎年度）');
    expect(byEnd.sources.every((s) => latest.get(s.ministry) === s.fiscalYear)).toBe(true);
    expect(ask('テスト省の男性の育休の目標はいつまで？').answer).toContain('令和7年');
  });

  it('when the target rows themselves are asked for (どんな数値目標), lists the latest report’s rows, narrowed by the rows the subject names', () => {
    // 模擬省 令和4年度: 男性職員の育児休業取得率 30%（令和7年）, 女性の登用目標【本省課室長相当職】 5%程度; no 採用 row.
    const all = ask('模擬省の目標欄に並んでいる目標を全部教えて');
    const hiring = ask('試験庁は女性の採用でどんな目標を立てていますか');

    expect(ministriesOf(all)).toEqual(new Set(['模擬省:2022']));
    expect(all.answer).toContain('男性職員の育児休業取得率');
    expect(all.answer).toContain('本省課室長相当職');
    expect(hiring.answer).toContain('35%以上（毎年度）');
    expect(hiring.answer).not.toContain('育児休業取得率');
    // No target row is about 年休: not answered from another row.
    expect(ask('テスト省は年休の取得でどんな目標を立てている？').answer ?? '').not.toContain('目標：');
  });

  it('when the grades with a target are asked, other than one set aside (課室長以外の職位), lists those rows of each latest report', () => {
    // 女性の登用目標 rows besides 本省課室長相当職: 財務省 地方機関課長・本省課長補佐相当職 and 係長相当職(本省); テスト省 係長相当職(本省).
    const answer = ask('本省課室長相当職以外の職位で、女性の登用の数値目標を置いている府省はどこ？');

    expect(ministriesOf(answer)).toEqual(new Set(['財務省:2020', 'テスト省:2022']));
    expect(answer.answer).toContain('係長相当職');
    expect(answer.answer).toContain('本省課長補佐相当職');
    expect(answer.answer).not.toContain('【本省課室長相当職】');
  });

  it('when what left the next report is asked in other words (報告からは消えてしまった, 報告から外れた), lists what it no longer prints', () => {
    // テスト省 令和4年度 drops 定例の報告資料の廃止 and the オンライン面談 with staff on childcare leave.
    const answer = ask('テスト省、令和3年度の報告に載っていて令和4年度の報告から外れた取組ってありますか');

    expect(ministriesOf(answer)).toEqual(new Set(['テスト省:2021', 'テスト省:2022']));
    expect(answer.answer).toContain('記載がなくなった取組2件');
    expect(answer.answer).toContain('定例の報告資料');
  });

  it('when a clock time or a head count as persons is asked and no statement prints one, abstains; the length of time is answered', () => {
    // 財務省: 集中タイム(一日1時間); 架空庁 令和4年度: 応援要員の延べ人数は145人.
    const hour = ask('財務省の集中タイムって何時から？');
    expect(hour.answer).toBeNull();
    // The abstention says what the report gives instead.
    expect(hour.note).toContain('時刻の記載がありません。次の記載はあります：集中タイム(一日1時間)');
    expect(ask('架空庁の令和4年度の応援要員、延べではなく実人数だと何人？').answer).toBeNull();
    expect(ask('財務省の集中タイムは一日何時間？').answer).toContain('1時間');
    // 定時退庁日 names no hour; the reports give the mean of 年休, not its median.
    expect(ask('架空省は定時退庁日に何時に帰るよう放送していますか').answer).toBeNull();
    expect(ask('テスト省の令和4年度の年休の中央値は？').answer).toBeNull();
  });

  it('when a name or anonymity is asked and the statement about the thing says neither, abstains and quotes what it says', () => {
    // 試験庁 prints 女性向けの就職情報サイト with no name; 架空省's 目安箱 says nothing of anonymity.
    const name = ask('試験庁の経験者採用試験の案内を載せた就職情報サイトの名称は何ですか');
    expect(name.answer).toBeNull();
    expect(name.note).toContain('名称の記載がありません。次の記載はあります：経験者採用試験の案内を女性向けの就職情報サイトに掲載した。');
    const anonymous = ask('架空省の目安箱は無記名で投書できますか');
    expect(anonymous.answer).toBeNull();
    expect(anonymous.note).toContain('匿名かどうかの記載がありません');
    // Asked without those particulars, the statement answers.
    expect(ask('架空省は目安箱を設けていますか').answer).toContain('目安箱');
  });
});
