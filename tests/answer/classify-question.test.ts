import { classifyKind, classifyQuestion, counterOf, metricFieldOf, subjectOf } from '../../src/answer/classify-question';

describe('classifyQuestion', () => {
  it('reads a target set as something done, which statements say, with words between (課ごとに): no target figure asked', () => {
    expect(classifyQuestion('年休の取得目標を課ごとに決めていますか').kind).not.toBe('metric');
    expect(classifyQuestion('年休の取得目標を決めていますか').kind).not.toBe('metric');
    expect(classifyQuestion('女性の採用目標の現状は何%ですか').kind).toBe('metric');
  });

  it.each([
    ['『男の産休』取得率の目標設定時の値は？', 'metric'],
    ['男性職員の育児休業取得率は何%？', 'metric'],
    ['女性の採用目標の現状は？', 'metric'],
    ['地方機関課長・本省課長補佐相当職の女性登用目標は達成した？', 'met'],
    ['係長相当職の登用目標は達成できているか', 'met'],
    ['育児等を理由に国家公務員を中途退職した女性の中途採用の実施状況は？', 'status'],
    ['ペーパーレス化は実施されている？', 'status'],
    ['財務省本庁舎内保育所はいつ開設された？', 'when'],
    ['税関の選考採用試験で女性を何名中途採用した？', 'count'],
    ['休暇取得日数が何日に満たない職員に取得を促している？', 'count'],
    ['超過勤務の縮減のためにどのような取組をした？', 'what'],
    ['テレワークについて何を実施した？', 'what'],
    ['メンター制度について', 'what'],
    ['WLB定員はどう活用している？', 'what'],
    ['目標を達成しているかどうか', 'met'],
    ['女性の採用目標は何%？', 'metric'],
    // A target met asked as 満たしていましたか, quoted by its figure.
    ['女性の採用で「35%以上」という目標を満たしていましたか', 'met'],
    ['こんにちは', 'unknown'],
    // A change asked as a difference: 何ポイント高い.
    ['男性の育休取得率は、2022年度は2020年度と比べて何ポイント高い？', 'change'],
    // A change asked as 前年度比, 何時間減りました (連用形), …より何日多い, 変った (送り仮名 left out).
    ['男性の育休取得率、前年度比で何ポイント伸びた？', 'change'],
    ['超勤（月平均）は令和2年度から令和4年度までで何時間減りましたか', 'change'],
    ['年休の平均取得日数、令和4年度は令和2年度より何日多い？', 'change'],
    // Whether a figure went down or up, asked yes-or-no, is a change between the reports too.
    ['テスト省の超勤は減った？', 'change'],
    ['男性の育休取得率は上がっていますか', 'change'],
    ['男性の育休取得率は上がった？', 'change'],
    ['テスト省の「男の産休」取得率、令和3年度と令和4年度の報告で数字は変わっていますか', 'change'],
    ['試験庁の男の産休取得率、令和2年度→令和3年度で何ポイントアップした？', 'change'],
    // A status asked by its value; a list asked by where the tag stands.
    ['省内全体での超過勤務の事前確認の徹底は「実施」になっていましたか', 'status'],
    ['テレワ関係で今年度【新規】として報告されている取組をすべて教えてください', 'list'],
    // …but a verb of change inside the subject is not the ask.
    ['超勤が減った職場の取組は？', 'what'],
    // What changed, and what a report no longer prints; an initiative that abolished something is no dropped one.
    ['前年度から何が変わった？', 'change'],
    ['令和4年度にやめた取組は？', 'change'],
    ['押印を廃止した取組は？', 'what'],
    // A count asked first, the rows after it.
    ['何件ありましたか、昨年度の報告で実施未定とされた項目は', 'count'],
    ['実施未定の項目はいくつ残ってる？', 'count'],
    // 「…だった理由」 ends on 理由 without a particle.
    ['令和2年度に実施未定だった理由', 'reason'],
    // A target row's field with いくつ is no count; 「…を使った職員の数」 is one.
    ['男性の育休取得率、目標設定時の値はそれぞれいくつ？', 'metric'],
    ['フレックスタイム制を使った職員の数を教えてください', 'count'],
  ])('when asked %s, classifies it as %s', (question, kind) => {
    expect(classifyQuestion(question).kind).toBe(kind);
  });

  it.each([
    ['架空庁が令和3年度に新規で始めた取組を教えて', ['新規']],
    ['今年度始めた取組は？', ['新規']],
    ['新しく始めた施策は？', ['新規']],
    ['新たに始めた、または拡充した取組は？', ['新規', '拡充']],
    ['フレックスタイム制の拡充で新規に始めた取組は？', ['新規']],
    // The tag quoted as the report marks it, then とした.
    ['今年度「拡充」とした取組を教えて', ['拡充']],
  ])('when asked for the initiatives of a tag (%s), lists those of %p', (question, tags) => {
    expect(classifyQuestion(question)).toMatchObject({ kind: 'list', tags, status: null });
  });

  it.each([
    ['実施未定とされた項目は何件？', 'count'],
    ['実施未定となっている取組はいくつ？', 'count'],
    ['実施未定の項目を教えて', 'list'],
    ['「実施未定」になっている項目はいくつ？', 'count'],
    ['の報告で「実施未定」になっている項目はいくつ？', 'count'],
    ['実施未定のまま残っている項目って何件ある？', 'count'],
    // 「…の数を一覧にして」: a count per report, though 一覧 asks for a list.
    ['「実施未定」とした項目の数を、全府省について一覧にしてください', 'count'],
  ])('when asked for the rows of a status (%s), enumerates them as a %s', (question, kind) => {
    expect(classifyQuestion(question)).toMatchObject({ kind, tags: [], status: '実施未定', subject: '' });
  });

  it('when asked per ministry (府省別に, 各府省で, それぞれ), keeps those words out of the subject', () => {
    expect(classifyQuestion('拡充された取組を府省別に教えて').subject).toBe('');
    expect(classifyQuestion('拡充した取組は府省ごとに何件？').subject).toBe('');
    expect(classifyQuestion('年次休暇の平均取得日数を各府省でそれぞれ教えて').subject).toBe('年次休暇の平均取得日数');
  });

  it.each([
    ['セミナーの参加者数は？', '名'],
    ['RPAでどれだけ作業時間を減らした？', '時間'],
    ['RPAで減らした作業時間は？', '時間'],
    ['研修の実施回数は？', '回'],
    ['職員一人当たりの月平均超過勤務時間は各府省でどうだった？', '時間'],
    ['押印を廃止した手続の数は？', null],
  ])('when a question asks an amount without 何 (%s), asks for a count in %p', (question, counter) => {
    expect(classifyQuestion(question)).toMatchObject({ kind: 'count', counter });
  });

  it('when an amount is asked of a rate, asks for the metric, not a count', () => {
    expect(classifyQuestion('eラーニングの受講率はどれくらい？').kind).toBe('metric');
  });

  it('when a metric question names 目標設定時, asks for the baseline (not the target it contains)', () => {
    expect(classifyQuestion('『男の産休』取得率の目標設定時の値は？')).toMatchObject({
      kind: 'metric',
      metricField: 'baseline',
    });
  });

  it('when the tag is written as the reports print it (【新規】) and the count is of what the report lists, reads the tag', () => {
    const shape = classifyQuestion('財務の令和2年度の報告には【新規】の取組が何件載っていますか');

    expect(shape).toMatchObject({ kind: 'count', counter: '件', tags: ['新規'] });
    expect(shape.subject).toBe('財務の令和2年度');
  });

  it('when asked which ministry left an item 実施未定 and why (理由も), asks for the reason of that item', () => {
    expect(classifyQuestion('2020年度に「超過勤務の縮減の徹底」そのものを実施未定にしていたのはどの府省？理由も教えて')).toMatchObject({
      kind: 'reason',
      subject: '2020年度に 超過勤務の縮減の徹底',
    });
  });

  it.each([
    ['2022年度に新しく始まった取組を、全府省分まとめて知りたい', 'list', ['新規']],
    ['架空庁が今年度、新規または拡充として挙げている取組を全部知りたい', 'list', ['新規', '拡充']],
    ['架空省が2020年度に新しく手がけた取組は全部で何件ですか', 'count', ['新規']],
    ['試験庁で今年度新たに始まった取組は何件ありますか', 'count', ['新規']],
  ])('when a tag is asked in other words (%s), lists or counts the initiatives of that tag', (question, kind, tags) => {
    const shape = classifyQuestion(question);

    expect(shape).toMatchObject({ kind, tags });
    expect(shape.subject).not.toMatch(/始ま|手がけ|または|挙げて|全府省|あり/);
  });

  it.each([
    ['試験庁、男性職員の育休取得率はもう目標の30%に達していますか', 'met', '試験庁、男性職員の育休取得率'],
    ['試験庁は2021年度、定例会議や打合せのペーパーレス化をやったの？', 'status', '試験庁は2021年度、定例会議や打合せのペーパーレス化'],
    [
      '架空省の昨年度の報告では、フレックスタイム制の周知と利用意向の確認はどういう状況でしたか',
      'status',
      '架空省の昨年度 、フレックスタイム制の周知と利用意向の確認',
    ],
  ])('when asked in plain speech (%s), reads the kind and keeps the phrasing out of the subject', (question, kind, subject) => {
    expect(classifyQuestion(question)).toMatchObject({ kind, subject });
  });

  it('when a rate is asked with the word for a count (受講率はいくつ), asks for the rate; 関連の links, it names nothing', () => {
    expect(classifyQuestion('試験庁のワークライフバランス関連のeラーニング、受講率はいくつ？')).toMatchObject({
      kind: 'metric',
      subject: '試験庁のワークライフバランス eラーニング、受講率',
    });
  });

  it('when an amount is asked with a note in brackets and a layout (府省ごとに並べて), asks for the amount', () => {
    expect(classifyQuestion('令和3年度の残業時間（職員1人・月平均）を府省ごとに並べてください')).toMatchObject({ kind: 'count', counter: '時間' });
  });

  it('when the reasons of a year are asked per ministry (とその理由を、府省ごとに整理して), keeps the layout out of the subject', () => {
    expect(classifyQuestion('2021年度に実施未定とされた取組とその理由を、府省ごとに整理して')).toMatchObject({ kind: 'reason' });
    expect(classifyQuestion('2021年度に実施未定とされた取組とその理由を、府省ごとに整理して').subject).not.toMatch(/整理|理由|とされた/);
  });

  it('when a question ends in 何ですか, leaves 何 out of the subject', () => {
    expect(classifyQuestion('模擬省が昨年度新たに始めた取組は何ですか').subject).toBe('模擬省が昨年度');
  });

  it('when asked yes or no whether something was done (実施済みでしたか, 行いましたか), asks for the status', () => {
    expect(classifyKind('架空庁の昨年度の報告で、定例会議のペーパーレス化は実施済みでしたか')).toBe('status');
    expect(classifyKind('試験庁は今年度、女性職員のキャリア形成のための面談を行いましたか')).toBe('status');
    expect(classifyKind('試験庁は今年度、面談で何を行いましたか')).toBe('what');
  });

  it('when two years are compared with 何日増えた, asks for a change, not a count', () => {
    expect(classifyKind('架空省の職員の年休取得日数（平均）は、2020年度と2022年度を比べて何日増えた？')).toBe('change');
    expect(classifyKind('架空省の令和4年度の年休取得日数は何日？')).toBe('count');
  });

  it('when a question is not about a metric, gives no metric field', () => {
    expect(classifyQuestion('保育所はいつ開設した？').metricField).toBeNull();
  });
});

describe('classifyQuestion, for the results of an initiative (column D)', () => {
  it.each([
    ['メンター制度の成果は？', 'メンター制度'],
    ['テレワークでどんな効果があった？', 'テレワーク'],
    ['超過勤務縮減の結果はどうだった？', '超過勤務縮減'],
  ])('when asked %s, asks for results about %p', (question, subject) => {
    const shape = classifyQuestion(question);

    expect(shape.asksResults).toBe(true);
    expect(shape.subject).toBe(subject);
  });

  it.each(['メンター制度の利用者は何名？', '成果欄（D）に出てくる数値を全部挙げてください', 'テレワークでどんな工夫をした？'])(
    'when asked %s, does not ask for a row’s results as text',
    (question) => {
      expect(classifyQuestion(question).asksResults).toBe(false);
    },
  );
});

describe('metricFieldOf', () => {
  it.each([
    ['目標設定時の値は', 'baseline'],
    ['現状は', 'current'],
    ['現在の値は', 'current'],
    ['目標は', 'target'],
    ['取得率は何%', null],
  ])('when asked about %s, gives %p', (question, field) => {
    expect(metricFieldOf(question)).toBe(field);
  });
});

describe('counterOf', () => {
  it.each([
    ['何名', '名'],
    ['何人', '名'],
    ['何日', '日'],
    ['何か月', 'か月'],
    ['何ヶ月', 'か月'],
    ['何時間', '時間'],
    ['いくつ', null],
    // Either of two counts answers: neither counter is required.
    ['利用者数や組数は？', null],
  ])('when asked %s, expects the counter %p', (question, counter) => {
    expect(counterOf(question)).toBe(counter);
  });
});

describe('subjectOf', () => {
  it.each([
    // What the asker has heard is a preamble, not the subject.
    ['メンター制度を始めたとのことですが、利用者は何名？', 'メンター制度を始めた 利用者'],
    // An average is per person: 一人当たり adds nothing a report must print.
    ['職員1人あたり月平均の超勤は？', '月平均の超勤'],
    ['職員一人当たりの月平均超過勤務時間は？', '月平均超過勤務時間'],
    ['1人あたりの研修時間は？', '1人あたりの研修時間'],
    ['『男の産休』取得率の目標設定時の値は？', '男の産休 取得率'],
    ['地方機関課長・本省課長補佐相当職の女性登用目標は達成した？', '地方機関課長・本省課長補佐相当職の女性登用'],
    ['財務省本庁舎内保育所はいつ開設された？', '財務省本庁舎内保育所 開設'],
    ['税関の選考採用試験で女性を何名中途採用した？', '税関の選考採用試験で女性 中途採用'],
    ['メンター制度の実施状況は？', 'メンター制度'],
    ['財務省の女性職員の採用比率は？', '財務省の女性職員の採用'],
    ['女性用トイレについてどんな取組をした？', '女性用トイレ'],
  ])('when asked %s, keeps %s', (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });
});

describe('subjectOf, for a change asked politely', () => {
  it.each(['変わりましたか', '上がりましたか', '減りましたか', '増えましたか', '改善しましたか'])(
    'when a change ends in %s, leaves the verb out of the subject',
    (ending) => {
      expect(subjectOf(`女性の採用割合はどう${ending}`)).toBe('女性の採用');
    },
  );

  it("when asked for the figure at the time the target was set, in the asker's words, asks for the baseline", () => {
    expect(classifyQuestion('本省課室長級の女性登用目標を立てた時点の割合は？')).toMatchObject({ kind: 'metric', metricField: 'baseline' });
  });

  it('when a change is asked as 何ポイント高い, the difference is no part of the subject', () => {
    expect(classifyQuestion('男性の育休取得率は、2022年度は2020年度と比べて何ポイント高い？').subject).not.toMatch(/高/);
  });

  it.each([
    ['女性の採用割合を府省ごとに最新の数字で並べてほしい', '女性の採用'],
    ['拡充した取組の中身を教えてもらえますか', ''],
    ['実施未定になっている2項目について、その理由をそれぞれご教示ください', ''],
  ])('when a request is worded %s, leaves only %p of it as the subject (punctuation aside)', (question, subject) => {
    expect(classifyQuestion(question).subject.replace(/[\s、。?？]/g, '')).toBe(subject);
  });

  it('when asked whether something could be done (ちゃんと実施できたんでしょうか), asks for its status', () => {
    expect(classifyQuestion('フレックス制の周知と利用意向の確認、今年度はちゃんと実施できたんでしょうか')).toMatchObject({
      kind: 'status',
      subject: 'フレックス制の周知と利用意向の確認、今年度',
    });
  });

  it('when a target is quoted by its figure (「35%以上」という目標), the figure is no part of the subject', () => {
    expect(classifyQuestion('女性の採用で「35%以上」という目標を満たしていましたか').subject).not.toMatch(/35|以上/);
  });

  it.each([
    // The subject left once the scaffolding is gone: nothing but what the question is about.
    ['男性の育休取得率が最も高い府省は？', '男性の育休取得率'],
    ['男性の育児休業取得率が一番高いのはどこ？', '男性の育児休業取得率'],
    // As the scope leaves it (the years read): 比率 is scaffolding, 変った a verb with its 送り仮名 left out.
    ['本省課室長級の女性比率、 何ポイント変った？', '本省課室長級の女性'],
    ['模擬省が実施未定にしている理由は？', '模擬省'],
    ['実施未定とした項目の理由を、それぞれご説明ください', ''],
    ['【拡充】と付いた取組の件数を、府省ごとに数えてください', ''],
  ])('when asked %s, reads the subject as 「%s」', (question, subject) => {
    expect(classifyQuestion(question).subject).toBe(subject);
  });

  it.each([
    ['男性の育休取得率が最も高い府省は？', 'highest'],
    ['前年度から一番伸びたのはどこ？', 'highest'],
    ['超過勤務が一番少ないのはどこですか', 'lowest'],
    ['男性の育休取得率は？', null],
  ])('when asked %s, reads the end of the ranking asked as %s', (question, extreme) => {
    expect(classifyQuestion(question).extreme).toBe(extreme);
  });

  it.each([
    ['月平均の超勤が20時間を切っているのはどこですか', { value: 20, unit: '時間', below: true, inclusive: false, said: '20時間を切っている' }],
    ['年休の平均取得日数が15日を超えているのは？', { value: 15, unit: '日', below: false, inclusive: false, said: '15日を超えている' }],
    ['受講率が９０％以上の府省', { value: 90, unit: '%', below: false, inclusive: true, said: '90%以上' }],
    ['年休の平均取得日数は？', null],
    // 「だけ」 said of what is counted asks for exactly that many; said of the answer, it only limits it.
    ['【新規】が１件だけの報告はどれですか', { value: 1, unit: '件', below: false, inclusive: true, exact: true, said: '1件だけ' }],
    ['【拡充】が2件だけなのはどこ？', { value: 2, unit: '件', below: false, inclusive: true, exact: true, said: '2件だけ' }],
    ['【新規】の取組を1件だけ挙げてください', null],
  ])('when asked %s, reads the number the figures are held against as %j', (question, threshold) => {
    expect(classifyQuestion(question).threshold).toEqual(threshold);
  });
});

describe('counterOf for units of an organisation', () => {
  it.each([
    ['議事録作成支援ソフトは何部署で試行しましたか', '部署'],
    ['ツールの試行には、いくつの部署が参加しましたか', '部署'],
    ['広報誌は何部発行しましたか', '部'],
  ])('reads %s as counted in %p', (question, counter) => {
    expect(counterOf(question)).toBe(counter);
  });
});

describe('a target set, said as something done', () => {
  it('when the question asks whether a target was set (目標を決める・定めた), reads no metric; asked for the target itself, a metric', () => {
    expect(classifyKind('架空省は課ごとに年休の取得目標を定めた取組をしていますか')).not.toBe('metric');
    expect(classifyKind('テスト省は休暇の取得目標を決めるなどの取組をしましたか')).not.toBe('metric');
    expect(classifyKind('テスト省の男性の育児休業取得の目標は？')).toBe('metric');
  });
});

describe('rows of a status followed over years, in the words people ask it', () => {
  it('when asked whether the 実施未定 rows a year held were cleared by a later year (片付けた, 両年度の件数), counts them with no subject', () => {
    // As read() passes it: the ministry and the years taken out by the scope, the whole question beside.
    const whole = '架空省は令和2年度に抱えていた実施未定を令和4年度までにすべて片付けたと言えますか。両年度の件数で';
    const shape = classifyQuestion('抱えていた実施未定を すべて片付けたと言えますか。両年度の件数で', whole);

    expect(shape).toMatchObject({ kind: 'count', status: '実施未定', subject: '' });
  });

  it('when asked which row left 実施未定 (実施未定にしていた) became 実施 first, with the reason, reads the change and no subject', () => {
    const whole = '試験庁が令和2年度に実施未定にしていた項目のうち、令和3年度に先に実施に変わったのはどちらですか。見送っていたときの理由もあわせて';
    const shape = classifyQuestion('実施未定にしていた項目のうち、 先に実施に変わったのはどちらですか。見送っていたときの理由もあわせて', whole);

    expect(shape).toMatchObject({ kind: 'change', statusChangedTo: '実施', subject: '' });
  });
});

describe('why a row got done', () => {
  it('when asked what was resolved for a row to be done (何が解決したから), reads a reason', () => {
    expect(classifyKind('試験庁がペーパーレス化を実施できるようになったのは、何が解消されたからですか')).toBe('reason');
  });
});
