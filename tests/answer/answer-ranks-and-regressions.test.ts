import { answerQuestion } from '../../src/answer/answer-question';
import type { Answer } from '../../src/answer/types';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

/** The answer's first line (its lead, when it has one); '' for an abstention. */
const firstLine = (answer: Answer): string => (answer.answer ?? '').split('\n')[0] ?? '';

/**
 * A superlative said as a rank (首位, トップ), a number asked to have been reached in any of the years named, and a row's
 * status asked to have slipped between years, over the sixteen reports (fixtures: 男性職員の育児休業取得率 令和4年度 現状
 * テスト省 34.2% … 模擬省 18.0%; 試験庁 女性の採用 33.0% → 36.1% → 34.0% against 35%以上; 架空庁's ペーパーレス化 実施 in
 * 令和2年度, 実施未定 in 令和3年度).
 */
describe('answerQuestion on ranks, reached numbers and status changes (corpus all)', () => {
  let opened: OpenedAnswerEngine;
  const ask = (question: string) => answerQuestion(opened.engine, question);

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('when a count asks for people of another role than the report counts (講師, not 参加者), abstains; asked for those who came, gives it', () => {
    // テスト省 令和4年度: 育児中の職員を講師とするセミナーを年2回開催した。 results: 参加者は延べ61名であった。
    const teachers = ask('テスト省の令和4年度、育児中の職員が講師のセミナーで講師役になった職員は何人');
    const attendees = ask('テスト省の令和4年度、育児中の職員が講師のセミナーには何人が参加しましたか');

    expect(teachers.answer).toBeNull();
    expect(attendees.answer).toContain('61名');
    // The abstention says what is counted instead.
    expect(ask('育児中の職員を講師とするテスト省のセミナーで、講師になった職員は何名？').note).toContain(
      '講師の数ではなく、参加者の数の記載はあります：61名（参加者は延べ61名であった）',
    );
  });

  it('when two ministries are asked which is nearer a target (どっちが近い), ranks them by their gap and says which', () => {
    // 本省課室長相当職 令和4年度: 架空省 8.5% of 10%程度 (差 -1.5), 模擬省 4.0% of 5%程度 (差 -1.0).
    const answer = ask('架空省と模擬省、本省課室長相当職の女性登用の目標にどっちが近い？');

    expect(answer.kind).toBe('met');
    expect(firstLine(answer)).toBe('目標に近いのは模擬省（模擬省：差 -1.0ポイント、架空省：差 -1.5ポイント）');
  });

  it('when asked whether a figure’s pace would reach its target (このままで…達成できそう), carries the pace on to the target’s date, as likely', () => {
    // 架空省 本省課室長相当職: 7.0% (令和3年7月) → 8.5% (令和4年7月); 目標 10%程度（令和7年度末）.
    const answer = ask('架空省の本省課室長相当職の女性割合はこのままで目標を達成できそう？');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toContain('このままのペース（年+1.50ポイント）が続けば、目標の時期には約14.0%で、目標に届く計算です');
    expect(answer.answer).toContain('未達成（現状：8.5%（令和4年7月）、目標：10%程度（令和7年度末）、差 -1.5ポイント）');
    expect(answer.confidence).toBeLessThan(0.8);
    // Met already (テスト省 男性の育児休業取得率 34.2% against 30%): said so, not projected.
    expect(ask('テスト省の男性の育児休業取得率、令和2年度から令和4年度のペースで行けば目標に届く？').answer).toContain(
      '現状ですでに目標に届いています（目標：30%（令和7年））',
    );
  });

  it('when asked for results that repeat the year before’s figures, lists each pair with both texts; says so when none does', () => {
    // 架空庁 令和2年度 and 令和3年度 results: 「応援要員の延べ人数は120人となった。」 both years.
    const repeated = ask('架空庁の成果欄で、前年度と同じ数字が載っているものは？');
    const none = ask('テスト省の成果で前年度と変わっていない数字はある？');

    expect(firstLine(repeated)).toBe('前の年度と同じ数字の成果があるのは架空庁');
    expect(repeated.answer).toContain('「応援要員の延べ人数は120人となった。」');
    expect(repeated.sources.every((s) => s.field === 'results' && s.ministry === '架空庁')).toBe(true);
    expect(none.answer).toContain('前の年度と同じ数字の成果はありません');
    expect(new Set(none.sources.map((s) => s.fiscalYear))).toEqual(new Set([2021, 2022]));
  });

  it('when a what-question also asks whether it is done (実施されていますか。どんなやり方), gives the status with the statement', () => {
    const answer = ask('試験庁では、人事担当者と女性職員のキャリア面談は実施されていますか。どんな形でやっているかも知りたいです');

    expect(answer.answer).toContain('人事担当者が女性職員とキャリア形成について面談した。（実施状況：実施）');
  });

  it('when a change is asked of what a statement says (頻度, 内容), sets the two years’ statements side by side, or says they are the same', () => {
    const content = ask('テスト省のテレワーク用端末の配備の内容は令和3年度から令和4年度でどう変わった？');
    const frequency = ask('架空庁の長官メッセージの頻度は令和2年度から令和3年度でどう変わった？');

    expect(content.kind).toBe('change');
    expect(content.answer).toContain(
      '令和3年度（2021年度）：【拡充】テレワーク用のモバイル端末を500台に増やした。 → 令和4年度（2022年度）：【継続】テレワーク用のモバイル端末を500台配備している。',
    );
    expect(frequency.answer).toContain('（記載は変わっていません）');
    expect(new Set(frequency.sources.map((s) => s.fiscalYear))).toEqual(new Set([2020, 2021]));
  });

  it('when asked what a report printed that the later reports no longer print (載らなくなった), over more than one report, lists them', () => {
    // 架空庁 令和2年度: 「当庁の幹部が働き方について語る動画を配信した…」 (【新規】) is in neither 令和3年度 nor 令和4年度.
    const all = ask('架空庁の令和2年度の取組で、令和4年度までに載らなくなったものは？');
    const none = ask('テスト省が令和2年度に始めた新規の取組で、令和3年度・令和4年度の報告に出てこなくなったものはある？');

    expect(all.kind).toBe('change');
    expect(all.answer).toContain('令和2年度（2020年度）の取組のうち令和4年度（2022年度）までの報告に出てこないもの4件');
    expect(all.answer).toContain('【新規】当庁の幹部が働き方について語る動画を配信した');
    expect(none.answer).toContain('【新規】の取組のうち令和4年度（2022年度）までの報告に出てこないものはありません');
  });

  it('when the asker describes their own situation and asks who left a row 実施未定 for a like reason (似たような理由で), reads it as a reason', () => {
    const answer = ask(
      'こちらでも庁内の無線LANが整うまでペーパーレス化に手が付けられない事情です。似たような理由で実施未定にしている府省はありますか',
    );

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('庁内の無線LANの整備を待っているため。');
    expect(answer.sources.every((s) => s.ministry === '試験庁')).toBe(true);
  });

  it('when two ministries’ statuses are compared with the reason of the one left 実施未定 (実施状況はどう違う), answers each: status or reason', () => {
    const answer = ask('令和3年度の架空省とテスト省で、フレックスタイム制の周知の実施状況はどう違う？実施未定ならその理由も');

    expect(answer.answer).toContain('架空省（令和3年度（2021年度））：勤務時間の管理方法を検討しているため。');
    expect(answer.answer).toContain('テスト省（令和3年度（2021年度））：実施');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空省', 'テスト省']));
  });

  it('when asked a person’s name (事務次官の名前), abstains: the reports name roles, not people', () => {
    // 架空省 令和2年度: 大臣から全職員に向けて働き方改革のメッセージを動画で配信した。
    const answer = ask('架空省の大臣の名前を教えて');

    expect(answer.answer).toBeNull();
  });

  it('when a question gives examples of what it means (無線LANやネットワークなどの設備), takes any one of them as enough', () => {
    // 架空庁 令和4年度: ペーパーレス化 left 実施未定, 理由：庁内ネットワークの更改が令和5年度にずれ込んだため。
    const answer = ask('無線LANやネットワークなどの設備の事情で実施未定にしている項目はどれ？');

    expect(answer.answer).toContain('庁内ネットワークの更改が令和5年度にずれ込んだため。');
    expect(answer.sources.every((s) => s.ministry === '架空庁' && s.fiscalYear === 2022)).toBe(true);
  });

  it('when a count asks for units of an organisation (何部署) and no report counts them, abstains rather than give another unit', () => {
    // テスト省: 議事録作成支援ソフトを全部局に導入した; its row's results count hours (RPAにより年間約520時間).
    expect(ask('テスト省の議事録作成支援ソフトは何部署で試行しましたか').answer).toBeNull();
  });

  it('when the highest is asked as a rank (首位だった府省), names it first and cites its report alone', () => {
    const answer = ask('令和4年度、男性職員の育児休業取得率の現状が首位だった府省は？');

    expect(firstLine(answer)).toBe('最も高いのはテスト省（34.2%（令和3年度））');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['テスト省:2022']);
  });

  it('when a number is asked to have been reached in any of the years named (一度でも), names the years that did', () => {
    const answer = ask('試験庁の女性の採用割合は令和2年度から令和4年度のうち一度でも35%以上を達成しましたか');

    expect(firstLine(answer)).toBe('35%以上を達成したのは令和3年度（2021年度）（36.1%（令和3年4月1日））');
  });

  it('when no year of one ministry passes the number, says no year did and gives every year', () => {
    const answer = ask('架空省の月平均超過勤務時間が15時間を下回った年度は令和2年度から令和4年度にある？');

    expect(firstLine(answer)).toBe('15時間を下回った年度はありません');
    expect(answer.answer).toContain('19.8時間');
  });

  it('when a row is asked to have slipped back (後退) between two years, gives its status in each year', () => {
    const answer = ask('架空庁の定例会議・打合せのペーパーレス化は令和2年度から令和3年度で後退した？');

    expect(answer.kind).toBe('status');
    expect(answer.answer).toContain('架空庁（令和2年度（2020年度））：実施 —');
    expect(answer.answer).toContain('架空庁（令和3年度（2021年度））：実施未定（理由：庁内ネットワークの更改を予定しているため。）');
  });

  it('when initiatives started as 【新規】 and expanded the next year are asked, lists the linked ones and cites both years', () => {
    const answer = ask('テスト省で令和2年度に新規だったものが令和3年度に拡充になった取組は？');

    expect(answer.answer).toContain('新規から拡充になった取組2件');
    expect(answer.answer).toContain('議事録作成支援ソフトを全部局に導入した。');
    expect(new Set(answer.sources.map((s) => s.fiscalYear))).toEqual(new Set([2020, 2021]));
  });

  it('when no 【新規】 of the one year is 【拡充】 in the next, says there is none', () => {
    const answer = ask('架空省で令和3年度に新規で始めた取組のうち令和4年度に拡充されたものは？');

    expect(answer.answer).toBe('［架空省］令和3年度（2021年度）に【新規】で令和4年度（2022年度）に【拡充】になった取組はありません');
  });

  it('when a count is asked to be exactly a number (ぴったり1件), names the ministries at it, not those above or below', () => {
    // 令和4年度【拡充】: テスト省 6件, 架空省・架空庁・模擬省 1件 each, 試験庁 none.
    const answer = ask('令和4年度の【拡充】がぴったり1件の府省は？');

    expect(firstLine(answer)).toBe('ぴったり1件なのは架空省（1件）・架空庁（1件）・模擬省（1件）');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空省', '架空庁', '模擬省']));
  });

  it('when rows that went from 実施未定 to 実施 are asked with their reasons for two ministries, gives each row and the earlier reason', () => {
    const answer = ask('試験庁と模擬省で、令和2年度は実施未定だったが令和3年度に実施になった項目と、その理由は？');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toContain(
      '省内全体における超過勤務の事前確認の徹底：実施未定→実施（令和2年度（2020年度）の理由：管理職員の業務負担を考慮し、実施方法を検討中のため。）',
    );
    expect(answer.answer).toContain('超過勤務の縮減の徹底：実施未定→実施（令和2年度（2020年度）の理由：業務量の把握を先に行うため。）');
    expect(new Set(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(
      new Set(['試験庁:2020', '試験庁:2021', '模擬省:2020', '模擬省:2021']),
    );
  });

  it('when rows left 実施未定 are asked to have got going (動き出した) as 【新規】 initiatives, gives each row with what the later report printed in it', () => {
    const answer = ask('令和2年度は実施未定だったのに、翌年度の報告で新規の取組として動き出した項目は？試験庁について');

    expect(answer.kind).toBe('change');
    // 試験庁 令和3年度: the two rows done since, each with its 【新規】 statement.
    expect(answer.answer).toContain('→ 令和3年度（2021年度）の記載：【新規】超過勤務の事前確認を電子申請で行うようにした。');
    expect(answer.answer).toContain('【新規】定例会議の資料をペーパーレス化');
    expect(answer.sources.some((s) => s.field === 'statement' && s.fiscalYear === 2021)).toBe(true);
  });

  it('links a row whose group letter one report prints and the next does not, so its slip back to 実施未定 is a status change', () => {
    // 架空庁 令和2年度 prints 働き方改革 7 イ under group a (with ア); 令和3年度 prints イ alone, with no group.
    const { statusChanges } = opened.engine.changes('架空庁', 2021);

    expect(statusChanges).toEqual([
      expect.objectContaining({
        item: 7,
        sub: 'イ',
        from: '実施',
        to: '実施未定',
        rowTitle: '定例会議や幹部への説明、省内の打合せ等についてもペーパーレス化',
      }),
    ]);
    const answer = ask('架空庁で令和2年度から令和3年度に実施から実施未定に戻った項目は？');
    expect(answer.answer).toContain('実施→実施未定（令和3年度（2021年度）の理由：庁内ネットワークの更改を予定しているため。）');
  });

  it('when words are quoted as alternatives (「A」や「B」), finds the tag’s initiatives that print either, in every ministry', () => {
    const answer = ask('「目安箱」や「意見を募集」という形の新規の取組があるのはどこ？');

    expect(answer.answer).toContain('職員の意見を募集する目安箱をイントラネットに設けた。');
    expect(answer.answer).toContain('各職層から意見を募集の上');
    expect(new Set(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(new Set(['架空省:2022', '財務省:2020']));
  });

  it('when a tag’s initiatives are narrowed by who takes part (…の中から、内閣人事局と関わっているもの), lists only those', () => {
    const answer = ask('財務省の令和2年度の【新規】の中から、内閣人事局と関わっているものを挙げて');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('「仕事と介護の両立ハンドブック」(内閣官房内閣人事局)を職員に配布した。');
    expect(answer.sources.every((s) => s.text.includes('内閣人事局'))).toBe(true);
  });

  it('when the initiatives whose results column prints a number are asked (数値が書かれている取組), lists each with its figure', () => {
    const answer = ask('テスト省の令和4年度、成果欄（D）に数値が書かれている取組は？');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('研修の受講者は延べ112名であった。');
    expect(answer.answer).toContain('年次休暇の平均取得日数は15.8日となった。');
    expect(answer.sources.every((s) => s.field === 'results')).toBe(true);
  });

  it('when rows left 実施未定 with no reason are asked (理由の記載がない), lists them; a report with none says so', () => {
    const some = ask('模擬省の令和2年度で、理由の記載がない実施未定の項目は？');
    const none = ask('テスト省の令和4年度で、理由の記載がない実施未定の項目は？');

    expect(some.answer).toContain('男性職員の家庭生活参画促進に向けた管理職員向けの意識啓発の実施：実施未定、理由の記載なし');
    expect(none.answer).toContain('理由の記載がないまま実施未定の項目はありません');
    expect(none.sources.map((s) => s.field)).toEqual(['report']);
  });

  it('when rows left 実施未定 for the same reason in both years named are asked, gives each with both years and cites both', () => {
    const answer = ask('令和2年度と令和3年度のどちらも同じ理由で実施未定にしている項目はありますか');

    expect(answer.answer).toContain('セミナーによる意識啓発・周知：実施未定、理由：講師の確保が難しいため。（令和2年度・令和3年度）');
    // Ministries without such a row are no answer to 「ありますか」 beside those with one.
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空省', '模擬省']));
    expect(new Set(answer.sources.map((s) => s.fiscalYear))).toEqual(new Set([2020, 2021]));
  });

  it('when reasons naming a date are asked (理由に期限が書かれている), gives the reasons that name one', () => {
    const answer = ask('実施未定の理由に期限が書かれているものは？');

    expect(answer.answer).toContain('庁内ネットワークの更改が令和5年度にずれ込んだため。');
    expect(answer.sources.every((s) => /令和|平成|[0-9]{4}年/.test(s.text))).toBe(true);
  });

  it('reads 去年 and 昨年 as the report before the latest, and 前年比 as a change', () => {
    for (const question of ['去年と比べて架空庁の年休は増えた？', '架空庁の年休は前年比でどうなった？']) {
      const answer = ask(question);

      expect(answer.answer).toBe('［架空庁］令和3年度（2021年度）：13.0日 → 令和4年度（2022年度）：13.6日（差 +0.6日）');
      expect(answer.confidence).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('when an amount is asked in no unit (どのくらい取れてるの) and only a target row gives it, answers with the row', () => {
    const answer = ask('試験庁って男性の育休どのくらい取れてるの');

    expect(answer.answer).toContain('現状：28.0%（令和3年度）');
    // Asked of the baseline (目標を決めた時点), a row that prints none does not answer with its other fields.
    expect(ask('試験庁の女性の採用割合（全体）、目標を決めた時点ではいくつだった？').answer).toBeNull();
  });

  it('when a figure is asked over a number of years (この3年で), follows it over every year loaded', () => {
    const answer = ask('架空省の超勤はこの3年でどう変わった？');

    expect(answer.answer).toContain('令和2年度（2020年度）：25.3時間 → 令和3年度（2021年度）：22.0時間 → 令和4年度（2022年度）：19.8時間');
    expect(answer.answer).toContain('毎年減少');
  });

  it('when how many ministries do something is asked (何府省, 府省はいくつ), counts and names them, then gives each one’s statement', () => {
    const answer = ask('テレワーク用の端末を配備しているのは何府省？');

    expect(firstLine(answer)).toBe('2府省（テスト省・試験庁）');
    expect(answer.answer).toContain('テレワーク用の端末を300台に増やした。');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['テスト省', '試験庁']));
  });

  it('when two ministries’ figures of one year are compared by a short word (年休), ranks the figure, not a condition in the statement', () => {
    // テスト省 令和4年度 also prints 「年次休暇の取得日数が5日に満たない職員の上司に対し」: a condition, no amount.
    const answer = ask('テスト省と架空省の年休、令和4年度はどっちが多い？');

    expect(firstLine(answer)).toBe('多いのはテスト省（15.8日）');
    expect(answer.answer).not.toContain('5日に満たない');
  });

  it('reads トップメッセージ as the leadership’s message, not a superlative', () => {
    const answer = ask('模擬省のトップメッセージはどう発信している？');

    expect(answer.answer).toContain('事務次官が幹部会議で働き方改革の重要性を説明し');
    expect(answer.answer).not.toMatch(/^最も/);
  });

  it('when a report’s tag is asked bare (令和4年度の新規は？), lists the initiatives of that tag', () => {
    const answer = ask('テスト省の令和4年度の新規は？');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('【新規】生成AIを活用した文書作成支援ツールの試行を開始した。');
    expect(answer.sources.every((s) => s.ministry === 'テスト省' && s.fiscalYear === 2022)).toBe(true);
  });

  it('when two ministries are compared by a leave in no unit (男性育休、どっちが高い), ranks their target rows’ rates', () => {
    const answer = ask('財務省と架空省の男性育休、どっちが高い？');

    expect(firstLine(answer)).toBe('高いのは財務省（43.6%（令和元年度））。時点の異なる値を含みます');
  });

  it('when the ministries still holding 実施未定 rows are asked, names only those that do', () => {
    const answer = ask('令和4年度に実施未定が残っている府省と項目は？');

    expect(answer.answer).toContain('定例会議や幹部への説明、省内の打合せ等についてもペーパーレス化');
    expect(answer.answer).not.toContain('0件');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空庁']));
  });

  it('when 新しい取組 are asked of a ministry (どんな新しい取組を始めた), lists its 【新規】', () => {
    const answer = ask('テスト省はどんな新しい取組を始めた？');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('【新規】生成AIを活用した文書作成支援ツールの試行を開始した。');
  });

  it('when who does something is asked (…をしているのは？), answers for every ministry whose statements say so', () => {
    const answer = ask('育児休業中の職員への情報提供をしているのは？');

    expect(answer.answer).toContain('育児休業中の職員に省内の情報をメールで定期的に提供した。');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空省', '財務省']));
  });

  it('when a tag’s initiatives are picked by a quoted word they print (「試行」と書いてある), keeps those that print it', () => {
    const answer = ask('令和2年度の【新規】のうち「試行」と書いてあるものは？');

    expect(answer.answer).toContain('女性職員向けのメンター制度を試行した。');
    expect(answer.sources.every((s) => s.text.includes('試行'))).toBe(true);
  });

  it('when rows left 実施未定 in both years with a reason that changed are asked, gives each year’s reason', () => {
    const answer = ask('テスト省で令和2年度と令和3年度に実施未定のままで、理由が違う項目は？');

    expect(answer.answer).toMatch(
      /多面観察の実施：実施未定、理由 令和2年度「地方支分部局の組織再編を控えており.*」 → 令和3年度「組織再編後の体制が固まった後/,
    );
    expect(new Set(answer.sources.map((s) => s.fiscalYear))).toEqual(new Set([2020, 2021]));
  });

  it('when rows that became 実施 are asked per ministry, names the ministries that have some, not those with none', () => {
    const answer = ask('令和2年度に実施未定だった項目のうち、令和3年度に「実施」へ変わったものを府省ごとに教えて');

    expect(answer.answer).not.toContain('ありません');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['テスト省', '架空省', '試験庁', '模擬省']));
  });

  it('when two tags and a status are counted at once (新規・拡充・実施未定、それぞれ何件), gives each count, with a purpose said first', () => {
    const answer = ask('大臣レク用に一行で。架空省の令和3年度報告の新規・拡充・実施未定、それぞれ何件？');

    expect(firstLine(answer)).toBe('［架空省・令和3年度（2021年度）］【新規】3件・【拡充】2件・実施未定1件');
  });

  it('when which ministries’ change went one way is asked (増えた府省), names those that did, or says none did', () => {
    const rose = ask('令和2年度から令和3年度にかけて、実施未定の項目数が前の年より増えた府省はありますか');
    const fell = ask('令和3年度から令和4年度で年休が減ったところは？');

    expect(firstLine(rose)).toBe('増えたのは架空庁（差 +1件）');
    expect(new Set(rose.sources.map((s) => s.ministry))).toEqual(new Set(['架空庁']));
    expect(firstLine(fell)).toBe('減った府省はありません');
  });

  it('when a count is asked to have fallen to some number (…の3件は…何件まで減った), compares the two years’ counts', () => {
    const answer = ask('模擬省の実施未定、令和2年度の3件は令和4年度には何件まで減った？');

    expect(answer.answer).toBe('［模擬省］実施未定の項目：令和2年度（2020年度）：3件 → 令和4年度（2022年度）：0件（差 -3件）');
  });

  it('when a target row’s present is asked against its baseline (…時点から何ポイント伸びて), gives both fields and the difference', () => {
    const answer = ask('財務省の本省係長相当職の女性比率は、目標を設定した平成27年7月時点から何ポイント伸びていますか');

    expect(answer.answer).toBe('［財務省・令和2年度（2020年度）］目標設定時：22.3%(平成27年7月)、現状：24.0%(令和2年7月)（差 +1.7ポイント）');
  });

  it('when the targets not met are asked of several grades (3つの職位…そのうち達成できていないのは), gives each grade’s verdict', () => {
    const answer = ask('財務省は女性の登用目標を3つの職位で立てていますが、そのうち達成できていないのはどれですか');

    expect(answer.answer).toMatch(/【係長相当職\(本省\)】未達成（現状：24\.0%/);
  });

  it('when the ministries below a quoted target are asked (「35%以上」という目標を下回っている), names those that have not met it', () => {
    const answer = ask('令和4年度の報告で、女性採用の「35%以上」という目標を下回っている府省はありますか');

    expect(firstLine(answer)).toBe('目標を達成していないのは試験庁');
  });

  it('when a number is to be missed in every year named (令和3年度も令和4年度も…14日に届いていない), names ministries missing it each year', () => {
    const answer = ask('令和3年度も令和4年度も、年休の平均取得日数が14日に届いていない府省はどこですか');

    // 架空省 is under 14日 in 令和3年度 (13.8日) but not in 令和4年度 (14.5日).
    expect(firstLine(answer)).toBe('14日に届いていないのは（数値が見つかった府省のうち）架空庁（13.0日・13.6日）');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空庁']));
  });

  it('reads a number that says whom an initiative is for (5日に満たない職員の上司に) as no threshold', () => {
    const answer = ask('テスト省は令和3年度、年休が5日に満たない職員の上司に取得を促す通知をしていた？');

    expect(answer.answer ?? '').not.toContain('15.1日');
  });

  it('when rows of a status are listed, the first line says the status and how many (実施未定の項目1件)', () => {
    const answer = ask('財務省の報告で「実施未定」になっている項目はどれ？');

    expect(firstLine(answer)).toBe('［財務省・令和2年度（2020年度）］実施未定の項目1件');
    expect(answer.answer).toContain('育児等を理由に国家公務員を中途退職した女性の中途採用');
  });

  it('when a target row’s figure is asked as a ratio between two years (…から…で何倍), gives both years and the ratio', () => {
    const answer = ask('模擬省の男性育休取得率は、2020年度から2022年度で何倍になったか');

    expect(answer.answer).toBe(
      '［模擬省］令和2年度（2020年度）：5.0%（令和元年度） → 令和4年度（2022年度）：18.0%（令和3年度）（差 +13.0ポイント、3.6倍）',
    );
  });

  it('when what was done is said as a verb before 取組 (面談する取組をしていますか), a statement must name it to answer', () => {
    const none = ask('架空省は、人事担当や上司が女性職員と今後のキャリア形成について面談する取組をしていますか');
    const some = ask('架空庁は、上司が部下とキャリアについて面談する取組をしていますか');

    // 架空省's nearest statement is its メンター制度, which holds no 面談.
    expect(none.answer).toBeNull();
    expect(none.note).toContain('架空庁');
    expect(some.answer).toContain('上司が部下職員と年2回のキャリア面談を行う仕組みを設けた。');
  });

  it('when a share of a target is asked (目標30%の3分の2まで来てた, 8割に届いている), says whether the present reached it', () => {
    const reached = ask('架空庁の男性の育休取得率、令和3年度の報告の時点で目標30%の3分の2まで来てた？');
    const short = ask('模擬省の男性育休は目標の8割に届いている？');

    expect(reached.answer).toContain('目標の3分の2（20%）に達しています（現状：20.0%（令和2年度））');
    expect(short.answer).toContain('目標の8割（24%）に達していません（現状：18.0%（令和3年度））');
  });

  it('when a target row’s present is asked as a multiple of its baseline (目標を立てた時点の３倍を超えた), gives both and the ratio', () => {
    const answer = ask('架空庁の本省課室長相当職の女性割合は、目標を立てた時点の３倍を超えたと言ってよいですか');

    expect(answer.answer).toBe('［架空庁・令和4年度（2022年度）］目標設定時：1.5%（平成27年7月）、現状：4.6%（令和4年7月）（3.1倍）');
  });

  it('when who set a target of a value by a date is asked (100%の目標を、令和2年までの期限で掲げている), names who did', () => {
    const answer = ask('「男の産休」の取得率100%の目標を、令和2年までの期限で掲げているのはどこの府省ですか');

    // テスト省 and 試験庁 set 100% too, by 令和7年.
    expect(firstLine(answer)).toBe('100%なのは財務省');
  });

  it('when a what-question names no ministry, answers from one report and names the others that speak of it', () => {
    const answer = ask('テレワークについて教えて');

    expect(answer.answer).toMatch(/（ほかに、.*の報告にも記載があります）$/);
    const [, others] = /（ほかに、(.*)の報告にも記載があります）$/.exec(answer.answer ?? '') ?? [];
    expect(others).not.toContain(answer.sources[0]!.ministry);
    // A word one report prints (カイゼン活動) is not said to be in others that speak of 業務改善.
    expect(ask('カイゼン活動とは何？').answer).not.toContain('ほかに');
  });

  it('when a figure’s short word is typed alone with a scope (テスト省 令和3年度 超勤), answers the figure', () => {
    expect(ask('テスト省 令和3年度 超勤').answer).toBe(
      '［テスト省・令和3年度（2021年度）］20.1時間（職員一人当たりの月平均超過勤務時間は20.1時間であった）',
    );
    expect(ask('架空省の年休').answer).toContain('14.5日');
  });

  it('when one tag’s count is held against another’s (【新規】の件数が【拡充】の件数より多い), names the ministries whose counts do', () => {
    // 令和4年度: テスト省 新規3・拡充6, 架空省 3・1, 架空庁 1・1, 試験庁 2・0, 模擬省 3・1.
    const answer = ask('令和4年度に【新規】の件数が【拡充】の件数より多い府省はどこ？');

    expect(firstLine(answer)).toBe('【新規】の件数が【拡充】の件数より多いのは架空省・試験庁・模擬省');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空省', '試験庁', '模擬省']));
  });

  it('when the gap to a target is asked to have narrowed over two years, leads with both gaps, the way they moved and a changed target', () => {
    const answer = ask('試験庁の男性の育休取得率、目標との差は令和2年度から令和3年度で縮まりましたか');

    expect(firstLine(answer)).toBe(
      '目標との差：令和2年度（2020年度） -3.0ポイント → 令和3年度（2021年度） -14.8ポイント（広がった）。目標が変わっています（13% → 30%）',
    );
  });

  it('when what was first planned is asked (もともと何年度に), answers from the earliest report of the row, not a later date', () => {
    // 架空庁 令和3年度: 「庁内ネットワークの更改を予定しているため」 (no year); 令和4年度: 「…令和5年度にずれ込んだため」.
    expect(ask('架空庁の庁内ネットワークの更改は、もともと何年度に予定されていたのですか').answer).toBeNull();
    expect(ask('架空庁の庁内ネットワークの更改はいつ？').answer).toContain('2023年度（令和5年度）');
  });

  it('when two figures are each held to a number and both must be met (…14日以上と…20時間未満をどちらも満たす), names who meets both', () => {
    const both = ask('令和4年度に年休が14日以上と超勤が20時間未満をどちらも満たす府省は？');
    const one = ask('令和4年度のテスト省と架空省で、年休の平均15日超えと超勤の月平均20時間未満を両方満たしているのはどちらですか');

    expect(firstLine(both)).toBe('両方を満たしているのはテスト省・架空省');
    expect(firstLine(one)).toBe('両方を満たしているのはテスト省');
    expect(one.answer).toContain('架空省（令和4年度（2022年度））：年休の平均（15日超）：14.5日（満たさない）／超勤の月平均（20時間未満）：19.8時間');
  });

  it('when a target is asked to have been missed in any verb form (下回った, 届かなかった, 満たせなかった), names who missed it', () => {
    // 女性の採用 令和2年度: 試験庁 33.0% against 35%以上 (未達成), テスト省 36.0%, 財務省 36.9% against 30%以上.
    for (const question of [
      '令和2年度の報告で、女性の採用目標「35%以上」を下回った府省はどこですか',
      '令和2年度の報告で、女性の採用目標「35%以上」に届かなかった府省はどこですか',
      '令和2年度の報告で、女性の採用目標に届かなかった府省はどこですか',
      '令和2年度、女性の採用目標を満たせなかった府省は？',
    ]) {
      expect(firstLine(ask(question))).toBe('目標を達成していないのは試験庁');
    }
    expect(firstLine(ask('令和2年度、女性の採用目標を満たせている府省は？'))).toBe('目標を達成しているのはテスト省・財務省');
  });

  it('when 満たない describes the people a statement is about (5日に満たない職員), reads no verdict into it', () => {
    const answer = ask('テスト省は令和3年度、年休が5日に満たない職員の上司に取得を促す通知をしていた？');

    expect(answer.kind).not.toBe('met');
  });

  it('when both ends are asked (いちばん多い府省といちばん少ない府省、その差), names both, in the order asked, with the gap', () => {
    // 年休の平均取得日数 令和4年度: テスト省 15.8日, 架空省 14.5日, 架空庁 13.6日.
    const answer = ask(
      '大臣への説明資料に一言添えたいので、令和4年度の年休の平均取得日数がいちばん多い府省といちばん少ない府省、それとその差を教えてください',
    );
    const reversed = ask('令和4年度の年休の平均取得日数がいちばん少ない府省といちばん多い府省は？');

    expect(firstLine(answer)).toBe('いちばん多いのはテスト省（15.8日）、いちばん少ないのは架空庁（13.6日）、差 2.2日');
    expect(new Set(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(new Set(['テスト省:2022', '架空庁:2022']));
    expect(firstLine(reversed)).toBe('いちばん少ないのは架空庁（13.6日）、いちばん多いのはテスト省（15.8日）、差 2.2日');
  });

  it('when a body with no report loaded is asked about as who acts (人事院が…始めた取組), abstains saying its report is not loaded', () => {
    // 財務省's report names 人事院 only as a host of 説明会 its staff attend.
    const acts = ask('人事院が令和2年度に新しく始めた取組を教えてください');
    const named = ask('人事院主催の説明会に参加した取組はありますか');

    expect(acts.answer).toBeNull();
    expect(acts.note).toContain('人事院の報告は読み込まれていません');
    expect(named.answer).toContain('人事院');
  });

  it('when two tags are added up with a breakdown asked (合わせると何件…内訳も), gives each tag and the sum', () => {
    // テスト省 令和3年度: 【新規】5件, 【拡充】2件.
    const answer = ask('テスト省の令和3年度の報告、【新規】と【拡充】を合わせると取組は何件になりますか。内訳もお願いします');

    expect(answer.answer).toContain('【新規】5件・【拡充】2件（計7件）');
  });

  it('when one ministry is asked as a multiple of another (財務省の…はテスト省の何倍), leads with the ratio, the one named first over the other', () => {
    // 令和2年度 【新規】: 財務省 18件, テスト省 4件.
    const answer = ask('同じ令和2年度の報告で比べると、財務省の【新規】の件数はテスト省の何倍ですか');

    expect(firstLine(answer)).toBe('財務省（18件）はテスト省（4件）の4.5倍');
  });

  it('when a count is asked to have gone down over three years (減ってきていますか, 毎年1件ずつ), leads with the series and how it moved', () => {
    // 架空庁 【新規】 2件 → 2件 → 1件; テスト省 実施未定 2件 → 1件 → 0件.
    const flat = ask('架空庁の【新規】の件数、令和2年度・令和3年度・令和4年度と減ってきていますか？年度ごとの件数で教えて');
    const steady = ask('テスト省の実施未定の項目は、令和2年度・令和3年度・令和4年度で毎年1件ずつ減ってきたと言えますか');

    expect(firstLine(flat)).toBe('令和2年度（2020年度） 2件 → 令和3年度（2021年度） 2件 → 令和4年度（2022年度） 1件（減少（横ばいの年あり））');
    expect(firstLine(steady)).toBe('令和2年度（2020年度） 2件 → 令和3年度（2021年度） 1件 → 令和4年度（2022年度） 0件（毎年減少、毎年1件ずつ）');
  });

  it('when a row is asked whether it was done, gives its status with what its statements say was done', () => {
    // 財務省 令和2年度: the row 育児シートや両立支援シートの全国的な制度としての導入 (実施), whose statement names the 「男の産休・育休等」取得計画書兼フォローシート.
    const answer = ask('財務省では、育児シートや両立支援シートを全国的な制度として入れているのでしょうか。実施状況を教えてください');

    expect(answer.answer).toMatch(/^［財務省・令和2年度（2020年度）］実施 — 育児シートや両立支援シートの全国的な制度としての導入：/);
    expect(answer.answer).toContain('取得計画書兼フォローシート');
  });

  it('when statements are asked to have been reported as done (「実施」と報告している), each says its row status', () => {
    const answer = ask('令和4年度に、審議会や幹部会議を原則ペーパーレスにする取組を「実施」と報告している府省をすべて挙げてください');

    expect(answer.answer).toContain('試験庁（令和4年度（2022年度））：【継続】幹部会議の資料をタブレット端末で配布した。（実施状況：実施）');
  });

  it('when the present is asked as a multiple of the baseline year or of the target, gives both fields and the ratio', () => {
    // 架空省 令和4年度: 目標設定時 3.1%（平成26年度）, 現状 31.0%; 財務省: 目標 13%, 現状 43.6%.
    const baseline = ask('架空省の男性育休の取得率って、目標を立てた平成26年度の値の10倍に届いた？最新の報告で');
    const target = ask('財務省の男性職員の育休取得率は、１３%の目標に対して３倍以上の水準まで来ていますか');

    expect(baseline.answer).toContain('目標設定時：3.1%（平成26年度）、現状：31.0%（令和3年度）（10.0倍）');
    expect(baseline.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['架空省:2022']);
    expect(target.answer).toContain('目標：13%（令和2年）、現状：43.6%（令和元年度）（3.4倍）');
  });

  it('when the gap to a target is asked between two years named as a range (…までの残りは令和2年度から令和4年度で), compares the two ends', () => {
    // 架空省 本省課室長相当職: 6.2% → 8.5% against 10%程度; 試験庁 男の産休: 62.0% → 81.0% against 100%.
    const narrowed = ask('架空省の本省課室長相当職の女性割合、目標の10%程度までの残りは令和2年度から令和4年度でどれだけ縮まりましたか');
    const halved = ask('試験庁の男の産休の取得率、100%までの残りは令和2年度から令和4年度で半分になった？');

    expect(firstLine(narrowed)).toBe('目標との差：令和2年度（2020年度） -3.8ポイント → 令和4年度（2022年度） -1.5ポイント（2.3ポイント縮まった）');
    expect(narrowed.sources.map((s) => s.fiscalYear)).toEqual([2020, 2022]);
    expect(firstLine(halved)).toBe(
      '目標との差：令和2年度（2020年度） -38.0ポイント → 令和4年度（2022年度） -19.0ポイント（縮まった、半分以下になった）',
    );
    expect(halved.answer).not.toContain('目標の半分（50%）');
  });

  it('when a target is asked to be met in every year (3年とも, 満たせていますか) with no year named, answers each loaded year', () => {
    // テスト省 女性の採用: 36.0%, 38.2%, 37.5% against 35%以上（毎年度）.
    const answer = ask('テスト省は女性の採用目標を3年とも満たせていますか');

    expect(answer.kind).toBe('met');
    expect(firstLine(answer)).toBe('3年度とも達成');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['テスト省:2020', 'テスト省:2021', 'テスト省:2022']);
    expect(answer.answer).toContain('達成（現状：38.2%（令和3年4月1日）、目標：35%以上（毎年度）、差 +3.2ポイント）');
  });

  it('when one row’s several posts are asked which is furthest above its target, leads with that post and its gap', () => {
    // 財務省 令和2年度: 本省課室長 +1.8, 地方機関課長・本省課長補佐 +3.4, 係長 -6.0 points.
    const answer = ask('財務省の女性登用の目標、職位ごとに見て目標をいちばん大きく上回っているのはどの職位？');

    expect(answer.kind).toBe('met');
    expect(firstLine(answer)).toBe(
      '［財務省・令和2年度（2020年度）］目標を最も大きく上回っているのは【地方機関課長・本省課長補佐相当職】（差 +3.4ポイント）',
    );
  });

  it('when a change is asked as a share (何割くらい増えた, 何%増えた), gives the change over the earlier figure, whatever its counter', () => {
    // 架空庁 応援要員: 120人 (令和3年度) → 145人 (令和4年度); テスト省 テレワーク端末: 200台 → 500台.
    const tenths = ask('架空庁で繁忙期に組んだ応援体制の人数、令和3年度から令和4年度で何割ほど増えましたか');
    const percent = ask('テスト省のテレワーク用端末の台数は令和2年度から令和3年度で何%増えた？');

    expect(tenths.answer).toContain('120人 → 令和4年度（2022年度）：145人（差 +25人、+20.8%（約2割増））');
    expect(percent.answer).toContain('200台 → 令和3年度（2021年度）：500台（差 +300台、+150.0%）');
  });

  it('when a target met in some years only is asked for every year (どの年度も), says which years met it and which did not', () => {
    // 架空省 男性職員の育児休業取得率: 12.0%, 22.5%, 31.0% against 30%.
    const answer = ask('架空省の男性の育児休業取得率はどの年度も目標を上回っていますか');

    expect(firstLine(answer)).toBe('達成：令和4年度、未達成：令和2年度・令和3年度');
  });

  it('when one ministry’s tagged statements are described in other words than they print, lists the near ones by search, as likely', () => {
    // 財務省 令和2年度 【新規】: 「テレワークマネジメント研修」を創設; 「育休等取得を考える男性向けセミナー」に職員を派遣.
    const named = ask('財務省が令和2年度に新規で始めた取組で、職員を外部のセミナーに行かせたり研修を新設したりしたものは？');
    const everyMinistry = ask('令和2年度に新規で始めた取組で、職員を外部のセミナーに行かせたり研修を新設したりしたものを府省ごとに');

    expect(named.kind).toBe('list');
    expect(named.answer).toContain('（質問の語どおりの記載はなく、検索で近いものを挙げています）');
    expect(named.answer).toContain('「テレワークマネジメント研修」を創設');
    expect(named.answer).toContain('男性向けセミナー');
    expect(named.confidence).toBeLessThan(0.8);
    expect(new Set(named.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(new Set(['財務省:2020']));
    // Asked of every ministry, only the statements nearest the best are listed: a report's own nearest one is no answer.
    expect(everyMinistry.answer).toContain('男性向けセミナー');
    expect(everyMinistry.confidence).toBeLessThan(0.8);
    expect(new Set(everyMinistry.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(new Set(['財務省:2020']));
  });

  it('when a tag’s statements are described in other words and no ministry is named, lists the near ones, not the reports with none of the tag', () => {
    // 令和4年度 【拡充】: テスト省 RPAの対象を…給与関係業務にも広げ, メンター制度の対象を若手男性職員にも広げた; 試験庁 has no 【拡充】.
    const answer = ask('令和4年度の拡充の取組で、対象者を広げたものはありますか');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('メンター制度の対象を若手男性職員にも広げた');
    expect(answer.answer).not.toContain('0件');
    expect(answer.confidence).toBeLessThan(0.8);
    expect(answer.sources.every((s) => s.fiscalYear === 2022 && s.field === 'statement')).toBe(true);
  });

  it('when the reason is asked of a row the report did (its sibling was left 実施未定), gives no reason rather than the sibling’s', () => {
    // 架空省 令和2年度: 「…事前確認の徹底」 実施, 「…事前確認実施状況の把握」 実施未定 (勤怠管理システムの導入後に把握する予定のため。);
    // 試験庁 令和2年度: 「審議会や幹部会議での原則ペーパーレス化」 実施, 「定例会議や幹部への説明…」 実施未定.
    const done = ask('架空省は令和2年度、超過勤務の事前確認の徹底をなぜ実施未定にしたのですか');
    const sibling = ask('架空省は令和2年度、超過勤務の事前確認の実施状況の把握をなぜ実施未定にしたのですか');
    const paperless = ask('試験庁は令和2年度、審議会・幹部会議での原則ペーパーレス化をなぜ実施未定にしたの？');

    expect(done.answer).toBeNull();
    expect(sibling.answer).toContain('勤怠管理システムの導入後に把握する予定のため。');
    expect(paperless.answer).toBeNull();
  });

  it('when two labels of one target row are named and held against each other (開き, 差), gives both figures and the gap', () => {
    // 財務省 令和2年度 女性の採用: 【全体】 現状 36.9%, 【総合職】 現状 31.4%.
    const answer = ask('財務省の女性採用の割合で、総合職と全体の差はいまどれくらい？');

    expect(answer.answer).toContain('現状：36.9%(令和2年4月1日)');
    expect(answer.answer).toContain('現状：31.4%(令和2年4月1日)');
    expect(answer.answer).toMatch(/【総合職】.*／【全体】.*（現状の差 5\.5ポイント）$/);
  });

  it('when two tags’ counts are added per ministry and ranked or held against a number, answers by each ministry’s sum', () => {
    // 令和4年度 【新規】+【拡充】: テスト省 3+6, 架空省 3+1, 模擬省 3+1, 架空庁 1+1, 試験庁 2+0; 令和3年度: テスト省 5+2, 架空省 3+2.
    const ranked = ask('令和4年度、【新規】と【拡充】を合計した件数がいちばん多いのはどこの府省？それぞれの件数も');
    const held = ask('令和3年度に【新規】と【拡充】を足して5件以上ある府省はどこ？内訳もください');

    expect(firstLine(ranked)).toBe('いちばん多いのはテスト省（9件）');
    expect(ranked.answer).toContain('テスト省（令和4年度（2022年度））：【新規】3件・【拡充】6件（計9件）');
    expect(firstLine(held)).toBe('5件以上なのはテスト省（7件）・架空省（5件）');
    expect(new Set(held.sources.map((s) => s.ministry))).toEqual(new Set(['テスト省', '架空省']));
  });

  it('when the asker says who they are first (…の準備です。) and compares two years’ reports, names the ministries whose count rose', () => {
    // 【新規】: 模擬省 1件 (令和2年度) → 3件 (令和4年度); every other ministry the same or fewer.
    const answer = ask('大臣レクの下準備です。令和2年度と令和4年度の報告を見比べて、【新規】が増えている府省はありますか');

    expect(firstLine(answer)).toBe('増えたのは模擬省（差 +2件）');
  });

  it('when why a done measure was taken is asked (どういう理由から), abstains: reports give reasons only for rows left 実施未定', () => {
    const answer = ask('テスト省が令和3年度にRPAを入れたのはどういう理由からでしょうか');

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toBeNull();
  });

  it('when the move since the baseline is ranked (目標設定時の値から何ポイント伸びたかで比べて), ranks by the move, in the year asked only', () => {
    // 令和3年度 男性職員の育児休業取得率, 目標設定時 → 現状: 架空省 3.1% → 22.5% (+19.4), テスト省 8.0% → 25.5% (+17.5);
    // 財務省 (+37.0) has no 令和3年度 report. 財務省's posts since 平成27年7月: +3.4, +4.8, +0.5.
    const ministries = ask(
      '令和3年度の報告で、男性の育休取得率が目標設定時（平成２６年度）の値から何ポイント伸びたか比べて、伸び幅がいちばん大きい府省は？',
    );
    const posts = ask('財務省の女性登用の目標の3つの職位で、目標を設定した平成27年7月から何ポイント伸びたか比べると、いちばん伸びたのはどれ？');

    expect(firstLine(ministries)).toBe('伸び幅がいちばん大きいのは架空省（差 +19.4ポイント）');
    expect(ministries.sources.every((s) => s.fiscalYear === 2021)).toBe(true);
    expect(firstLine(posts)).toBe('［財務省・令和2年度（2020年度）］最も伸びたのは【地方機関課長・本省課長補佐相当職】（差 +4.8ポイント）');
  });
  it('when a count asked to have become fewer is said with an adjective (…のほうが少なくなった府省), lists the ministries whose count fell', () => {
    // 【拡充】 令和3年度 → 令和4年度: 架空省 2 → 1, 試験庁 1 → 0; テスト省 2 → 6, 架空庁 0 → 1, 模擬省 0 → 1.
    const fewer = ask('【拡充】の件数が令和3年度より令和4年度のほうが少なくなった府省を、件数とあわせて教えてください');
    // 【新規】 令和2年度 → 令和3年度: テスト省 4 → 5 and 模擬省 1 → 2 rose.
    const more = ask('令和2年度と比べて令和3年度に【新規】の件数が多くなった府省は');

    expect(firstLine(fewer)).toBe('減ったのは架空省（差 -1件）・試験庁（差 -1件）');
    expect(firstLine(more)).toBe('増えたのはテスト省（差 +1件）・模擬省（差 +1件）');
  });
  it('when the mean of the ministries’ figures is asked (の平均は, 平均すると), leads with it; a figure named 平均 alone is not averaged', () => {
    // 令和4年度 年次休暇の平均取得日数: テスト省 15.8日, 架空省 14.5日, 架空庁 13.6日 → 43.9 / 3 = 14.63.
    const mean = ask('令和4年度の各府省の年次休暇の平均取得日数の平均は？');
    const own = ask('令和4年度、年次休暇の平均取得日数を府省で平均するといくら？当省は15.0日ですが');
    const named = ask('令和4年度の年次休暇の平均取得日数は？');

    expect(firstLine(mean)).toBe('単純平均 14.6日（3府省：テスト省 15.8日・架空省 14.5日・架空庁 13.6日）');
    expect(firstLine(own)).toBe('単純平均 14.6日（3府省：テスト省 15.8日・架空省 14.5日・架空庁 13.6日）。15.0日は平均を0.4日上回る');
    expect(named.answer).not.toContain('平均 14.6');
    expect(named.table?.length).toBe(3);
  });
  it('when each ministry’s counts are asked added up over the years (3年間を通して, …まで合計して), ranks or holds the sums, leaving out a ministry missing a year', () => {
    // 【新規】 令和2・3・4年度: テスト省 4+5+3 = 12, 架空省 3+3+3 = 9; 財務省 has the 令和2年度 report only.
    const most = ask('令和2年度・令和3年度・令和4年度の3年間を通して【新規】の合計がいちばん多い府省は');
    // 【拡充】 令和3・4年度: テスト省 2+6 = 8, 架空省 2+1 = 3, the others 1 or fewer.
    const held = ask('令和3年度と令和4年度の【拡充】を合計して3件以上ある府省');
    // 実施未定 over 令和2–4年度 (から…まで fills in 令和3年度): テスト省 3, 架空省 3, 架空庁 2, 試験庁 2, 模擬省 5.
    const spanned = ask('令和2年度から令和4年度まで3年分合計して、実施未定が1件しかない府省は？');

    expect(firstLine(most)).toBe('いちばん多いのはテスト省（合計12件）');
    expect(most.answer).toContain('テスト省：合計12件（令和2年度（2020年度） 4件・令和3年度（2021年度） 5件・令和4年度（2022年度） 3件）');
    expect(most.answer).toContain('財務省は');
    expect(firstLine(held)).toBe('3件以上なのはテスト省（合計8件）・架空省（合計3件）');
    expect(firstLine(spanned)).toBe('1件だけの府省はありません');
    expect(spanned.answer).toContain('模擬省：合計5件');
  });
  it('when the ministries meeting a target are counted (何府省), counts them, year by year when several years are named', () => {
    // 男性職員の育児休業取得率 against 30%: 令和3年度 none (テスト省 25.5% …); 令和4年度 テスト省 34.2% and 架空省 31.0%.
    const years = ask('男性の育休取得率の目標30%を達成している府省は、令和3年度と令和4年度でそれぞれ何府省？');
    const one = ask('令和4年度に男性の育休取得率の目標を達成している府省は何府省？');

    expect(years.kind).toBe('met');
    expect(firstLine(years)).toBe('目標を達成しているのは令和3年度（2021年度） 0府省、令和4年度（2022年度） 2府省（テスト省・架空省）');
    expect(firstLine(one)).toBe('目標を達成しているのは2府省（テスト省・架空省）');
  });
  it('when results-column figures are asked by a word quoted beside them (「延べ」と付いている, 「約」を付けた), lists those texts of every ministry', () => {
    // 令和4年度 results printing 延べ: テスト省 (研修 延べ…名, セミナー 延べ…名) and others; 約: テスト省's RPA only.
    const approx = ask('令和4年度の成果欄で、数字に「約」を付けた書き方をしているのはどこ？');
    const total = ask('令和3年度の成果欄の数字で「延べ」と付いているものを全部教えて');

    expect(approx.answer).toContain('RPAにより年間約520時間の作業時間を削減した');
    expect(approx.sources.every((s) => s.ministry === 'テスト省' && s.fiscalYear === 2022)).toBe(true);
    expect(total.answer).toContain('延べ76名');
    expect(total.answer).toContain('応援要員の延べ人数は120人');
    expect(total.answer).toContain('延べ45名');
    expect(total.answer).not.toContain('78%');
  });
  it('when a yes/no question asks for a means (動画で配信), a use (どう活用) or an amount (費用) no statement prints, abstains; one printed is answered', () => {
    // 模擬省 令和4年度: 事務次官が…説明し、その内容を全職員にメールで共有した (no 動画); テスト省 令和4年度 座談会を…動画配信.
    const video = ask('模擬省では事務次官のメッセージを動画で発信していますか');
    const printed = ask('テスト省は幹部職員の座談会を動画で配信していますか');
    const use = ask('テスト省は職員アンケートの結果をどう活用していますか');
    const mail = ask('テスト省は事務次官のメッセージをメールで発信していますか');
    const cost = ask('テスト省のテレワーク用モバイル端末の費用はいくら？');

    expect(video.answer).toBeNull();
    expect(printed.answer).toContain('動画配信');
    expect(use.answer).toBeNull();
    expect(mail.answer).toContain('メッセージをメールで発信した');
    expect(cost.answer).toBeNull();
  });
  it('when a reason is asked to have been resolved by what a later report says (…で解決したと言えますか), sets the two side by side, below the sure band', () => {
    // 架空庁 令和3年度 ペーパーレス化 実施未定: 庁内ネットワークの更改を予定しているため; 令和4年度 【拡充】押印を原則廃止し、電子決裁に移行した.
    const answer = ask(
      '架空庁が令和3年度にペーパーレス化を実施未定とした理由は、令和4年度に押印を廃止して電子決裁に移したことで解決したと言えますか',
    );

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('理由：［架空庁・令和3年度（2021年度）］庁内ネットワークの更改を予定しているため。');
    expect(answer.answer).toContain('後の報告の記載：［架空庁・令和4年度（2022年度）］【拡充】庁内手続の押印を原則廃止し、電子決裁に移行した。');
    expect(answer.confidence).toBeLessThan(0.8);
    expect(answer.sources.map((s) => s.fiscalYear)).toEqual([2021, 2022]);
  });
  it('when statements of a tag are asked by quoted examples (「…」や「…」のように), lists those printing any of the examples', () => {
    // 【新規】 of 令和4年度: 架空庁 …年2回のキャリア面談…; 模擬省 …四半期ごとに集計した.
    const answer = ask('令和4年度に新規で始めたことのうち、「四半期ごと」や「年2回」のように決まった間隔でやるものはある？');

    expect(answer.answer).toContain('年2回のキャリア面談');
    expect(answer.answer).toContain('四半期ごとに集計した');
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['架空庁', '模擬省']));
  });
  it('when a count is asked to have moved every year (毎年減っている) over three years, names the ministries whose count moved so each year', () => {
    // 実施未定 令和2・3・4年度: テスト省 2 → 1 → 0, 架空省 2 → 1 → 0, 模擬省 3 → 2 → 0 (each year down); 試験庁 2 → 0 → 0 (held a year).
    const answer = ask('実施未定の項目数が令和2年度・令和3年度・令和4年度と毎年減っている府省は');

    expect(firstLine(answer)).toBe('毎年減ったのはテスト省（差 -2件）・架空省（差 -2件）・模擬省（差 -3件）');
    expect(answer.answer).toContain('令和2年度（2020年度）：3件 → 令和3年度（2021年度）：2件 → 令和4年度（2022年度）：0件（差 -3件、毎年減少）');
    expect(answer.answer).not.toContain('試験庁');
  });
  it('when the rows left 実施未定 are held against a tag’s count over several years (…を上回っている), names each report where they do', () => {
    // 令和2年度 模擬省: 【新規】1件, 実施未定3件; every other report has at least as many 【新規】 as 実施未定 (none of either: 0 and 0).
    const answer = ask('令和2〜4年度の報告で、実施未定の項目数が【新規】の件数を上回っているのはどこの何年度？');

    expect(firstLine(answer)).toBe('実施未定の項目数が【新規】の件数を上回っているのは模擬省の令和2年度（2020年度）');
    expect(answer.answer).toContain('【新規】1件・実施未定3件');
    expect(answer.sources.every((s) => s.ministry === '模擬省' && s.fiscalYear === 2020)).toBe(true);
  });
  it('when a target is asked to have been raised or changed between reports (目標を引き上げた), names the target rows whose value moved, with both reports', () => {
    // 試験庁 男性職員の育児休業取得率 13% (令和2年度) → 30% (令和3年度); テスト省 本省課室長相当職 7%程度 (令和3年度) → 10%程度 (令和4年度).
    const raised = ask('目標そのものを途中で上方修正した府省はどこ？');
    const one = ask('テスト省は女性登用の目標を引き上げましたか');

    expect(firstLine(raised)).toBe('目標を引き上げたのは試験庁・テスト省');
    expect(raised.answer).toContain('男性職員の育児休業取得率：目標 13%（令和2年度（2020年度））→ 30%（令和3年度（2021年度））');
    expect(one.answer).toContain('女性の登用目標【本省課室長相当職】：目標 7%程度（令和3年度（2021年度））→ 10%程度（令和4年度（2022年度））');
    expect(one.sources.every((s) => s.ministry === 'テスト省' && s.field === 'metric')).toBe(true);
  });
  it('when target rows are asked for by a field they do not print (目標設定時が空欄), lists them with what they do print', () => {
    // 令和3年度: 模擬省 本省課室長相当職 (目標 5%程度, 現状 2.8%), 試験庁's 男の産休 and 女性の採用 rows print no 目標設定時.
    const answer = ask('令和3年度の報告で、目標設定時の数値が記載されていない目標を教えて');

    expect(firstLine(answer)).toBe(
      '「目標設定時」の記載がない目標は模擬省（女性の登用目標【本省課室長相当職】）・試験庁（男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率）・試験庁（女性の採用目標【全体】）',
    );
    expect(answer.answer).toContain('現状：2.8%（令和3年7月）');
    expect(answer.sources.every((s) => s.fiscalYear === 2021 && s.field === 'metric')).toBe(true);
  });
  it('when arithmetic is asked of a figure (12か月分にすると, ひと月あたり, 1日7時間45分として何日分), gives the figure and then the arithmetic', () => {
    // テスト省 令和3年度: 月平均超過勤務時間 20.1時間; RPA 年間約300時間. 架空庁 令和3年度: 応援要員の延べ人数 120人.
    const year = ask('テスト省の令和3年度の月平均の超勤を年間に換算すると何時間？');
    const days = ask('テスト省が令和3年度にRPAで減らした作業時間は、1日8時間として何日分？');
    const month = ask('架空庁の令和3年度の応援要員の延べ人数を12か月でならすとひと月あたり何人？');
    const cost = ask('テスト省はRPAの導入にいくらかけましたか');

    expect(year.answer).toContain('20.1時間 × 12か月 = 241.2時間/年');
    expect(days.answer).toContain('300時間 ÷ 8時間 = 約37.5日分');
    expect(month.answer).toContain('120人 ÷ 12か月 = 約10.0人/月');
    expect(cost.answer).toBeNull();
  });
  it('when one ministry’s figure is asked averaged over its years (令和2〜4年度で平均すると), gives the mean of its years', () => {
    // 架空省 月平均超過勤務時間: 25.3, 22.0, 19.8時間 → 67.1 / 3 = 22.37.
    const answer = ask('架空省の月平均の超勤を令和2〜4年度で平均すると？');

    expect(firstLine(answer)).toBe('単純平均 22.4時間（3年度：令和2年度 25.3時間・令和3年度 22.0時間・令和4年度 19.8時間）');
  });
  it('when a year is named by a status or tag its report no longer has (実施未定がなくなった年), answers of that year and says which it read', () => {
    // テスト省 実施未定: 令和2年度 2件, 令和3年度 1件, 令和4年度 none; 【拡充】 of 令和4年度: 6件.
    const answer = ask('テスト省で実施未定がなくなった年の【拡充】は何件？');

    expect(firstLine(answer)).toBe('［テスト省・令和4年度（2022年度）］6件（【拡充】の取組）');
    expect(answer.readAs?.fixes).toEqual([{ from: '実施未定がなくなった年の', to: '令和4年度' }]);
  });
  it('when whether something exists is asked (…がありますか), the statement comes with its row’s status; a 配慮 asked is the statement itself', () => {
    // 財務省 令和2年度: 育児中の職員を対象として…相談窓口を設置している (実施).
    const exists = ask('財務省には子育ての悩みを相談できる窓口はありますか');
    const care = ask('テスト省は管理職の研修でどんな配慮をしていますか');

    expect(exists.answer).toContain('相談窓口を設置している。（実施状況：実施）');
    expect(care.answer).not.toBeNull();
  });
  it('when it is asked when a row left 実施未定 may be done (いつ始まる予定), answers with the reason that says so, below the sure band; a past when is not', () => {
    // 架空庁 令和4年度 定例会議…のペーパーレス化: 実施未定, 庁内ネットワークの更改が令和5年度にずれ込んだため.
    const toCome = ask('架空庁の令和4年度の報告で、定例会議のペーパーレス化はいつ始まる予定？');
    const past = ask('架空省がフレックスタイム制の説明会を開いたのは何月？');

    expect(toCome.answer).toContain('庁内ネットワークの更改が令和5年度にずれ込んだため。');
    expect(toCome.confidence).toBeLessThan(0.8);
    expect(past.answer ?? '').not.toContain('実施未定の理由');
  });
});
