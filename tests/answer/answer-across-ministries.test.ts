import { answerQuestion } from '../../src/answer/answer-question';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('answerQuestion over the sixteen reports (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('when a reason is asked of an item itself (そのもの), answers from the row of that item, not from the rows under it', () => {
    const answer = answerQuestion(opened.engine, '2020年度に「超過勤務の縮減の徹底」そのものを実施未定にしていたのはどの府省？理由も教えて');

    // 模擬省 left the item itself 実施未定; 架空省 and 試験庁 only rows under it (…超過勤務の事前確認…).
    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('模擬省');
    expect(answer.answer).toContain('業務量の把握を先に行うため');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['模擬省:2020']);
  });

  it('when asked 何割, answers with the percentage the report prints', () => {
    const answer = answerQuestion(opened.engine, 'テスト省では職員の何割がeラーニングを受講しましたか');

    expect(answer.answer).toContain('98.0%');
  });

  it('when it abstains, names every ministry whose reports hold the figure, also those matching the words less well', () => {
    const answer = answerQuestion(opened.engine, '試験庁の職員一人あたりの超過勤務は月平均何時間？');

    expect(answer.answer).toBeNull();
    expect(answer.note).toContain('テスト省の令和');
    expect(answer.note).toContain('架空省の令和');
  });

  it('when asked which ministry is highest, orders every ministry by its figure and names the highest first', () => {
    const answer = answerQuestion(opened.engine, '男性の育休取得率が最も高い府省は？');

    expect(answer.kind).toBe('metric');
    const [lead] = (answer.answer ?? '').split('\n');
    // 財務省's 現状 is 43.6% (令和元年度); the five others print theirs for 令和3年度, the highest 34.2%.
    expect(lead).toBe('最も高いのは財務省（43.6%（令和元年度））。時点の異なる値を含みます');
    // The page shows the table, not the answer's text: the first line travels as its own field too.
    expect(answer.lead).toBe(lead);
    expect(answer.table?.map((row) => row.ministry)).toEqual(['財務省', 'テスト省', '架空省', '試験庁', '架空庁', '模擬省']);
  });

  it('when asked which ministry is lowest, puts the lowest first, in the words of the question', () => {
    const answer = answerQuestion(opened.engine, '男性の育児休業取得率が一番低いのはどこ？');

    expect(answer.answer?.split('\n')[0]).toMatch(/^一番低いのは模擬省（18\.0%（令和3年度））/);
    expect(answer.table?.[0]?.ministry).toBe('模擬省');
  });

  it('when a superlative is asked of figures that do not compare (several counts in one report), names no winner', () => {
    const answer = answerQuestion(opened.engine, '年休の取得日数が一番多い省庁は');

    expect(answer.answer).not.toBeNull();
    expect(answer.answer).not.toMatch(/^一番多いのは/);
  });

  it('when a reason is asked without naming a row, gives every row the ministry left 実施未定, with its reason and years', () => {
    const answer = answerQuestion(opened.engine, '模擬省が実施未定にしている理由は？');

    // 模擬省 R4 has no 実施未定 row: its R2 and R3 reports are read instead, and each row is said once with its years.
    expect(answer.kind).toBe('reason');
    expect(answer.answer).toBe(
      '［模擬省］超過勤務の縮減の徹底：業務量の把握を先に行うため。（令和2年度）\nセミナーによる意識啓発・周知：講師の確保が難しいため。（令和2年度・令和3年度）',
    );
    expect(new Set(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`))).toEqual(new Set(['模擬省:2020', '模擬省:2021']));
  });

  it('reads 「…だった理由」 as a reason question, answered from the year named only', () => {
    const answer = answerQuestion(opened.engine, '模擬省の令和2年度に実施未定だった理由');

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('業務量の把握を先に行うため');
    expect(answer.answer).toContain('講師の確保が難しいため');
    expect(answer.sources.every((s) => s.ministry === '模擬省' && s.fiscalYear === 2020)).toBe(true);
  });

  it('when the year named has no report of the ministry, says the report is not loaded (not that it lacks the figure)', () => {
    const answer = answerQuestion(opened.engine, '財務省の令和3年度の男性の育休取得率');

    expect(answer.answer).toBeNull();
    expect(answer.note).toMatch(/^財務省の令和3年度（2021年度）の報告は読み込まれていません（財務省の令和2年度（2020年度）、/);
  });

  it('when asked which ministries do something, answers for each that does, not only for the one matching best', () => {
    const answer = answerQuestion(opened.engine, 'テレワークを導入している府省はどこ？');

    const ministries = answer.table?.map((row) => row.ministry) ?? [];
    expect(ministries.length).toBeGreaterThanOrEqual(3);
    expect(ministries).toEqual(expect.arrayContaining(['テスト省', '財務省', '試験庁']));
    for (const row of answer.table ?? []) expect(row.value).toContain('テレワーク');
  });

  it('reads 「どの省庁」 as asking for every ministry, whatever the kind of answer', () => {
    const answer = answerQuestion(opened.engine, 'メンター制度を実施しているのはどの省庁？');

    expect(answer.kind).toBe('status');
    expect(answer.table?.map((row) => row.ministry)).toEqual(expect.arrayContaining(['テスト省', '架空省', '架空庁', '財務省']));
  });

  it('when a status question names 実施未定, answers from the row left 実施未定 rather than a sibling row that was done', () => {
    const answer = answerQuestion(opened.engine, '架空庁のペーパーレス化は実施未定？');

    // 架空庁 R4: ア 審議会や幹部会議での原則ペーパーレス化 実施; イ 定例会議…についてもペーパーレス化 実施未定.
    expect(answer.answer).toContain('実施未定（理由：庁内ネットワークの更改が令和5年度にずれ込んだため。）');
    expect(answer.answer).toContain('定例会議や幹部への説明、省内の打合せ等についてもペーパーレス化');
  });

  it('when asked いつから and no date is printed, answers with the report year the initiative first appears in as 【新規】', () => {
    const answer = answerQuestion(opened.engine, '試験庁はいつから電子申請を始めた？');

    // 試験庁 R2 left the row 実施未定; R3 prints 【新規】超過勤務の事前確認を電子申請で行うようにした。, R4 【継続】.
    expect(answer.kind).toBe('when');
    expect(answer.answer).toContain(
      '令和3年度（2021年度）から（この年度の報告に【新規】として記載：超過勤務の事前確認を電子申請で行うようにした。）',
    );
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['試験庁:2021']);
  });

  it('when the initiative is already 【継続】 in the earliest report loaded, says it began that year or before', () => {
    const answer = answerQuestion(opened.engine, '架空省はいつから会議資料を電子メールで配っている？');

    expect(answer.answer).toContain('令和2年度（2020年度）またはそれ以前から');
  });

  it('does not take a synonym-only match (カイゼン活動 for any 業務改善 statement) as the first report of what was asked', () => {
    expect(answerQuestion(opened.engine, 'テスト省はいつからカイゼン活動をしている？').answer).toBeNull();
  });

  it('when a question names a 目標 no target row holds and asks what it is, answers from the statement that sets it', () => {
    const answer = answerQuestion(opened.engine, '模擬省の年次休暇の取得目標はどんな内容？');

    expect(answer.kind).toBe('what');
    expect(answer.answer).toContain('年次休暇の取得目標を課ごとに定めた。');
  });

  it('still answers a target a row holds from that row, when asked what it is', () => {
    const answer = answerQuestion(opened.engine, '財務省の男性育休の目標の内容は');

    expect(answer.kind).toBe('metric');
    expect(answer.answer).toContain('目標：13%（令和2年）');
  });

  it('when asked what changed from the year before, lists what the later report started, expanded and no longer prints', () => {
    const answer = answerQuestion(opened.engine, '架空庁は前年度から何が変わった？');
    const lines = (answer.answer ?? '').split('\n');

    expect(answer.kind).toBe('change');
    expect(lines[0]).toBe('［架空庁］令和3年度（2021年度）→令和4年度（2022年度）：新規1件、拡充1件、記載がなくなった取組1件、数値目標の変化2件');
    expect(lines).toContain('［新規］上司が部下職員と年2回のキャリア面談を行う仕組みを設けた。');
    expect(lines).toContain('［記載がなくなった取組］人事担当者が女性職員とキャリア形成に関する面談を行った。');
    expect(answer.answer).toContain('男性職員の育児休業取得率の現状：20.0%（令和2年度）→26.7%（令和3年度）');
  });

  it('when asked which initiatives a report dropped, lists only those the previous report printed and it does not', () => {
    const answer = answerQuestion(opened.engine, 'テスト省が令和4年度にやめた取組は？');

    expect(answer.answer).toMatch(/^［テスト省］令和3年度（2021年度）→令和4年度（2022年度）：記載がなくなった取組2件\n/);
    expect(answer.answer).toContain('定例の報告資料を廃止し、共有フォルダでの閲覧に切り替えた。');
    expect(answer.answer).not.toContain('［新規］');
  });

  it('does not read an initiative that abolished something (押印を廃止した取組) as a dropped initiative', () => {
    const answer = answerQuestion(opened.engine, '架空庁で押印を廃止した取組は？');

    expect(answer.kind).not.toBe('change');
  });

  it('when asked which ministry a figure rose most in, orders the ministries by the change between their last two reports', () => {
    const answer = answerQuestion(opened.engine, '男性の育休取得率が前年度から一番伸びたのはどこ？');

    // 試験庁 15.2% → 28.0%, 模擬省 8.0% → 18.0%, テスト省 25.5% → 34.2%: 財務省 has one report and no change.
    expect(answer.kind).toBe('change');
    expect(answer.lead).toBe('一番伸びたのは試験庁（差 +12.8ポイント）');
    expect(answer.table?.slice(0, 3).map((row) => row.ministry)).toEqual(['試験庁', '模擬省', 'テスト省']);
    expect(answer.table?.map((row) => row.ministry)).not.toContain('財務省');
  });

  it('does not answer a figure asked for a part (…のうち、給与関係業務の分) from a sentence giving the whole', () => {
    // テスト省 R4 names 給与関係業務 in its statement and gives 年間約520時間 for all of its RPA in the results.
    expect(answerQuestion(opened.engine, 'テスト省がRPAで減らした作業時間は？').answer).toContain('520時間');
    expect(answerQuestion(opened.engine, 'テスト省がRPAで減らした作業時間のうち、給与関係業務の分は何時間ですか').answer).toBeNull();
  });

  it('when two figures of one report are asked at once, answers each on its own line', () => {
    const answer = answerQuestion(opened.engine, '架空省の今年度の年休の平均取得日数と、フレックスタイム制の利用者数を教えてほしい');

    expect(answer.answer).toBe(
      '［架空省・令和4年度（2022年度）］年休の平均取得日数：14.5日（年次休暇の平均取得日数は14.5日であった）\n' +
        'フレックスタイム制の利用者数：45名（フレックスタイム制の利用者は45名であった）',
    );
    expect(answer.sources.every((s) => s.ministry === '架空省' && s.fiscalYear === 2022)).toBe(true);
  });

  it('holds each of two figures to its own words: 女性の採用 beside 男性の育休取得率 does not hide the 育休 row', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の男性職員の育休取得率と女性の採用割合は？');

    expect(answer.answer).toContain('男性職員の育休取得率：目標：30%（令和7年）、現状：34.2%（令和3年度）');
    expect(answer.answer).toContain('女性の採用：目標：35%以上（毎年度）、現状：37.5%（令和4年4月1日）');
  });

  it('when only one of two figures is printed, gives it and says the other is not, less surely', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の令和4年度の年休の平均取得日数と、テレワークの実施率は？');

    expect(answer.answer).toContain('年休の平均取得日数：15.8日');
    expect(answer.answer).toContain('テレワークの実施率：記載がありません');
    expect(answer.confidence).toBeLessThan(0.8);
  });

  it('answers a rate only from a sentence naming what it measures, and says which year alone prints it', () => {
    // テスト省 prints its e-learning 受講率 (98.0%) in 令和4年度 only; 令和3年度's results give the 「読んだ」 share (78%).
    expect(answerQuestion(opened.engine, 'テスト省の令和3年度のeラーニングの受講率は？').answer).toBeNull();
    const change = answerQuestion(opened.engine, 'テスト省のeラーニングの受講率は前年度から何ポイント上がった？');

    expect(change.answer).toBeNull();
    expect(change.note).toBe(
      'テスト省の令和3年度（2021年度）の報告には記載がありません（テスト省の令和4年度（2022年度）の報告にのみ記載があります）',
    );
    expect(change.heldBy?.map((r) => `${r.ministry}:${r.fiscalYear}`)).toEqual(['テスト省:2022']);
  });

  it('when asked which ministries are above a number, names those whose figure is, among those whose figure was found', () => {
    // 年次休暇の平均取得日数 (令和4年度): テスト省 15.8日, 架空省 14.5日, 架空庁 13.6日; the others print none.
    const answer = answerQuestion(opened.engine, '年休の平均取得日数が15日を超えているのはどこ？');

    expect(answer.lead).toBe('15日を超えているのは（数値が見つかった府省のうち）テスト省（15.8日）');
    expect(answer.table?.map((row) => row.ministry)).toEqual(['テスト省']);
    // Some ministries gave no figure: the verdict is below the sure band.
    expect(answer.confidence).toBeLessThan(0.8);
  });

  it('when no ministry is on the side asked, says so rather than listing none', () => {
    const answer = answerQuestion(opened.engine, '年休の平均取得日数が20日以上の府省は？');

    expect(answer.lead ?? answer.answer).toMatch(/20日以上の府省はありません/);
  });

  it('when asked why a row is left 実施未定 and the latest report has done it, says so before the earlier reason', () => {
    // 模擬省: 超過勤務の縮減の徹底 実施未定 in 令和2年度 (業務量の把握を先に行うため。), 実施 in 令和3年度 and 令和4年度.
    const answer = answerQuestion(opened.engine, '模擬省が超過勤務の縮減の徹底を実施未定にしているのはなぜですか');

    expect(answer.answer).toBe(
      '［模擬省］令和4年度（2022年度）の報告では実施（令和2年度（2020年度）は実施未定、理由：業務量の把握を先に行うため。）（超過勤務の縮減の徹底）',
    );
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}:${s.field}`)).toEqual(['模擬省:2020:reason', '模擬省:2022:status']);
  });

  it('when asked for every figure of the results column of a report, lists each results text with a figure, by item', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の令和2年度の成果欄に出てくる数値を全部教えて');

    expect(answer.kind).toBe('list');
    for (const figure of ['延べ40名', '22.5時間', '14.2日', '12組']) expect(answer.answer).toContain(figure);
    expect(answer.sources.every((s) => s.ministry === 'テスト省' && s.fiscalYear === 2020 && s.field === 'results')).toBe(true);
  });

  it('when asked for the results of an initiative naming no ministry, answers from each ministry’s results column', () => {
    const answer = answerQuestion(opened.engine, '令和2年度のメンター制度の成果は？');

    // テスト省 and 架空庁 print results for the row (12組, 15名); 架空省 and 財務省 only statements, so they are left out.
    expect(answer.answer).toContain('12組');
    expect(answer.answer).toContain('15名');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}:${s.field}`).sort()).toEqual(['テスト省:2020:results', '架空庁:2020:results']);
  });

  it('when asked for results a row does not print, says so and gives what was done', () => {
    const answer = answerQuestion(opened.engine, 'テスト省のテレワークの成果は？');

    expect(answer.answer).toContain('成果欄（D）に記載はありません。取組の内容：');
    expect(answer.answer).toContain('モバイル端末を500台配備');
    expect(answer.sources.every((s) => s.field === 'statement')).toBe(true);
  });

  it('when a threshold is asked of a per-person average, counts a report that prints the average without 一人当たり, and leads half-width', () => {
    const answer = answerQuestion(opened.engine, '1人あたりの月平均超過勤務が19時間以上なのはどこ？');

    // 架空省 prints 「月平均超過勤務時間は１９．８時間であった」 (full-width, no 職員一人当たりの); テスト省's 18.7時間 is below.
    expect(answer.lead).toBe('19時間以上なのは（数値が見つかった府省のうち）架空省（19.8時間）');
    expect(answer.sources.map((s) => `${s.ministry}:${s.fiscalYear}`)).toEqual(['架空省:2022']);
  });

  it('when a count is asked of one grade and the report counts every grade only, abstains and points to that count', () => {
    const answer = answerQuestion(opened.engine, 'テスト省のマネジメント研修に参加した課長補佐級職員の人数は？');

    // テスト省 令和4年度 opened the training to 課長補佐級職員 and counts 延べ112名 participants of every grade.
    expect(answer.answer).toBeNull();
    expect(answer.note).toBe('テスト省の報告には記載がありません。職位を限らない数の記載はあります：112名（研修の受講者は延べ112名であった）');
  });

  it('when two tags are counted each (それぞれ何件ずつ), gives each tag’s count and their sum', () => {
    const answer = answerQuestion(opened.engine, '財務の令和2年度の報告で、【新規】と【拡充】はそれぞれ何件ずつ？');

    // The seed prints 【新規】 18 times and 【拡充】 3 times.
    expect(answer.answer).toContain('【新規】18件・【拡充】3件（計21件）');
  });

  it('when a list quotes an item heading that prints a number (1か月以上), the number guard lets it through', () => {
    const answer = answerQuestion(opened.engine, '財務省が令和2年度に、男性職員の配偶者の出産予定を把握する工夫として新たに始めたことは何ですか');

    expect(answer.kind).toBe('list');
    expect(answer.answer).toContain('出産にかかる書類');
  });

  it('when a threshold is asked of counts of a tag (3件以上), names the ministries at or above it', () => {
    const answer = answerQuestion(opened.engine, '今年度の報告で、新規の取組が3件以上あるのはどこですか。件数も');

    expect(answer.lead).toBe('3件以上なのはテスト省（3件）・架空省（3件）・財務省（18件）・模擬省（3件）');
    expect(answer.sources.every((s) => !['架空庁', '試験庁'].includes(s.ministry))).toBe(true);
  });

  it('when two figures are asked at once, one named by 月平均, answers each on its own line', () => {
    const answer = answerQuestion(opened.engine, '架空省の令和3年度について、超勤の月平均と年休の平均取得日数をまとめて教えてください');

    expect(answer.answer).toContain('超勤の月平均：22.0時間');
    expect(answer.answer).toContain('年休の平均取得日数：13.8日');
  });

  it('when asked which ministries met a target, names only those that did, and those that did not when asked so', () => {
    const met = answerQuestion(opened.engine, '令和2年度の報告で、男性職員の育児休業取得率の目標を達成しているのはどこ？');
    const unmet = answerQuestion(opened.engine, '令和2年度の報告で、男性職員の育児休業取得率の目標を達成していないのはどこ？');

    // 財務省 43.6% against 13%; テスト省 18.4%, 架空省 12.0%, 試験庁 10.0% and 模擬省 5.0% are below theirs.
    expect(met.answer).toMatch(/^目標を達成しているのは財務省\n/);
    expect(met.sources.map((s) => s.ministry)).toEqual(['財務省']);
    expect(unmet.answer).toMatch(/^目標を達成していないのは/);
    expect(unmet.answer).toContain('試験庁');
    expect(unmet.sources.map((s) => s.ministry)).not.toContain('財務省');
  });

  it('when a count of a tag or of 実施未定 rows is asked across two years, counts each report and gives the difference', () => {
    const status = answerQuestion(opened.engine, '模擬省の実施未定、令和2年度から令和3年度で減った？件数で教えて');
    const tag = answerQuestion(opened.engine, 'テスト省の【拡充】は前年度から何件増えた？');

    expect(status.kind).toBe('change');
    expect(status.answer).toContain('令和2年度（2020年度）：3件 → 令和3年度（2021年度）：2件（差 -1件）');
    expect(tag.answer).toContain('【拡充】の取組：令和3年度（2021年度）：2件 → 令和4年度（2022年度）：6件（差 +4件）');
    expect(tag.sources).toHaveLength(8);
  });

  it('when a list of a tag is asked of no ministry, leaves out the ministries whose report has none of it', () => {
    const answer = answerQuestion(opened.engine, '令和4年度に超過勤務の縮減の関係で拡充された取組を教えてください');

    expect(answer.answer).toContain('テスト省');
    expect(answer.answer).not.toContain('0件');
  });

  it('when asked for the month something began, does not answer with the year a report first printed it', () => {
    const month = answerQuestion(opened.engine, 'テスト省が生成AIの文書作成支援ツールの試行を始めたのは何月から？');
    const since = answerQuestion(opened.engine, 'テスト省が生成AIの文書作成支援ツールの試行を始めたのはいつから？');

    expect(month.answer).toBeNull();
    expect(since.answer).toContain('令和4年度（2022年度）から');
  });

  it('reads a question typed as keywords ending in 理由 as a reason question', () => {
    const answer = answerQuestion(opened.engine, 'テスト省 模擬省 令和2年度 実施未定 理由 それぞれ');

    expect(answer.kind).toBe('reason');
    expect(answer.answer).toContain('組織再編を控えており');
    expect(answer.answer).toContain('講師の確保が難しい');
  });

  it('when a change is asked as a ratio (何倍), gives both figures, the difference and the ratio', () => {
    const answer = answerQuestion(opened.engine, 'テスト省のマネジメント研修の延べ受講者、令和4年度は令和2年度の何倍くらいになった？');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toContain('40名 → ');
    expect(answer.answer).toContain('112名（差 +72名、2.8倍）');
  });

  it('when two named ministries are compared (…より多い？), answers both and names the larger first when sure', () => {
    const answer = answerQuestion(opened.engine, '令和4年度のフレックスタイム制の利用者、テスト省は架空省より多い？');

    expect(answer.answer).toMatch(/^多いのはテスト省（47名）\n/);
    expect(answer.answer).toContain('45名');
  });

  it('when asked which ministry has none of a tag (1件もなかった), names the reports with none', () => {
    const answer = answerQuestion(opened.engine, '令和4年度に【拡充】が1件もなかった府省は？');

    expect(answer.answer).toContain('1件もないのは');
    expect(answer.answer).toContain('試験庁（0件）');
    expect(answer.answer).not.toContain('テスト省');
  });

  it('when reasons are picked by their wording (「検討中」と書いている) or described (…という理由で), answers with those reasons only', () => {
    const quoted = answerQuestion(opened.engine, '令和2年度に実施未定とした理由として「検討中」と書いている府省と、その中身は？');
    const described = answerQuestion(opened.engine, '令和2年度に、システムや設備が整うのを待つという理由で実施未定にしていたのはどこ？');

    expect(quoted.kind).toBe('reason');
    expect(quoted.answer).toContain('実施時期を検討中のため');
    expect(quoted.answer).not.toContain('講師の確保が難しい');
    expect(described.answer).toContain('勤怠管理システムの導入後');
    expect(described.answer).toContain('無線LANの整備を待っている');
    expect(described.answer).not.toContain('検討中');
  });

  it('when a count of a tag is asked of three named years (3件ずつなの？), counts each year', () => {
    const answer = answerQuestion(opened.engine, '架空省って、令和2年度・令和3年度・令和4年度と毎年新規の取組が3件ずつなの？');

    expect(answer.kind).toBe('count');
    expect(answer.table?.map((row) => row.fiscalYear)).toEqual([2020, 2021, 2022]);
    expect(answer.table?.[0]?.value).toMatch(/^3件/);
  });

  it('when a what-question asks for a detail no statement prints (どんなルール, なんという製品), abstains rather than quote the statement', () => {
    const rules = answerQuestion(opened.engine, '試験庁が作ったテレワーク時の勤務管理の手引には、どんなルールが書いてある？');
    const done = answerQuestion(opened.engine, '試験庁はテレワーク時の勤務管理についてどんな取組をした？');

    expect(rules.answer).toBeNull();
    expect(done.answer).toContain('テレワーク実施時の勤務管理の手引を作成した');
  });

  it('when a threshold is asked in tenths (8割を超えましたか), holds the percentage printed against it', () => {
    const answer = answerQuestion(opened.engine, 'テスト省で、働き方改革のメッセージを「読んだ」と答えた職員は8割を超えましたか');

    expect(answer.answer).toContain('85%');
  });

  it('when a list of a tag is asked of two named years, year by year (年度ごとに, …年度分と…年度分), lists each year', () => {
    const answer = answerQuestion(opened.engine, '試験庁で令和2年度・令和3年度に新しく始まった取組を年度ごとに教えて');

    expect(answer.table?.map((row) => row.fiscalYear)).toEqual([2020, 2021]);
  });

  it('when asked which ministry is lowest, cites the lowest only, and still lists every ministry compared', () => {
    const answer = answerQuestion(opened.engine, '令和2年度の報告で、新規の取組がいちばん少なかったのはどこ？');

    expect(answer.answer).toMatch(/^いちばん少ないのは模擬省（1件）/);
    expect(new Set(answer.sources.map((s) => s.ministry))).toEqual(new Set(['模擬省']));
    expect(answer.table?.length).toBeGreaterThan(1);
  });

  it('when asked who has a figure the question names (目標を13%にしている), names those whose figure it is', () => {
    const answer = answerQuestion(opened.engine, '令和2年度の報告で、男性育休の目標を13%にしているのはどこ？');

    expect(answer.answer).toMatch(/^13%なのは財務省・試験庁\n/);
    expect(answer.table?.map((row) => row.ministry)).toEqual(['財務省', '試験庁']);
  });

  it('when two tags or two years are compared (どっちが多い, どっちが高い？差は何ポイント？), gives both and the difference', () => {
    const tags = answerQuestion(opened.engine, 'テスト省 令和4年度 新規と拡充 どっちが多い');
    const years = answerQuestion(opened.engine, '試験庁の女性の採用割合（全体）、2020年度と2022年度だとどっちが高い？差は何ポイント？');

    expect(tags.answer).toContain('【新規】3件・【拡充】6件');
    expect(years.kind).toBe('change');
    expect(years.answer).toContain('33.0%');
    expect(years.answer).toContain('34.0%');
    expect(years.answer).toContain('差 +1.0ポイント');
  });

  it('when the 実施未定 rows are asked across two years without a count word, counts each year', () => {
    const answer = answerQuestion(opened.engine, '試験庁の実施未定の項目、令和2年度と令和3年度でどう変わった？');

    expect(answer.answer).toContain('令和2年度（2020年度）：2件 → 令和3年度（2021年度）：0件');
  });

  it('when a reason is quoted as the cause of what was put off (「…」を理由に見送っていた), answers with its row', () => {
    const answer = answerQuestion(opened.engine, '架空省が令和2年度に「勤怠管理システムの導入後」を理由に見送っていた取組はどれ？');

    expect(answer.answer).toContain('省内全体における超過勤務の事前確認実施状況の把握');
  });

  it('when a count is asked in a counter no report prints (何部), abstains rather than quote the statement', () => {
    const answer = answerQuestion(opened.engine, '架空省が管理職員に配った育児の制度のハンドブック、何部刷った？');

    expect(answer.answer).toBeNull();
  });

  it('when one ministry’s years are held against a number (…のうち20時間を下回ったのはどの年度), names the years that are', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の月平均の超勤、令和2年度・令和3年度・令和4年度のうち２０時間を下回ったのはどの年度？');

    expect(answer.answer).toMatch(/^20時間を下回ったのは令和4年度（2022年度）（18\.7時間）\n/);
  });

  it('when the superlative is said with an adverb and a verb (いちばん多く取れていた), ranks the ministries and names the highest', () => {
    const answer = answerQuestion(opened.engine, '令和2年度に年休をいちばん多く取れていたのはどこの府省ですか');

    expect(answer.answer).toMatch(/^いちばん多いのはテスト省（14\.2日）\n/);
  });

  it('when a year is named by one of its figures (応援要員が延べ145人だった年度), answers for that year and says which it read', () => {
    const answer = answerQuestion(opened.engine, '架空庁で応援要員が延べ145人だった年度、年休は平均何日取れていましたか');

    expect(answer.answer).toContain('13.6日');
    expect(answer.sources.map((s) => s.fiscalYear)).toEqual([2022, 2022]);
    // The results that print 145人 are cited beside the figure asked: they say which year was meant.
    expect(answer.sources.some((s) => s.text.normalize('NFKC').includes('145人'))).toBe(true);
    expect(answer.readAs?.fixes).toEqual([{ from: '架空庁で応援要員が延べ145人だった年度', to: '令和4年度' }]);
  });

  it('when asked whether something was done (面談をやっていましたか) and that year names no such thing, abstains and names the years that do', () => {
    const before = answerQuestion(opened.engine, '架空庁は令和2年度、女性職員とのキャリア形成の面談をやっていましたか');
    const after = answerQuestion(opened.engine, '架空庁は令和4年度、女性職員とのキャリア形成の面談をやっていましたか');

    expect(before.answer).toBeNull();
    expect(before.note).toContain('令和4年度');
    expect(after.answer).toContain('キャリア面談');
  });

  it('when asked in which of the years named something first appears (初めて…のどれ), names the earliest year that holds one', () => {
    const answer = answerQuestion(opened.engine, '架空庁が初めて【拡充】の取組を出したのは、令和2年度・令和3年度・令和4年度のどれ？');

    expect(answer.answer).toMatch(/^初めてなのは令和4年度（2022年度）（1件）\n/);
    expect(answer.sources.map((s) => s.fiscalYear)).toEqual([2022]);
  });

  it('when a tag or 実施未定 is counted without naming the initiatives (【新規】…何件ずつ, 拡充って…何件, 実施未定を2件以上), counts them', () => {
    const perYear = answerQuestion(opened.engine, '試験庁の拡充って、令和2年度・令和3年度・令和4年度の3年間で何件あった？');
    const threshold = answerQuestion(opened.engine, '令和2年度に実施未定を2件以上かかえていた府省と、その件数は？');

    expect(perYear.table?.map((row) => row.fiscalYear)).toEqual([2020, 2021, 2022]);
    expect(perYear.table?.[0]?.value).toMatch(/^0件/);
    expect(threshold.answer).toMatch(/^2件以上なのは/);
    expect(threshold.answer).toContain('模擬省（3件）');
  });

  it('when two years of one figure are asked as a difference (令和2年度と令和4年度の差), answers the change', () => {
    const answer = answerQuestion(opened.engine, 'テスト省 係長相当職(本省) 女性の割合 令和2年度と令和4年度の差');

    expect(answer.kind).toBe('change');
    expect(answer.answer).toContain('26.5%');
    expect(answer.answer).toContain('27.9%');
    expect(answer.answer).toContain('差 +1.4ポイント');
  });

  it('when the asker guesses the reason (…からだっけ？, …から実施未定にした、という理解で合っていますか), answers with the report’s reason', () => {
    const guessed = answerQuestion(
      opened.engine,
      '架空省がフレックスの周知を実施未定にしてたのって、勤怠管理システムがまだ無いからだっけ？令和2年度の報告で',
    );
    const checked = answerQuestion(
      opened.engine,
      'テスト省は令和2年度、育児で辞めた女性の中途採用に応募が一人もなかったから実施未定にした、という理解で合っていますか',
    );

    expect(guessed.kind).toBe('reason');
    expect(guessed.answer).toContain('勤務時間の管理方法を検討している');
    expect(checked.kind).toBe('reason');
    expect(checked.answer).toContain('応募者の中に該当する者がいなかった');
  });

  it('when the asker wants a figure checked (…47名だったって資料に書いちゃったんだけど合ってる？), answers with the figure printed', () => {
    const answer = answerQuestion(opened.engine, 'テスト省のフレックス利用者、令和3年度は47名だったって資料に書いちゃったんだけど合ってる？');

    expect(answer.kind).toBe('count');
    expect(answer.answer).toContain('32名');
    expect(answer.answer).not.toContain('47名');
  });

  it('when counts over named years are asked added up (3年分足すと何件), leads with their sum and gives each year', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の【新規】、令和2年度・令和3年度・令和4年度で何件ずつ？3年分足すと何件？');

    expect(answer.answer).toMatch(/^合計12件（令和2年度（2020年度） 4件・令和3年度（2021年度） 5件・令和4年度（2022年度） 3件）\n/);
    expect(answer.table?.map((row) => row.fiscalYear)).toEqual([2020, 2021, 2022]);
  });
  it('when a question asks something of the ministry a rank names, answers it of that ministry and report, rank first', () => {
    const answer = answerQuestion(opened.engine, '令和4年度の報告で男性の育休取得率がいちばん低かった府省は、その報告で【拡充】を何件出していますか');

    const [lead, count] = (answer.answer ?? '').split('\n');
    // 令和4年度: 模擬省 prints the lowest 現状 (18.0%), and its report has one 【拡充】 initiative.
    expect(lead).toBe('いちばん低いのは模擬省（18.0%（令和3年度））');
    expect(count).toMatch(/^［模擬省・令和4年度（2022年度）］1件（【拡充】の取組）/);
    expect(answer.sources.every((source) => source.ministry === '模擬省' && source.fiscalYear === 2022)).toBe(true);
    expect(answer.sources.some((source) => source.text.includes('男性職員の育児休業取得率'))).toBe(true);
    expect(answer.readAs?.question).toBe('模擬省の令和4年度の報告で【拡充】を何件出していますか');
  });
  it('when asked which ministries have the same count every year named, compares each ministry over all of them', () => {
    const answer = answerQuestion(opened.engine, '【拡充】の件数が3年とも同じ府省は？令和2年度・令和3年度・令和4年度で');

    // No ministry's 【拡充】 count is the same in all three years (架空庁 0, 0, 1; 試験庁 0, 1, 0 …); 財務省, with one
    // report, is not compared.
    expect(answer.answer?.split('\n')[0]).toBe('毎年同じ件数の府省はありません');
    expect(answer.table?.some((row) => row.ministry === '財務省')).toBe(false);
    expect(answer.table?.filter((row) => row.ministry === '架空庁').map((row) => row.value.split('（')[0])).toEqual(['0件', '0件', '1件']);
  });
  it('when asked which targets were already reached when set, holds each row baseline against its target', () => {
    const answer = answerQuestion(opened.engine, '目標設定時点で既に目標を上回っていた目標はどれですか');

    // Only 財務省's 女性の採用 rows: 32.1% and 39.3% at 目標設定時 against 30%以上; every other row starts below its target.
    expect(answer.lead).toBe(
      '目標設定時にすでに目標の水準に達していたのは財務省（女性の採用目標【全体】：目標設定時 32.1%、目標 30%以上）・財務省（女性の採用目標【総合職】：目標設定時 39.3%、目標 30%以上）',
    );
    expect(answer.sources.map((source) => source.ministry)).toEqual(['財務省', '財務省']);
  });

  it('when no target of the ministry asked was reached when set, says so over the rows it compared', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の目標で、目標設定時にすでに目標に達していたものは？');

    expect(answer.answer?.split('\n')[0]).toBe('目標設定時にすでに目標の水準に達していた目標はありません');
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.every((source) => source.ministry === 'テスト省' && source.fiscalYear === 2022)).toBe(true);
  });
  it('when asked how each target row of a ministry moved between two years, gives every row with its signed move', () => {
    const answer = answerQuestion(opened.engine, '架空省の目標欄の現状値は、令和2年度→令和3年度でそれぞれ何ポイント動きましたか');

    expect(answer.kind).toBe('change');
    expect(answer.answer?.split('\n')).toEqual([
      '現状の動き（架空省）',
      '架空省：男性職員の育児休業取得率：現状 12.0%（令和2年度（2020年度））→ 22.5%（令和3年度（2021年度））（+10.5ポイント）',
      '架空省：女性の登用目標【本省課室長相当職】：現状 6.2%（令和2年度（2020年度））→ 7.0%（令和3年度（2021年度））（+0.8ポイント）',
    ]);
  });

  it('when asked which targets fell from the year before and none did, says so per ministry of the rows it compared', () => {
    const answer = answerQuestion(opened.engine, '令和2年度と令和3年度の報告を見比べて、前の年度より現状が下がった目標はありますか');

    // Every present printed in both reports rose from 令和2年度 to 令和3年度 (the 女性の採用 rows fell only later).
    expect(answer.lead).toBe('前の年度より現状が下がった目標はありません');
    expect(answer.table?.map((row) => row.value)).toContain('下がった目標なし（比べた目標 3件）');
    expect(answer.sources.every((source) => source.fiscalYear === 2021)).toBe(true);
  });

  it('when asked which targets fell, gives only the rows whose present went down, with both figures', () => {
    const answer = answerQuestion(opened.engine, '令和3年度と令和4年度で、前の年度より現状が下がった目標はどれですか');

    const moves = (answer.answer ?? '').split('\n').slice(1);
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((line) => /：現状 [0-9.]+%（令和3年度（2021年度））→ [0-9.]+%（令和4年度（2022年度））（-[0-9.]+ポイント）$/.test(line))).toBe(
      true,
    );
  });
  it('when asked whose order on a target row swapped between two years, gives each pair with both presents of both years', () => {
    const answer = answerQuestion(opened.engine, '男性の育休取得率で、令和3年度と令和4年度を比べて他の府省を追い抜いたところはありますか');
    const lines = (answer.answer ?? '').split('\n');

    expect(lines[0]).toMatch(/^男性職員の育児休業取得率の現状で順位が入れ替わったのは/);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      const [, a, a1, a2, b, b1, b2] =
        /：(\S+) ([0-9.]+)%（令和3年度（2021年度））→ ([0-9.]+)%（令和4年度（2022年度））、(\S+) ([0-9.]+)%（令和3年度（2021年度））→ ([0-9.]+)%（令和4年度（2022年度））：/.exec(
          line,
        ) ?? [];
      expect({ line, parsed: a !== undefined && b !== undefined }).toEqual({ line, parsed: true });
      // The first was above in 令和3年度 and is below in 令和4年度.
      expect({ line, swapped: Number(a1) > Number(b1) && Number(a2) < Number(b2) }).toEqual({ line, swapped: true });
    }
    expect(answer.sources.every((source) => source.fiscalYear === 2021 || source.fiscalYear === 2022)).toBe(true);
    // 令和2年度 against 令和4年度, the four ministries of both keep their order (18.4 > 12.0 > 10.0 > 5.0; 34.2 > 31.0 > 28.0 > 18.0).
    const none = answerQuestion(opened.engine, '男性の育休取得率で、令和2年度と令和4年度とで順位が入れ替わった府省は？');
    expect(none.answer?.split('\n')[0]).toBe('男性職員の育児休業取得率の現状で順位が入れ替わった府省はありません');
  });

  it('when asked of any report against the one before which rows went from 実施 to 実施未定, follows every pair, not the latest only', () => {
    // 架空庁's ペーパーレス row (7イ) is 実施 in 令和2年度 and 実施未定 in 令和3年度; no row went back between 令和3 and 4年度.
    const answer = answerQuestion(opened.engine, 'ある年度に実施だった項目が、翌年度に実施未定になった例はありますか');

    expect(answer.answer).toContain('［架空庁］令和2年度（2020年度）→令和3年度（2021年度）：実施から実施未定に変わった項目1件');
    expect(answer.answer).toContain('の理由：');
    const latest = answerQuestion(opened.engine, '令和3年度から令和4年度にかけて実施から実施未定に変わった項目は？');
    expect(latest.answer?.split('\n').every((line) => line.endsWith('実施から実施未定に変わった項目はありません'))).toBe(true);
  });

  it('when asked which rows became 実施 and then printed results, gives the row with its results', () => {
    // 架空省's flex-time row: 実施未定 in 令和3年度, 実施 in 令和4年度 with 利用者は45名.
    const answer = answerQuestion(opened.engine, 'ある年度に実施未定だった項目で、翌年度に実施になって成果も書かれたものはありますか');

    expect(answer.answer).toContain('実施未定から実施に変わった項目1件');
    expect(answer.answer).toContain('（成果：フレックスタイム制の利用者は45名であった。）');
    expect(answer.sources.some((source) => source.field === 'results' && source.ministry === '架空省')).toBe(true);
  });

  it('when asked for the extreme over every report of every year, gives that one report, not one figure per ministry', () => {
    // 男性の育休, 令和2〜4年度: 模擬省's 令和2年度 5.0% is the lowest present of the fifteen reports printing it.
    const answer = answerQuestion(opened.engine, '男性の育休取得率を3年分ぜんぶ並べて比べると、いちばん低いのはどの報告？');

    expect(answer.answer?.split('\n')[0]).toBe('15報告のうちいちばん低いのは模擬省の令和2年度（2020年度）の報告（5.0%）');
    expect(answer.sources.map((source) => `${source.ministry}:${source.fiscalYear}`)).toEqual(['模擬省:2020']);
  });

  it('when asked which targets did not move, gives the rows whose present is the same in both reports', () => {
    const answer = answerQuestion(opened.engine, '令和2年度から令和4年度まで見て、前の報告と現状の数値が同じままの目標はありますか');

    const moves = (answer.answer ?? '').split('\n');
    expect(moves[0]).toMatch(/^前の年度から現状が変わらなかった目標があるのは/);
    expect(moves.length).toBeGreaterThan(1);
    for (const line of moves.slice(1)) {
      const [, from, to] = /：現状 ([0-9.]+%)（.*?）→ ([0-9.]+%)（/.exec(line) ?? [];
      expect({ line, same: from !== undefined && from === to }).toEqual({ line, same: true });
    }
  });

  it('when asked how far a target has come from its baseline, computes the share of the way and says it is computed', () => {
    const answer = answerQuestion(opened.engine, 'テスト省の男性の育休取得率は、目標設定時から目標までの道のりの何割まで来ていますか');

    // 令和4年度: 目標設定時 8.0%, 現状 34.2%, 目標 30%: (34.2 − 8.0) / (30 − 8.0) = 119.1%.
    expect(answer.answer?.split('\n')[1]).toBe(
      'テスト省（令和4年度（2022年度））：男性職員の育児休業取得率：目標設定時 8.0% → 現状 34.2%（目標 30%までの119.1%）',
    );
    expect(answer.confidence).toBeLessThan(0.8);
    expect(answer.sources.map((source) => source.field)).toEqual(['metric']);
  });
  it('when asked whose rise sped up over three years, compares each last yearly move with the one before', () => {
    const answer = answerQuestion(opened.engine, '令和2〜4年度で、男性の育休取得率の伸びが加速した府省は？');

    // 架空省 rose by 10.5 then 8.5 points: it slowed, and is not named; the three others rose by more in their last year.
    expect(answer.lead).toBe('最後の年に伸びが加速したのは模擬省・試験庁・テスト省');
    expect(answer.answer).toContain(
      '試験庁：男性職員の育児休業取得率：10.0%（令和2年度） → 15.2%（令和3年度） → 28.0%（令和4年度）（+5.2ポイント、+12.8ポイント）',
    );
    expect(answer.sources.some((source) => source.ministry === '架空省')).toBe(false);
  });
  it('drops a ministry whose statements name only what the question sets aside (事務次官ではなく…)', () => {
    const asked = (question: string) => answerQuestion(opened.engine, question).sources.map((source) => source.ministry);

    // 財務省's message comes from 事務次官等 only; 架空省's from 大臣, 架空庁's from 長官.
    expect(asked('働き方改革のメッセージを出している府省は？最新の報告で')).toContain('財務省');
    expect(asked('働き方改革のメッセージを、事務次官ではなく大臣や長官といったトップが出している府省は？最新の報告で').sort()).toEqual([
      '架空庁',
      '架空省',
    ]);
  });
});
