/**
 * Judged queries over the seed report (財務省 令和2年度), written by reading it. Each relevant statement
 * is named by a text substring unique to it (identical copies of one statement count as one), graded
 * 3 = exactly what was asked, 2 = clearly relevant, 1 = related. Unlisted statements are 0.
 */
export type QueryKind = 'exact' | 'abbreviation' | 'synonym' | 'compound' | 'width' | 'phrase' | 'natural';

export interface Judgment {
  query: string;
  kind: QueryKind;
  relevant: Record<string, 1 | 2 | 3>;
}

const OVERTIME: Record<string, 1 | 2 | 3> = {
  '巡回し、声掛けするなどにより': 3,
  独自の定時退庁日を設定し: 3,
  恒常的に超過勤務が発生している職場: 3,
  '超過勤務の必要な理由、退庁予定時刻を事前確認': 3,
  超過勤務の事前確認実施状況について: 3,
  退庁時間予定カード: 3,
  月平均超過勤務時間等をメールで通知: 3,
  課室単位等でグラフ化: 3,
  集中タイム: 2,
  健康管理医による面接指導: 2,
  管理者による要因分析: 2,
};

const MALE_CHILDCARE_LEAVE: Record<string, 1 | 2 | 3> = {
  男性職員の育児休業及び育児に関する休暇の積極的な取得促進: 3,
  育休等取得を考える男性向けセミナー: 3,
  育児休業経験のある男性職員等が: 3,
  部下職員に対し両立支援制度の説明と育児休業の取得勧奨: 3,
  '男性職員の育児に伴う休暇・休業を促進するため': 3,
  '1か月以上の取得との目標を取り上げ': 3,
  子どもの成長を見守る喜び: 2,
  新規転入者研修資料: 2,
  '目標：13%': 2,
};

export const JUDGMENTS: Judgment[] = [
  { query: 'テレワーク', kind: 'compound', relevant: { テレワークマネジメント研修: 3, Web会議やWeb研修について: 1 } },
  {
    query: 'マネジメント研修',
    kind: 'compound',
    relevant: {
      テレワークマネジメント研修: 3,
      マネジメントに関する研修を実施した: 3,
      管理職員を対象とした研修や各種会議等: 2,
      テーマとした管理職向け研修: 1,
    },
  },
  { query: 'リモートワーク', kind: 'synonym', relevant: { テレワークマネジメント研修: 3, Web会議やWeb研修について: 1 } },
  { query: '在宅勤務', kind: 'synonym', relevant: { テレワークマネジメント研修: 3, Web会議やWeb研修について: 1 } },
  { query: '育休', kind: 'abbreviation', relevant: MALE_CHILDCARE_LEAVE },
  {
    query: '育児休業',
    kind: 'exact',
    relevant: {
      ...MALE_CHILDCARE_LEAVE,
      育児休業取得者のための職場復帰セミナー: 2,
      育児休業から復職して間もない職員: 2,
      育児休業中の職員の孤立感: 2,
    },
  },
  { query: '超勤', kind: 'abbreviation', relevant: { ...OVERTIME, 健康管理医による面接指導: 3, 管理者による要因分析: 3 } },
  { query: '超過勤務', kind: 'exact', relevant: OVERTIME },
  { query: '残業', kind: 'synonym', relevant: OVERTIME },
  { query: '超過勤務 見える化', kind: 'exact', relevant: { 課室単位等でグラフ化: 3, 一目で把握できるボード: 3, 退庁時間予定カード: 1 } },
  {
    query: '年休',
    kind: 'abbreviation',
    relevant: { 年次休暇取得の推奨: 3, 休暇取得日数が5日に満たない: 2, 休暇取得奨励期間: 2, 昨年の休暇取得実績を幹部職員に報告: 2 },
  },
  {
    query: '年次休暇',
    kind: 'exact',
    relevant: { 年次休暇取得の推奨: 3, 休暇取得日数が5日に満たない: 2, 休暇取得奨励期間: 2, 昨年の休暇取得実績を幹部職員に報告: 2 },
  },
  {
    query: 'WLB',
    kind: 'abbreviation',
    relevant: {
      WLB定員の活用等により: 3,
      WLB定員を活用して: 3,
      WLBへの取組について講話: 3,
      職員のワークライフバランス推進に関するメッセージ: 2,
      ワークライフバランス推進やマネジメントの重要性: 2,
      ワークライフバランス推進マネジメントセミナー: 2,
      ワークライフバランス推進及び働き方改革: 2,
      ワークライフバランス講話: 2,
      組織の枠を越えたワークライフバランス: 2,
    },
  },
  {
    query: 'ワーク・ライフ・バランス',
    kind: 'synonym',
    relevant: {
      職員のワークライフバランス推進に関するメッセージ: 3,
      ワークライフバランス推進やマネジメントの重要性: 3,
      ワークライフバランス推進マネジメントセミナー: 3,
      ワークライフバランス推進及び働き方改革: 3,
      ワークライフバランス講話: 3,
      組織の枠を越えたワークライフバランス: 3,
      WLB定員の活用等により: 2,
      WLB定員を活用して: 2,
      WLBへの取組について講話: 2,
    },
  },
  {
    query: '定時退庁',
    kind: 'compound',
    relevant: { 全府省一斉定時退庁日: 3, 独自の定時退庁日を設定し: 3, 一目で把握できるボード: 1, 退庁時間予定カード: 1 },
  },
  { query: '"定時退庁日"', kind: 'phrase', relevant: { 全府省一斉定時退庁日: 3, 独自の定時退庁日を設定し: 3 } },
  {
    query: 'ｗｅｂ会議',
    kind: 'width',
    relevant: { Web会議やWeb研修について: 3, Web会議ツールの導入: 3, 長期研修におけるWeb受講: 1, '業務説明会(Web等)': 1 },
  },
  { query: 'ＲＰＡ', kind: 'width', relevant: { RPAを増配備して: 3, IT機器等を活用した新たな業務手法: 1 } },
  { query: 'ペーパーレス', kind: 'exact', relevant: { 全ての審議会において: 3, 事務用PCの持ち込み: 3 } },
  {
    query: 'フレックスタイム',
    kind: 'exact',
    relevant: { 申告簿及び割振り簿: 3, 活用事例集をポータルサイトに掲載: 3, フレックスタイム制の活用について: 3 },
  },
  {
    query: '男の産休',
    kind: 'exact',
    relevant: {
      男性職員の育児休業及び育児に関する休暇の積極的な取得促進: 3,
      部下職員に対し両立支援制度の説明と育児休業の取得勧奨: 3,
      '男性職員の育児に伴う休暇・休業を促進するため': 3,
      取得計画書兼フォローシートをイントラネットに掲載している: 3,
      取得計画書兼フォローシートの提出状況: 3,
      子の誕生に関する各種手続き: 2,
      '両休暇合計5日以上取得率100%': 2,
    },
  },
  {
    query: '配偶者出産休暇',
    kind: 'synonym',
    relevant: {
      男性職員の育児休業及び育児に関する休暇の積極的な取得促進: 3,
      '両休暇合計5日以上取得率100%': 3,
      取得計画書兼フォローシートの提出状況: 2,
      部下職員に対し両立支援制度の説明と育児休業の取得勧奨: 2,
    },
  },
  { query: 'メンター', kind: 'exact', relevant: { メンター制度を設け: 3, メンター養成研修: 3, 両立支援相談窓口を設置しており: 1 } },
  { query: '保育所', kind: 'exact', relevant: { 財務省本庁舎内保育所: 3, 保育施設の紹介: 2, シッターサービス事業者: 1, 多目的室を設置: 1 } },
  { query: '介護', kind: 'exact', relevant: { 仕事と介護の両立ハンドブック: 3, 介護するときなど: 2, 子の誕生に関する各種手続き: 2 } },
  { query: '多面観察', kind: 'exact', relevant: { '幹部職員・管理職員等を対象に、多面観察を実施した': 3 } },
  { query: 'メンタルヘルス', kind: 'exact', relevant: { メンタルヘルスケアに関する心構え: 3, 健康管理医による面接指導: 1 } },
  {
    query: '中途採用',
    kind: 'exact',
    relevant: { 女性13名を中途採用: 3, 女性46名を中途採用: 3, 幅広く募集を行い採用試験を実施した: 3 },
  },
  {
    query: 'キャリアデザイン研修',
    kind: 'compound',
    relevant: { '「女性職員キャリアデザイン研修」': 3, 出向中の女性職員向けキャリアデザイン研修: 3 },
  },
  { query: '女子大学', kind: 'exact', relevant: { 女子大学での業務説明会: 3, '女子大学(高校)や女性限定公務員フェア': 3 } },
  {
    query: '相談窓口',
    kind: 'exact',
    relevant: { 悩みを受け付ける相談窓口: 3, 両立支援相談窓口を設置しており: 3, '子育て・キャリア相談員': 2, メンター制度を設け: 1 },
  },
  { query: '転勤', kind: 'exact', relevant: { ヒアリングなどを通じて職員の身上等を十分に把握: 3 } },
  {
    query: 'デジタル化',
    kind: 'exact',
    relevant: { IT機器等を活用した新たな業務手法: 3, RPAを増配備して: 2, Web会議ツールの導入: 1, 全ての審議会において: 1 },
  },
  {
    query: '男性の育児休業の取得を促進するための取組',
    kind: 'natural',
    relevant: MALE_CHILDCARE_LEAVE,
  },
  {
    query: '休暇を取りやすくするための工夫',
    kind: 'natural',
    relevant: { 年次休暇取得の推奨: 3, 休暇取得日数が5日に満たない: 3, 休暇取得奨励期間: 3, 昨年の休暇取得実績を幹部職員に報告: 3 },
  },
  {
    query: '女性職員のキャリア形成を支援する研修',
    kind: 'natural',
    relevant: {
      '「女性職員キャリアデザイン研修」': 3,
      出向中の女性職員向けキャリアデザイン研修: 3,
      '「女性職員キャリアアップ研修」を実施した': 3,
      '「女性職員キャリアサポート研修」を実施した': 3,
      本府省女性職員キャリアアップ研修: 3,
      若手女性職員キャリアセミナー: 2,
      中堅女性職員キャリアセミナー: 2,
      女性管理職養成コース: 2,
    },
  },
  {
    query: '業務の効率化に向けた取組',
    kind: 'natural',
    relevant: {
      カイゼン活動: 3,
      '業務の合理化・効率化を図った': 3,
      RPAを増配備して: 3,
      IT機器等を活用した新たな業務手法: 3,
      Web会議やWeb研修について: 2,
      集中タイム: 2,
    },
  },
];
