/**
 * Question classification: which kind of answer a question wants (a metric value, met or not, a status, a date,
 * a count, what was done), from its interrogatives and counters, and what is left once those are removed (the subject).
 */
import type { Status, Tag } from '../domain/types';
import type { QuestionKind } from './types';

/** Which number of a metric the question asks for; null when it names none (then all three are given). */
export type MetricField = 'target' | 'current' | 'baseline';

export interface QuestionShape {
  kind: QuestionKind;
  metricField: MetricField | null;
  /** The counter asked for by 何名 / 何日 / 何か月 …, canonical form (名, 日, か月, 時間 …), or null. */
  counter: string | null;
  /** The question without its interrogative scaffolding: what it is about. */
  subject: string;
  /** For a list or a count of initiatives: the tags asked for (新規に始めた → [新規]; 新たに始めた、または拡充した → both). */
  tags: Tag[];
  /** For a count of rows: the status asked for (実施未定の項目は何件), or null. */
  status: Status | null;
  /** 「…が最も高い府省は？」「一番少ないのはどこ？」: the ministry whose figure is highest or lowest is asked, or null. */
  extreme: 'highest' | 'lowest' | null;
  /** 「令和4年度にやめた取組は？」: a change asking only for the initiatives a report no longer prints. */
  dropped: boolean;
  /** 「令和3年度に新規だったものが令和4年度に拡充になった取組は？」: a change asking for initiatives started one year, expanded the next. */
  grewFromNew: boolean;
  /**
   * 「令和2年度に実施未定で令和3年度には実施に変わった項目」: a change asking for the rows whose 実施状況 became this one
   * (実施, or back to 実施未定), with their reasons.
   */
  statusChangedTo: Status | null;
  /** 「…の成果欄に出てくる数値を全部挙げて」: a list of every figure the report's results column (D) prints. */
  resultsFigures: boolean;
  /** 「…が20時間を切っているのはどこ？」: the figure the ministries' are held against, and on which side, or null. */
  threshold: Threshold | null;
  /**
   * 「メンター制度の成果は？」「テレワークでどんな効果があった？」: what came of an initiative, which the results column (D)
   * says, not the statement (C). Only for a what-question (a count or a rate of the results is answered by its kind).
   */
  asksResults: boolean;
}

export interface Threshold {
  value: number;
  /** As a count's unit reads (%, 時間, 日, 名 …). */
  unit: string;
  below: boolean;
  /** 以上 and 以下 count the number itself; 超える, 未満, 切る and 上回る/下回る do not. */
  inclusive: boolean;
  /** The words as the question puts them (NFKC), for the answer: 「20時間を切っている」「10時間未満」. */
  said: string;
  /** 「ちょうど2件」: the number itself, neither side of it. */
  exact?: boolean;
}

interface KindRule {
  kind: QuestionKind;
  pattern: RegExp;
}

/**
 * Tried in order, first match wins. 達成 comes before the metric words because 「目標は達成した？」 names a target
 * but asks whether it was met; 実施状況 before 何を, because a status question may also say 取組.
 */
/**
 * 「新規の取組」「拡充した取組」「新規に始めた」「新規で始めた取組」「新たに始めた」「今年度始めた取組」: the initiatives of
 * one tag, not a row titled …の拡充.
 */
const TAG_LIST =
  /(新規|拡充|継続)[】」』]?(の|に|した|された|して|で|とした|とされた|と(なって|して)いる|(と|が)(付いた|付いている|付けられた|書かれた))?(始めた|開始した|実施した|行った|導入した)?(取組|取り組|施策|もの)|新規[】」』]?(に|で)|(^|\s)(新規|拡充)(\s|$)|(新た|新し)(に|く)(始め|始ま|開始|実施|行っ|行わ|手が|手掛|導入|取り組)|新しい(取組|取り組み|施策)|(拡充|継続)[」』]?(した|された|している)(?!か)|(始めた|始まった|開始した|開始された)(取組|取り組|施策)|(新規|拡充)[】」』]?(または|又は|もしくは|や|と|・|、)[【「『]?(新規|拡充)|(新規|拡充)[】」』]?として(挙げ|掲げ|記載|報告)|(新規|拡充)[】」』]?(のうち|の中で|の中から)|(^|[のでは、\s])[【「『]?(新規|拡充)[】」』]?(は|って|の取組は)?[?？]*$/;
/** 「実施未定の項目」「実施未定とされた項目」「実施未定となっている取組」: rows of one status, whatever verb links them. */
const ROW_COUNT = /実施未定[」』"”]?([ぁ-ゖ]|残|府省|省庁){0,12}(取組|項目|小項目|中項目|もの)/;
const COUNT_WORDS = /何件|いくつ|幾つ|件数|何個|数は|の数(を|が|も)|[0-9０-９]+件ずつ/;
/** 「模擬省の実施未定、令和2年度から令和3年度で減った？件数で」「新規の取組の件数はどう変わった」: a count of a tag or status in two years. */
const ENUMERATED = `${TAG_LIST.source}|【(新規|拡充|継続)】|実施未定`;
/** 「【新規】が増えている府省」: a tag said to rise or fall is its count, though no count word is said. */
const TAG_MOVED = /[【「『](新規|拡充|継続)[】」』](が|は|の数が|の数は)(増|減)/;
const ENUMERATED_CHANGE = new RegExp(
  `(${ENUMERATED}).*(${COUNT_WORDS.source}|件)|(${COUNT_WORDS.source}).*(${ENUMERATED})|${ROW_COUNT.source}|${TAG_MOVED.source}`,
);
/**
 * Words for the number of something (参加者数, 作業時間, 受講者), which a question may end on without any interrogative
 * (「…の参加者数は？」「…で減らした作業時間を府省別に教えて」「…月平均超過勤務時間は各府省でどうだった？」).
 */
const MEASURE_NOUNS =
  /(時間|日数|人数|者数|件数|回数|台数|組数|の数|者)(（[^）]*）)?(は|を|って)?(府省別に|府省ごとに|各府省で|それぞれ)?(教えて(ください|下さい)?|(並べ|まとめ|整理し)て(ください|下さい)?|知りたい|どう(だった|でした|なっている|なった|ですか))?[?？。]*$/;

/** 「やめた」「消えてしまった」: the verbs of an initiative the later report no longer prints, before 取組 or もの. */
const DROPPED_VERBS = 'やめた|止めた|取りやめた|なくなった|無くなった|終了した|打ち切った|消えた|消えてしまった|なくなってしまった';

/**
 * 「やめた取組」「取組をやめた」「記載がなくなったもの」「令和4年度の報告からは消えてしまった」: initiatives of the previous
 * report the later one no longer prints (「押印を廃止した取組」 is an initiative that abolished something, so 廃止 is not
 * among the verbs).
 */
const DROPPED = new RegExp(
  `(取組|取り組み)(を)?(やめ|止め|取りやめ|終了し|打ち切っ)|(${DROPPED_VERBS})(取組|取り組み|もの)|記載(が|の)なくなった|(出てこ|載ら|見当たら)なく(なっ|なり)|(報告|年度)(から|で)(は)?(消え|なくなっ|無くなっ|外れ|落ち)(た|て)`,
);
/** 「新規だったものが…拡充になった」「新規で始めた取組のうち翌年度に拡充したもの」: started as 新規, 拡充 in the next report. */
const GREW_FROM_NEW =
  /(新規|【新規】)(だった|でした|として始めた|で始めた|で始めて|として始めて|で始まった|で始まり|の)(もの|取組|取り組み)?(が|で|のうち|は)?.*(拡充|【拡充】)(に|と|へ|され|し)/;

/** 「成果欄（D）に出てくる数値を全部」「成果の数字を一覧で」: every figure of the results column, listed. */
const RESULTS_FIGURES =
  /(成果欄|成果の欄|成果|[(（]D[)）]).*(数値|数字|実績値).*(全部|全て|すべて|一覧|挙げ|列挙|教えて)|(成果欄|成果の(欄|覧)|成果覧|[(（]D[)）]).*(数値|数字|実績値)(が|の)?(入って|書かれて|記載されて|載って|出て)|(成果欄|成果|[(（]D[)）]).*(数値|数字|実績値)(に|で)?[「『][^」』]{1,10}[」』](と|を)?(付|つ)(い|け)(て|た)/;

/** 「…の成果は？」「どんな効果があった？」「結果はどうだった？」: the results of an initiative (column D) asked for. */
const RESULTS_ASKED =
  /(成果|効果|結果)(は|を|が|って|として|について|としては|の内容|[?？。]|$)|(成果|効果)(が)?(あった|出た|上がった|あがった|得られた|出ている|あり)/;

/** What a results question adds around its subject: 「…の成果は」「…でどんな効果があった」. */
const RESULTS_SCAFFOLDING: RegExp[] = [
  /(の|で|では|による|によって|において)?(どんな|どのような|どういった|具体的な|主な)?(成果|効果|結果)(は|を|が|って|として|について|としては|の内容)?(あった|出た|上がった|あがった|得られた|出ている|あり(ました|ます)?|どう(だった|でした|なった|ですか))?(の|ん)?/g,
];

/** How far a target row's present is from its target, asked in so many words. */
const TARGET_DISTANCE =
  /目標[^。？?]{0,20}(に対して|と比べ(て|ると))[^。？?]*(近い|近く|近づ|遠い|遠く)|(どちら|どっち)が[^。？?]{0,12}(目標に)?(近い|近く|近づ)|目標(値)?(の[0-9０-９.．]+\s*[%％](程度|以上)?)?(まで|との差|までの差|までの距離)|[0-9０-９.．]+\s*[%％](程度)?までの(残り|差|距離)|(あと|残り)(どのくらい|どれくらい|どれだけ|何ポイント|何[%％])|目標(値)?((の)?[0-9０-９.．]+\s*[%％])?の(半分|半ば|何割|[0-9０-９一二三四五六七八九]割|[0-9０-９一二三四五]+分の[0-9０-９一二三四五]+)/;

/**
 * A figure followed over every year asked (「毎年増えている」「年々減っている」「一貫して」「推移」): the change over each
 * year in turn, not only between the first and the last.
 */
export const ASKS_TREND =
  /(毎年度?|年々|年を追って|年度を追って|一貫して|ずっと|右肩)(で|の|は|に|、)?(増|減|伸び|上が|下が|改善|縮|短く|長く|多く|少なく)|推移|移り変わり|年度ごとの(変化|増減)|増減(は|を|が|して)|(?<![\p{Script=Han}0-9０-９])[0-9０-９二三四五]+年(間|分)?(で|の|は)?(どう|変化|増減|変わ|動き)/u;

/** A row's status asked to have changed between years: 後退, 「実施」だったのに, 実施状況は変わった. */
const STATUS_CHANGED = /後退|逆戻り|後戻り|実施状況(は|が)?(変わ|変化)|[「『]?実施[」』]?(だった|でした|していた|してた)のに/;

/** 「実施未定で…実施に変わった」「実施未定から実施になった」: rows the later report has done that the earlier had not. */
const BECAME_DONE =
  /実施未定[」』]?(で|だった|でした|から|の|に(して|し)(い)?た)[^。？?]*?([「『]?実施[」』]?(に|へ|と)(変わ|なっ|移)|動き出|動きだ|着手|(取組|取り組み)(として|で)(始ま|始め|実施))|実施未定(→|から)実施(した|済み|に)/;
/** 「実施だったのに…実施未定に戻った項目」: rows the earlier report had done and the later left undecided. */
const BECAME_UNDECIDED = /実施[」』]?(で|だった|でした|から|の)[^。？?]*?実施未定(に|へ|と)(変わ|なっ|戻)|実施[」』]?(→|から)[「『]?実施未定/;

function statusChangedTo(question: string): Status | null {
  return BECAME_DONE.test(question) ? '実施' : BECAME_UNDECIDED.test(question) ? '実施未定' : null;
}

/** 「理由が空欄」「理由欄が空っぽ」「理由の記載がない」: rows left 実施未定 with no reason (column B empty). */
export const EMPTY_REASON =
  /理由(欄)?(が|は|を|の)?(空欄|空っぽ|空白|未記入|無記入|書かれていない|書かれてない|書いていない|書いてない|(の)?記載(が)?(ない|なし|無い|されていない)|なし|無し)/;
/** 「理由の書き方が年度で変わったもの」「理由が違う」: the same row left 実施未定 in every year named, with another reason. */
export const REASON_CHANGED = /理由(の書き方|の内容|の書きぶり|の記載|の文言|の中身)?(が|は)?(年度で|年度によって|年度ごとに)?(変わ|違|異な)/;
/** 「両方で続いている」「どちらの年度も」「同じ理由を書いて」: the same row left so in every year named. */
export const IN_EVERY_YEAR = /両方|どちらも|どちらの年度も|いずれも|いずれの年度も|どの年度も|続いて|続けて|同じ理由/;

/** 「メンター制度をやっている府省はいくつある？」「何府省が…」: how many ministries do something, each of them named. */
export const MINISTRIES_COUNTED =
  /(府省庁|府省|省庁|ところ)(は|が|って)?(いくつ|幾つ|何か所|何カ所|何ヶ所|何箇所)|何(府省庁|府省|省庁)|いくつの(府省庁|府省|省庁)/;

/**
 * 「この伸び方がこのまま続いたとして、目標には届きそうですか」「このペースで行けば目標に届く？」: the pace between two
 * reports carried on to the target's date (projectionLead in combined-figures.ts), read from the figures, not the targets.
 */
export const PROJECTION_ASKED =
  /(このまま|この(ペース|調子|伸び|勢い)|(ペース|伸び|伸び方|調子)(で|が)(行け|いけ|進め|進む|続け|続く|続い|推移す))[^。？?]*(届|達成|到達|クリア|間に合)/;

const KIND_RULES: KindRule[] = [
  // 「理由の記載がない実施未定の項目」「同じ理由で実施未定にしている項目」: rows picked by their reason, before the lists.
  { kind: 'reason', pattern: EMPTY_REASON },
  { kind: 'reason', pattern: REASON_CHANGED },
  { kind: 'reason', pattern: /同じ理由/ },
  // 「うちも…把握しきれない状況です。同じような理由で実施未定にしていた府省は」: rows whose reason is like the one described.
  { kind: 'reason', pattern: /(同じ|似た|同様の|似通った)(ような)?(理由|事情)(で|から|により)/ },
  // 「…を実施できるようになったのは、何が解決したからですか」: why a row got done, which a reason (B) would say.
  { kind: 'reason', pattern: /(何|なに)が(解決|解消|改善|変わっ|整っ)(し|され)?(た)?(から|ので|ため)/ },
  // 「目標の30%に届いている府省は、令和3年度では何府省？」: the ministries counted by their target's verdict.
  {
    kind: 'met',
    pattern: new RegExp(`(目標|[0-9０-９]+\\s*[%％])[^。？?]*(届いて|達成して|クリアして|満たして|上回って)[^。？?]*(${MINISTRIES_COUNTED.source})`),
  },
  // Before the counts: the ministries are counted by what their statements say, not a figure in them.
  { kind: 'what', pattern: MINISTRIES_COUNTED },
  // Before the reason rule: 「…実施に変わった項目の当時の理由」 asks for the rows that changed, each with its reason.
  { kind: 'change', pattern: BECAME_DONE },
  { kind: 'change', pattern: BECAME_UNDECIDED },
  {
    kind: 'reason',
    pattern:
      /なぜ|どうして|(どんな|どのような|どういう|いかなる|何の)(理由|事情)|理由欄|理由(は|を|として|が|も|から|で(すか|しょうか)|\s)|(こと|の)を理由(に|と)|の理由|理由[?？。]*$|(という|との)理由(で|により|から)|」(を|が)理由(に|で)|実施未定.*(から|ので|ため)(だっけ|でしたっけ|ですよね|だよね)|(から|ので|ため)実施未定に.*(理解|認識)で(合って|あって|よろしい|正しい)/,
  },
  // 「…は47名だったって資料に書いちゃったんだけど合ってる？」: a count the asker wants checked (a rate is a metric).
  { kind: 'metric', pattern: /[0-9０-９.．]+\s*(%|％)(だった|でした|です)?(って|と)[^、。？?]*(合ってる|合っています|合ってますか|あってる|正しい)/ },
  {
    kind: 'count',
    pattern: /[0-9０-９.．]+\s*(名|人|件|日|時間|回|組)(だった|でした|です)?(って|と)[^、。？?]*(合ってる|合っています|合ってますか|あってる|正しい)/,
  },
  { kind: 'list', pattern: RESULTS_FIGURES },
  { kind: 'change', pattern: DROPPED },
  { kind: 'change', pattern: GREW_FROM_NEW },
  // 「令和2年度は「実施」だったのに令和3年度で後退してない？」「実施状況は変わった？」: a row's status in each year asked.
  { kind: 'status', pattern: STATUS_CHANGED },
  // 「…の伸び方がこのまま続いたとして、目標には届きそう？」: the change between two reports, carried on to the target.
  { kind: 'change', pattern: PROJECTION_ASKED },
  // 「年休は毎年増えていると言えますか」「超勤は年々減っている？」「…の推移」: a figure followed over the years is a change.
  { kind: 'change', pattern: ASKS_TREND },
  {
    kind: 'change',
    pattern:
      /(年度|年)(から|と比べ|と比較|より).*(上が|下が|増え|減っ|減り|減少|増加|変わ|変化|伸び|改善|縮減|差|高く|高い|低く|低い|多い|多く|少ない|少なく|何倍)|(年度|年)と.*(年度|年)(の(報告|数字|数値|値|件数))?(で|に)?(と|を)?(見)?(比べ|比較).*(上が|下が|増え|減っ|減り|減少|増加|変わ|変化|伸び|改善|縮減|差)|(年度|年)比|何ポイント(上(?!回)|下(?!回)|増|減|改善|変|高|低|伸)|何(日|時間|名|人|件|回)(上が|下が|増え|減っ|減り|伸び|多い|少ない)|どれだけ(増|減|上|下|変|伸)|どう変わ|どのように変わ|(は|が)(減っ|増え|上がっ|下がっ|伸び|改善し|減少し|増加し|変わっ|変化し)(た|ている|ています|てる|ました)(の|ん)?(か|ですか|でしょうか|かな)?[?？]*$|何ポイント(アップ|ダウン)|差は何ポイント|何(件|名|人|日|時間|台|%|％|ポイント)まで(減|増|下が|上が|伸び|縮)|(年度|年)と.*(年度|年)(の|で)?差|(年度|年(?![休次])).*(年度|年(?![休次])).*(どっち|どちら)(が|の方が|のほうが)?(高|低|多|少な)|(年度|年)(は|が)?.*(年度|年)(の)?何倍|何倍.*(年度|年)(から|と比べ|より)/,
  },
  // 「…の項目は何件？」 and, asked first, 「何件ありましたか、…の項目は」.
  {
    kind: 'count',
    pattern: new RegExp(`(${TAG_LIST.source}|${ROW_COUNT.source}).*(${COUNT_WORDS.source})|^(何件|いくつ|幾つ)(あり|ある|残)`),
  },
  { kind: 'list', pattern: TAG_LIST },
  // 「実施未定の項目を教えて」: the rows of one status, listed like the initiatives of one tag.
  { kind: 'list', pattern: ROW_COUNT },
  // 「届かなかった」「満たない」 ask for a verdict when said of a target or of who is asked about, not inside a noun's
  // clause (「年休が5日に満たない職員の上司」).
  {
    kind: 'met',
    pattern:
      /達成|上回|下回|届いて|クリア|目標.*に達し|目標を満た|目標を(もう|すでに)?超え|満たして|目標[^。？?]*(届かな|満たな|満たせ|割り込|に達して(い)?ない|に達しなかった)|(届かな|満たな|満たせな)(かった|い)(府省|省庁|ところ|の(は|って))/,
  },
  // 「目標の100%まであとどのくらい？」「目標との差は縮まった？」「目標の半分までは来てた？」: how far the present is from
  // the target, which the verdict's gap says.
  { kind: 'met', pattern: TARGET_DISTANCE },
  // 目標設定時 and 基準値 name a target row's field: 「…目標設定時の値はそれぞれいくつ？」 is no count.
  { kind: 'metric', pattern: /目標設定時|基準値/ },
  // 「受講率はいくつ？」: a rate asked with the word for a count is still a rate.
  { kind: 'metric', pattern: /[^効](率|割合|比率)(は|って|が|を)?(いくつ|幾つ)/ },
  // 「追いついた」「いつも」hold いつ but ask no time.
  { kind: 'when', pattern: /(?<!追)いつ(?!も|い)|何年|何月|何日から|時期|日付|開始日|開設日/ },
  {
    kind: 'count',
    pattern:
      /何(名|人|日|か月|ヶ月|カ月|ヵ月|時間|回|件|倍|割|台|組|部署|部局|課室|部|円|社|校|か所|箇所)|いくつ|人数|者数|件数|日数|時間数|回数|台数|組数|(職員|者|人)の数|(月|週|日|年)平均/,
  },
  // 「年休の取得目標を決めるなど…取組をしていましたか」: a target set is something done, which statements say.
  {
    kind: 'metric',
    pattern:
      /何(%|％|パーセント|ポイント)|割合|比率|[^効]率|目標設定時|現状|目標(?!を[^、。？?]{0,8}?(決め|定め|設定し|立て|作|設け))|数値|値は|値を/,
  },
  // 「RPAでどれだけ作業時間を減らした？」「…で減らした作業時間は？」: an amount, once no rate or target was named.
  { kind: 'count', pattern: new RegExp(`どれだけ|どれくらい|どのくらい|どれほど|${MEASURE_NOUNS.source}`) },
  { kind: 'status', pattern: /実施状況|実施未定|実施の有無|(どういう|どのような|どんな)状況/ },
  // 「…は「実施」になっていましたか」: the status (A) asked by its value.
  { kind: 'status', pattern: /[「『]実施[」』](に|と)(なって|して|され)/ },
  { kind: 'what', pattern: /どのような|どのように|どう[^か]|どんな|何を|なにを|何が|内容|工夫|具体的/ },
  // Yes/no forms: 「…は実施されている？」 asks for the status, unless a stronger 'what' cue came first.
  { kind: 'status', pattern: /実施され|実施して|実施した|実施しな|実施済|実施でき|やっている|やった(の|か)|行われ|行っている|行いました|行ったか/ },
  { kind: 'what', pattern: /取組|取り組|とは|について/ },
];

/** 「20時間を切っている」「30%以上」「15日を超える」: a figure held against a number, below or above it. */
const THRESHOLD =
  /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(時間|日|%|％|ポイント|人|名|件|回|台|割)(を|に|より)?(切って|切る|切った|切りました|下回って|下回る|下回った|下回りました|未満|以下|超えて|超える|超えた|超えました|上回って|上回る|上回った|上回りました|以上|超|届いていない|届いてない|届かない|届かなかった|満たない|満たなかった)(いる|いた)?/;

/** 「【拡充】が1件もなかった府省」「ひとつもない」「実施未定がゼロ」: a count below one, said as the answer's first line says it. */
const NONE_AT_ALL =
  /(?:1件|一件|ひとつ|一つ|1つ)も(?:な|無)(?:い|かった|し)|(?:実施未定|新規|拡充|継続|】)(?:の(?:項目|取組|取り組み))?(?:が|は)(?:ゼロ|0件|ゼロ件)/;

/** 「新規がちょうど2件だったところ」: a count or figure asked to be the number itself. */
const EXACTLY = /(ちょうど|丁度|ぴったり)\s*([0-9]+(?:\.[0-9]+)?)\s*(件|名|人|日|時間|%|回)/;

/** 「【拡充】が1件しかない府省」: a count asked to be the number and no more (only one). */
/** 「1件しかない」「【新規】が1件だけの報告」「1件だけなのは」: exactly that many (not 「1件だけ挙げて」, a limit on the answer). */
const ONLY = /([0-9]+)\s*(件|名|人|日|時間|回)(?:しか(な|無|あり|出て)|だけ(?=の(報告|府省|省庁|もの|ところ|年度)|なの|だった|でした|です|の?は))/;

function thresholdOf(question: string): Threshold | null {
  const none = NONE_AT_ALL.exec(question.normalize('NFKC'));
  if (none) return { value: 1, unit: '件', below: true, inclusive: false, said: '1件もない' };
  const only = ONLY.exec(question.normalize('NFKC'));
  if (only) {
    const unit = only[2] === '人' ? '名' : only[2]!;
    return { value: Number(only[1]), unit, below: false, inclusive: true, exact: true, said: `${only[1]}${only[2]}だけ` };
  }
  const exactly = EXACTLY.exec(question.normalize('NFKC'));
  if (exactly) {
    const unit = exactly[3] === '人' ? '名' : exactly[3]!;
    return { value: Number(exactly[2]), unit, below: false, inclusive: true, exact: true, said: `${exactly[1]}${exactly[2]}${exactly[3]}` };
  }
  const normalized = question.normalize('NFKC');
  const found = THRESHOLD.exec(normalized);
  if (!found) return null;
  // 「年休が5日に満たない職員の上司に…通知をしていた？」: a number that says whom an initiative is for, no threshold asked.
  if (/^(の)?(職員|者|部署|上司|課室|課|部局|人)/.test(normalized.slice(found.index + found[0].length))) return null;
  const [said, value, unit, , side] = found as unknown as [string, string, string, string, string];
  // 「8割を超えましたか」: a share in tenths, which the reports print as a percentage (85%).
  const [number, counted] = unit === '割' ? [Number(value) * 10, '%'] : [Number(value), unit === '人' ? '名' : unit];
  // The lead says it plainly: 「8割を超えた」, not 「8割を超えました」.
  const plain = said.replace(/りました$/, 'った').replace(/えました$/, 'えた');
  return { value: number, unit: counted, below: /切|下回|未満|以下|届|満たな/.test(side), inclusive: /以上|以下/.test(side), said: plain };
}

/** 「最も高い」「一番多い」 and their opposites: which end of the ministries' figures is asked. */
const HIGHEST =
  /トップ(?=だった|です|でした|だ|は|に|の(府省|省庁|ところ|年度))|首位|(最も|もっとも|一番|いちばん)(高|多|大き|長|伸び|増え|上が|改善)|(より|と比べ(て|ると)?|に比べ(て|ると)?)(も)?(高|多|大き|長)(い|かった)|(どっち|どちら)(が|の方が|のほうが)(高|多|大き|長)|(に|へ)(追いつい|追い付い|追い抜い|並ん)(た|て(い)?る)/;
const LOWEST =
  /最下位|(最も|もっとも|一番|いちばん)(低|少な|小さ|短|減っ|下が)|(より|と比べ(て|ると)?|に比べ(て|ると)?)(も)?(低|少な|小さ|短)(い|かった)|(どっち|どちら)(が|の方が|のほうが)(低|少な|小さ|短)/;
/** 「テスト省より多いの？」: two named ministries compared, said as the answer's first line says it (多い). */
/**
 * A tag or status counted without naming the initiatives (「テスト省の【新規】、…何件ずつ？」「試験庁の拡充って…何件あった？」
 * 「実施未定を2件以上かかえていた府省」): the count question says what is counted.
 */
const BARE_TAG_COUNTED = /【(新規|拡充|継続)】|(新規|拡充)(って|が|は|の数|の件数|を)|実施未定[」』]?(を|が|は|って|の数|の件数)/;
/** 「初めて【拡充】の取組を出したのは…のどれ？」: the earliest of the years named that holds one (answer-question.ts). */
export const FIRST_TIME = /初めて|はじめて|最初に/;
/** 「新規と拡充、どっちが多い」: two counts compared, each of which the answer gives. */
const WHICH_MORE = /(どっち|どちら)(が|の方が|のほうが)?(多|少な|高|低)/;
const COMPARATIVE = /(?:より|と比べ(?:て|ると)?|に比べ(?:て|ると)?)(?:も)?(高|低|多|少な|大き|小さ|長|短)(?:い|かった)/;
/** The superlative as an answer's first line says it: 「最も高い」「一番伸びた」 (高かった → 高い). */
const EXTREME_WORDS =
  /(最も|もっとも|一番|いちばん)(?:(高|低|多|少な|大き|小さ|長|短)(?:い|かった)|(伸び|増え|上がっ|改善し|減っ|下がっ)(?:た|ている))/;

/** 「いちばん多い府省といちばん少ない府省」: both ends asked, each answered in the lead. */
export function asksBothEnds(question: string): boolean {
  return /(最も|もっとも|一番|いちばん)(高|多|大き|長)/.test(question) && /(最も|もっとも|一番|いちばん)(低|少な|小さ|短)/.test(question);
}

/** How the question words each end of its superlative (「いちばん多い」「いちばん少ない」) when it asks both, in its order. */
export function bothEndsWordsOf(question: string): { highest: string; lowest: string; lowestFirst: boolean } {
  const high = /(最も|もっとも|一番|いちばん)(高|多|大き|長)(?:い|かった)?/.exec(question);
  const low = /(最も|もっとも|一番|いちばん)(低|少な|小さ|短)(?:い|かった)?/.exec(question);
  return {
    highest: high ? `${high[1]}${high[2]}い` : '最も高い',
    lowest: low ? `${low[1]}${low[2]}い` : '最も低い',
    lowestFirst: low !== null && high !== null && low.index < high.index,
  };
}

/** How the question words its superlative, for the answer; null when it has none. */
export function extremeWordsOf(question: string): string | null {
  const words = EXTREME_WORDS.exec(question);
  if (words) return `${words[1]}${words[2] ? `${words[2]}い` : `${words[3]}た`}`;
  const adverb = /(最も|もっとも|一番|いちばん)(多|少な|高|低|長|短)く/.exec(question);
  if (adverb) return `${adverb[1]}${adverb[2]}い`;
  const compared = COMPARATIVE.exec(question) ?? /(?:どっち|どちら)(?:が|の方が|のほうが)(高|低|多|少な|大き|小さ|長|短)/.exec(question);
  if (compared) return `${compared[1]}い`;
  // 「…の水準に追いついた？」: which figure is the higher, said as the answer's first line says it.
  return /(に|へ)(追いつい|追い付い|追い抜い|並ん)/.test(question) ? '上回っている' : null;
}

/** Interrogatives, particles and polite endings that carry the question, not its subject. Longest first. */
const SCAFFOLDING: RegExp[] = [
  // 「大臣レク用に一行で。」「組合の要求書に使います。」「予算要求の資料づくりで…を探しています。」: what the answer is for,
  // said before the question (the ministry or year it names is read as the scope first).
  /[^。、？?]*(用に|用で|向けに)?(一行で|1行で|簡潔に|手短に|ひとことで|一言で)(お願いします|教えて(ください)?|まとめて)?[。、]?/g,
  /[^。？?]*(に使います|に使う予定です|で使います|に使いたい|を探しています|を調べています|を作っています|を準備しています|を作成中です|を検討しています|を検討中です)[。、]/g,
  // 「管理職だけでなく全職員を対象に」: what is said to go beyond is not what is asked; a statement about it alone would
  // answer for the narrower thing (管理職eラーニング for every staff member's).
  /[\p{Script=Han}\p{Script=Katakana}ー]+(だけでなく|だけではなく|のみならず|に限らず|ばかりでなく)[、,]?/gu,
  // 「…として書かれた取組を、府省と年度つきで挙げてください」: how the answer is to be laid out, which every list does.
  /(と|として)(書かれた|書かれている|記載された|記載されている)|[、,]?(府省|年度|府省庁)(と|や|・)?(府省|年度)?(つき|付き|入り)で/g,
  // 「議員レクの準備です。」「新しく担当になった者です。」「人事課で自省の数字をほかと比べています。」: who asks and why, said as a
  // sentence of its own before the question.
  /^[^。？?]*?(準備|下調べ|下準備|参考|担当になった|担当の者|比べています|調べています|まとめています)[^。？?]*?(です|ます|でして)。/g,
  // 「大臣への説明資料に一言添えたいので、」「記事を書くため、」: why the asker asks, said as a clause before the question.
  /^[^。？?]*?(資料|説明|レク|記事|論文|原稿|答弁|発表|会議|打合せ|打ち合わせ|研究|調査|取材|試算|積算|予算)[^。？?]*?(たいので|たいのですが|たいため|ので|のため|のために|ため)[、,]/g,
  // 「記事で「…」という報告があるか確かめたいです。」: the same, said as a sentence of its own.
  /^[^。？?]*?(資料|説明|レク|記事|論文|原稿|答弁|発表|研究|調査|取材)[^。？?]*?(たい|ています|ております)(です|ので)?。/g,
  // 「令和2年度と令和4年度の報告を比べて、」 once the years went: the comparison, which the kind says.
  /(の)?(報告|数字|数値)?(を|で)?(見比べて|比べて|比較して)(みると|みて)?[、,]?/g,
  // 「令和3年度報告の新規」 once the year went: the report is the scope, no subject.
  /(?<=^|\s)(の)?報告(の|で|では|に|から)?(?=\s|$)/g,
  // 「…が20時間を切っているのは」: the number the figures are held against, not a subject; 「5日に満たない職員」 says whom a
  // statement is about, and stays.
  /(が|は)?[0-9０-９]+([.．][0-9０-９]+)?\s*(時間|日|%|％|ポイント|人|名|件|回|台|割)(を|に|より)?(切って|切る|切った|切りました|下回って|下回る|下回った|下回りました|未満|以下|超えて|超える|超えた|超えました|上回って|上回る|上回った|上回りました|以上|超|届いていない|届いてない|届かない|届かなかった|満たない|満たなかった)(?!職員|部下|者|人|方|男性|女性|管理職)(いる|いた|います|いました)?(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ)|府省庁|府省|省庁|ところ)?(の)?(は)?(どこ)?(か|ですか|でしょうか)?/g,
  // 「…を出している府省の数字を単純平均すると何日くらい？うちは14.5日なので、その平均より上か下かも」: the mean of the
  // ministries' figures and the asker's own against it, which the answer's lead gives; not what is asked about.
  /(を)?(出して|載せて|挙げて|公表して|報告して)(いる|る)(府省庁|府省|省庁|ところ)(の)?(数字|数値|値)?(を|は)?/g,
  /(を)?(単純)?平均(すると|したら|して|を(出|取|と)(る|ると|って))/g,
  // 「1日7時間45分勤務として何日分」「12か月でならすと、ひと月あたり」「12か月分にすると」: arithmetic asked of the figure,
  // which the answer does after giving it (combined-figures.ts), not what the figure is of.
  /[、,]?1日[0-9０-９]+([.．][0-9０-９]+)?時間([0-9０-９]+分)?(勤務|労働)?(として|で|とすると|換算で)[、,]?/g,
  /(何日分|人日)(くらい|ほど|ぐらい)?(に)?(なり(ます|ますか)|なる)?(か)?/g,
  /(を)?(について|ついて)?[、,\s]*(12|十二)(か|ヶ|カ|ケ)月(で|に)(ならす|ならした|平均|割る|割った|均す)(と)?[、,]?(ひと月あたり|1(か|ヶ|カ|ケ)月あたり|月あたり)?/g,
  /(を)?(12|十二)(か|ヶ|カ|ケ)月分(に|で)?(すると|したら|換算すると|だと)/g,
  // 「…を上回っているのはどこの何年度？」: which report, which the answer's lead names.
  /(は)?(どこ|どの(府省庁|府省|省庁))?(の)?何年度(の|に|で|か|ですか|でしょうか|だった|でした)?[?？]*/g,
  // 「…は、令和4年度の報告の書きぶりからすると、いつごろ動き出しそうだと読めますか」: how the asker reads the report and
  // when something is expected, which the answer's dates or the row's reason give.
  /(の)?(報告)?(の)?(書きぶり|書き方|記載|書かれ方)(から|を見ると|からすると|によると|を読むと)(すると)?[、,]?/g,
  /(は|が)?[、,]?いつ(ごろ|頃|から|まで)?(に)?(は)?(動き出し|始まり|始まる|実施され|実施する|着手され|再開され|進み)(そう|る予定|る見込み|そうな)?(だ|です)?(と)?(読め|言え|考えられ|見込まれ)?(ます|る)?(か|の)?[?？。]*/g,
  // 「…がゼロになった年度、その年に…」: the year named before, which the scope already reads.
  /(その|同じ)(年度|年)(に|の|は|で)?[、,]?/g,
  // 「報告に載っている…」: where the figure stands, which the scope says.
  /(の)?(報告|報告書)?(に|で)(載って|記載されて|掲載されて)(いる|る|いた|います)/g,
  /(の)?単純平均(は|を)?/g,
  /(うち|自省|当省|当庁|わが省|我が省|わが庁|我が庁)(の(数字|値|数値|実績))?(は|が)\s*[0-9０-９.．]+\s*(日|時間|%|％|名|人|件)(なので|ですが|だけど|です|なんですが|なのですが)[、,]?/g,
  /(その)?平均(より|と比べて)(上|下|高い|低い|多い|少ない)(か)?(上|下|高い|低い|多い|少ない)?(か|なのか)?(も|を)?(知りたい(です)?|教えて(ください|下さい)?)?[。?？]*/g,
  /(くらい|ぐらい|程度)(に)?(なり(ます|ました)|なる)(か)?/g,
  // 「令和3年度も令和4年度も、」 once the years went: every year named, held to the same.
  /(?<=^|\s)も[、,]?(?=\s|$|[^ぁ-ゖ])/g,
  // 「…が最も高い府省は？」「一番少ないのはどこ？」: which ministry, read as the answer's order, not a subject.
  /(が|の|で)?(最も|もっとも|一番|いちばん)((高|低|多|少な|大き|小さ|長|短)(い|かった)|(伸び|増え|上がっ|改善し|減っ|下がっ)(た|ている))(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ)|府省庁|府省|省庁|ところ)?(の)?(か|ですか|でしょうか|なの)?/g,
  // 「…がトップだった府省は？」「首位はどこ？」: the superlative said as a rank.
  /(が|の|で)?(トップ(?=だった|です|でした|だ|は|に|の(府省|省庁|ところ|年度))|首位|最下位)(だった|です|でした|だ|に(なった|なっている|立った))?(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ)|府省庁|府省|省庁|ところ)?(の)?(か|ですか|でしょうか|なの)?/g,
  // 「新規と拡充 どっちが多い」「2020年度と2022年度だとどっちが高い？差は何ポイント？」: the counts or the change compared.
  /(だと|では|で)?[、,\s]*(は|が)?(どっち|どちら)(が|の方が|のほうが)?(多|少な|高|低)(い|かった)(の|ん)?(か|ですか|でしょうか)?[?？]?/g,
  /[、,\s]*(その)?差(は|も)?何ポイント(か|ですか)?[?？]?/g,
  // 「【拡充】が1件もなかった府省は」: a count below one, held against the figures, not a subject.
  /(が|は)?((1件|一件|ひとつ|一つ|1つ)も(な|無)(い|かった|し)|(ゼロ|0件|ゼロ件)(だった|です|の|で)?)(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ)|府省庁|府省|省庁|ところ)?(は|が)?(ある|あります|あった|ありました)?(の)?(か|ですか|でしょうか)?/g,
  // 「…で何件ずつ？3年分足すと何件？」「3年間で何件あった」: how the counts are laid out and added, not what is counted.
  /[、,]?[0-9０-９一二三]+年(分|間)(を)?(で|の)?(足すと|合わせると|合計すると|合計で|で|に)?(何件|いくつ)?(あった|ありました|になる|ですか)?[?？]?/g,
  /(を)?(かかえて|抱えて|残して)(いた|いる)?/g,
  // 「トップからのメッセージ」「トップメッセージ」 name the ministry's leadership, which stays in the subject.
  /(が|の)?(トップ(?=だった|です|でした|だ|は|に|の(府省|省庁|ところ|年度))|首位|最下位)(だった|の|は)?/g,
  // 「初めて【拡充】の取組を出したのは、…のどれ？」: the earliest year, which the answer's lead says.
  /(が|は)?(初めて|はじめて|最初に)/g,
  /(を)?出したのは[、,]?/g,
  /(の)?どれ(か|ですか|でしょうか)?[?？]?/g,
  // 「…のうち20時間を下回ったのはどの年度？」: which of the years named, which the answer's lead says.
  /(の)?(は)?どの年度(か|ですか|でしょうか|だった|でした)?[?？]?/g,
  /(の)?うち/g,
  // 「…、令和3年度は47名だったって資料に書いちゃったんだけど合ってる？」: a figure the asker wants checked, which the
  // answer gives from the report.
  /(は|が)?[0-9０-９.．]+\s*(名|人|件|日|時間|%|％)?(だった|でした|です)?(って|と)[^、。？?]*(合ってる|合っています|合ってますか|あってる|正しい)(か|の|ですか)?[?？]?/g,
  // 「押印をなくす方向の取組」: which way an initiative goes is what it does, said loosely.
  /(する|の)?方向(の|で|に|へ)(?!性)/g,
  // 「…、テスト省より多いの？」 once the scope took テスト省 away: two ministries compared, read as the answer's order.
  /(は|が)?(より|と比べ(て|ると)?|に比べ(て|ると)?)(も)?(高|低|多|少な|大き|小さ|長|短)(い|かった)(の|ん)?(か|ですか|でしょうか)?/g,
  // 「年休をいちばん多く取れていたのはどこの府省ですか」: the superlative said with an adverb and a verb.
  /(が|の|で|を)?(最も|もっとも|一番|いちばん)(多|少な|高|低|長|短)く(取れて|取得して|取って|使って|利用して|受けて|して)?(い|お)?(る|た|ます|ました)?(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ))?(の)?(府省庁|府省|省庁)?(か|ですか|でしょうか|なの)?[?？]?/g,
  // 「…の報告をぜんぶ通して」「3年分を通じて」: every report named is read, which the scope says.
  /(の)?(報告|報告書)?(を)?(ぜんぶ|全部|すべて|全て)?(通して|通じて)[、,]?/g,
  // 「架空省の報告で…」「令和2年度の報告では…」: which report is asked, read by the scope, not a subject.
  /(の)?報告書?(の中で|では|で|には|[、,])/g,
  // 「どういう状況でしたか」「もう目標の30%に達していますか」「…をやったの？」: how a status or a target is asked.
  /(は|が)?(どういう|どのような|どんな)状況(でしたか|ですか|だった|でした|か)?/g,
  /(は|が)?(もう|すでに|既に)/g,
  /(の)?([0-9０-９.]+[%％])?(に|を)?(達して|届いて)(い(る|ます|ますか|た|ました)?)?(か)?/g,
  /(を|は)?やった(の|か)?(?=[?？。]*$)/g,
  // 「…を報告しているところはどこ？」「数字もあわせて」: which ministry (the table says) and a request for the figures.
  /(を|が)?(報告|記載|掲載)(して|されて)(いる|いた|います)(の)?(ところ|府省庁|府省|省庁)?(は)?(どこ|どちら)?(か|ですか|でしょうか)?[?？]?/g,
  /[、,。]?(数字|数値|値|人数|件数)(も)?(あわせて|併せて|合わせて)(教えて(ください|下さい)?|お願いします|知りたい(です)?)?[?？。]*/g,
  // 「…は「実施」になっていましたか」: the status asked by its value.
  /(は|が)?[「『]?(実施|実施未定)[」』]?(に|と)(なって|して|され)(い|お)?(ます|ました|る|た)?(か)?/g,
  // 「架空省の令和3年度について、…」 once the scope took 令和3年度に away: the link left at the start.
  /^(ついて|関して|おいて|って|では|は)[、,]?/g,
  // 「…と毎年新規の取組が3件ずつなの？」: the years are the scope's, and the number asked is checked against the counts.
  /(と)?(毎年|毎年度|各年度)(とも)?/g,
  // 「目標を立てた平成27年のころより今のほうが下がってない？」: the two fields compared, which the answer gives both of.
  /(を)?(立てた|設定した|決めた|定めた)(?=[^、。？?]{0,12}?(時点|とき|時|頃|ころ))/g,
  /(の)?(ころ|頃|時点|とき)(より|と比べて|に比べて)(今|いま|現在)(の方|のほう)?(が|は)?/g,
  /(が|は)?(下がって|上がって|増えて|減って|落ちて)(い)?(ない|ません)(か|の)?[?？]?/g,
  // 「目標の100%まであとどのくらい？」「目標との差は前年度より縮まりましたか」「目標の半分ぐらいまでは来てた？」: how far
  // from the target, which the verdict's gap says.
  /(目標の)?(半分|半ば|何割|[0-9０-９一二三四五六七八九]割)(ぐらい|くらい|程度)?(まで|に)?(は)?(来て|達して|届いて|行って|いって)?(い)?(た|る|ます|ました)?(か)?/g,
  // 「目標までの距離は…縮まったのか広がったのか。目標値の変更も含めて教えてください」: how the gap moved, no subject.
  /(の)?距離(は|が)?/g,
  /(は|が)?(縮まった|縮んだ|広がった|開いた|縮まって|広がって)(い)?(る)?(の)?(か)?[、,。]?/g,
  /(目標値|目標)?の?(変更|変化)(も|を)?(含めて|あわせて|併せて)(教えて(ください|下さい)?)?[?？。]*/g,
  // 「目標30%の3分の2まで来てた？」「目標の半分までは来てた？」: a share of the target, which the verdict's gap answers.
  /(の)?([0-9０-９一二三四五]+分の[0-9０-９一二三四五]+|半分|半ば|[0-9０-９一二三四五六七八九]割)(まで|に)(は)?(来て|届いて|達して|いって)(い)?(た|る|ました|ます)?(か)?[?？]?/g,
  /(の|は|が)?(目標(値)?)?(の[0-9０-９.．]+\s*[%％])?(まで|との差|までの差|までの距離)(は|が)?(あと|残り)?(どのくらい|どれくらい|どれだけ|何ポイント)?(ですか|か)?[?？]?/g,
  /(の)?(報告の)?時点で/g,
  /(あと|残り)(どのくらい|どれくらい|どれだけ|何ポイント)(ですか|か)?[?？]?/g,
  /(は|が)?(前年度|昨年度|前年)?(より|から|と比べて)?(縮まり|縮まっ|縮ん|広がり|広がっ|開き|開い)(ました|た|ている|てる|ます)?(か)?/g,
  // 「…の水準に追いついた？」: two figures compared, which the answer's first line says.
  /(の)?(水準|レベル|数字|数値)?(に|へ)(追いつい|追い付い|追い抜い|並ん)(た|て(い)?る)?(の|ん)?(か|ですか|でしょうか)?[?？]?/g,
  // 「…を令和2〜4年度で追っています。…と言えますか」: how a trend is asked, which the answer's series says.
  /(と|って)?(言え|いえ)(ますか|るか|る|ます|そう)?(か)?[?？。]*/g,
  /(を)?(追って|追いかけて|見て)(います|いる|いて)[。、,]?/g,
  /(は|が)?(年々|年を追って|年度を追って|一貫して|ずっと|右肩上がりに|右肩下がりに|右肩上がりで|右肩下がりで)/g,
  /(の)?(推移|移り変わり|増減)(は|を|が)?/g,
  // 「理由を教えてください、架空省が…」: the ask put first, before what it is about.
  /^(理由|内容|数|件数|人数)?(を)?(教えて(ください|下さい)|ご教示ください|知りたいです)[、,]/g,
  // 「3つとも数字が見たい」: how many ministries are compared, which the table gives.
  /[0-9０-９一二三四五六]つ(とも|すべて|全部)(の)?(数字|数値|値)?(が|を|も)?(見たい|知りたい|教えて)?(です)?/g,
  // 「…を整えたとのことですが、」「…と聞きましたが」: what the asker has heard, a preamble to the ask.
  /(とのことですが|とのことだが|とのことで|と聞きましたが|と聞いたが|と聞いていますが|とありますが|そうですが|だそうだけど|だそうだが|そうだけど|らしいけど|らしいですが|と聞いたけど)[、,]?/g,
  // 「両方知りたいです」「…について」: a request for both figures, the report named after the ask.
  /[、,]?(両方|どちらも|いずれも)(とも)?(を)?(知りたい(です)?|教えて(ください|下さい)?)?[。]?/g,
  /(に)?ついて[?？。]*$/,
  // 「…を教えてもらえますか」「ご教示ください」「並べてほしい」: a request, in any politeness.
  /(を|は|が|に|で|の)?(教えて(ください|下さい|もらえますか|もらえる|いただけますか|ほしい|欲しい)?|ご教示(ください|下さい|願います)?|(ほしい|欲しい)(です)?|知りたい|ですか|ますか|でしょうか|のか|って|か)?[?？。]*$/,
  // 「ちゃんと実施できたんでしょうか」: whether it was done, asked as a status.
  /(は)?(ちゃんと|きちんと)?実施でき(た|ている|ました|ていますか)(ん|の)?(でしょうか|ですか|か)?[?？。]*$/,
  // 「…は何ですか」: the interrogative left once the polite ending is gone.
  /(は|が|とは)?(何|なに|なん)(なの|だった|でした)?(か)?[?？。]*$/,
  /(の)?(実施状況|実施の有無)(は|を|について)?/g,
  /(の|は)?(目標設定時|目標|現状|現在|最新|実績|基準値|当初)(の)?(値|数値|数字|水準)?(は|を|と|に|で)?/g,
  // Metric titles name what is counted (取得率, 採用目標), rarely the word for a share itself.
  /(の)?(割合|比率|数値|値)(は|を|が)?/g,
  /(時点|現在)(の|で|における)?/g,
  /(は|を|が)?(達成(でき)?(て)?(いない|ない)(の)?(は)?(どれ|どこ)?(ですか)?|達成(でき)?(した|している|していますか|できている|できていますか|しましたか|された|されている)?|上回った|上回っている|下回った|届いている|届かなかった|届かない|満たなかった|満たない|満たせなかった|満たせていない|満たせていなかった|満たせない|満たせた|満たせて(いましたか|いますか|いました|います|いた|いる|い(?=\s|$))|割り込んだ|割り込んでいる|満たして(いましたか|いますか|いた|いる|い(?=\s|$))?|クリア(し|でき)(て(いる|いた|いました|います|る))?(ました|た)?)(か)?/g,
  // 「令和2年度・令和3年度・令和4年度の3年とも満たせていますか」: every year named, which the years already say.
  /(の)?([0-9０-９一二三四五]+(か|ヶ|カ)?年(度)?(間)?|各年度|いずれの年(度)?|どの年(度)?)(とも(に)?|も)(?=\s|$|満|達|上|下|届|ク)/g,
  // 「…目標に届かなかった府省はどこですか」 once the verdict went: which ministries, which the answer's lead says.
  /(?<=^|\s)(の)?(府省庁|府省|省庁|ところ)(は|が)?(どこ|どちら)?(ですか|でしょうか|か)?[?？]?(?=\s|$)/g,
  // 「「試行」や「試験的に」という形で新しく始めた取組があるのはどこ」: how it is done, said about the words quoted.
  /(という|といった|のような|みたいな)(形|かたち|形式|やり方)(で)?/g,
  /(が|の)?ある(の|ところ|府省)は(どこ|どちら)(ですか|でしょうか|か)?[?？]?/g,
  // 「…仕組みを新規で作ったところはありますか」: the ministries that did, not what was done.
  /(を)?(作った|設けた|始めた|導入した|つくった)(ところ|府省庁|府省|省庁)(は|が)?(あります|ある|ありました|あった)?(か)?[?？]?/g,
  // 「新規のうち、内閣人事局が絡んでいるものだけ抜き出して」: the tag's initiatives that name it, whatever the verb.
  // 「メンター制度をやっている府省はいくつある？」: the ministries counted, not what they do.
  /(を|が)?(やっている|やってる|している|実施している|行っている|導入している|始めた|取り組んでいる)?(府省庁|府省|省庁|ところ)(は|が|って)?(いくつ|幾つ|何か所|何カ所|何ヶ所|何箇所)(ある|あります|あった|ありました)?(の)?(か)?[?？]?/g,
  /(は|が)?何(府省庁|府省|省庁)(ある|あります|あった|ありました)?(の)?(か)?[?？]?/g,
  // 「目標を立てた時点の３倍を超えたと言ってよいですか」: the ratio asked and the asking, not what is measured.
  // 「…目標に対して３倍以上の水準まで来ていますか」: a multiple held against the figure, said with where it has reached.
  /(の)?[0-9０-９一二三四五六七八九十]+倍(以上|超)?(の)?(水準|レベル)?\s*(まで|に)?\s*(来て|きて|達して|届いて)?(い)?(る|ます|ました|た)?(か)?/g,
  /(に|へ)?対して/g,
  // 「目標の10%程度までの残りは…どれだけ縮まりましたか」「100%までの残りは…半分になった？」 once まで went: the gap asked.
  /(?<=^|\s)の(残り|距離)(は|が|を)?(?=\s|$)/g,
  /(?<=^|\s)(だけ|半分に(なった|なっている|なりました)?)[?？]?(?=\s|$)/g,
  /(?<=^|\s)(来て|きて)(い)?(る|ます|ました)?(か)?(?=\s|$)/g,
  /(の)?[0-9０-９一二三四五六七八九十]+倍(を|に)?(超えた|超えて|上回った|上回って|になった|なった|達した)?(い)?(る)?/g,
  /(と)(言って|いって)(よい|いい|良い)(ですか|でしょうか|か)?[?？]?|(と)(言え|いえ)(る|ます)(か|の)?[?？]?/g,
  // 「…100%の目標を、令和2年までの期限で掲げているのはどこの府省ですか」: who set the target, by when (the date is read apart).
  /(まで)?の期限で/g,
  /(を)?(掲げて|設定して|定めて|立てて)(いる|いた)(の)?(は)?(どこ)?(の)?(府省庁|府省|省庁)?(ですか|か)?[?？]?/g,
  // 「新規がちょうど2件だったところを全部挙げて」: the number the counts are held against, not a subject.
  /(が|は)?(ちょうど|丁度|ぴったり)\s*[0-9０-９]+([.．][0-9０-９]+)?\s*(件|名|人|日|時間|%|％|回)(だった|でした|の|で)?(ところ|府省庁|府省|省庁)?(は|を)?(どこ)?(全部|すべて|全て)?(挙げて|教えて)?(ください|下さい)?(か|ですか)?[?？]?/g,
  // 「新規だったものが…拡充になった取組はどれ？」: the lineage's 新規 → 拡充, no subject of its own.
  /(新規|【新規】)(だった|でした|として始めた|で始めた|で始めて|として始めて|で始まった|で始まり|の)(もの|取組|取り組み)?(が|で|のうち|は)?[、,\s]*/g,
  /(拡充|【拡充】)(に|と|へ)?(なった|された|した|なっている|されている|進んだ|移った)(もの|取組|取り組み)?(は|を)?(どれ|何|なに|どんなもの)?(か|ですか|でしょうか)?[?？]?/g,
  // 「令和2年度は「実施」だったのに令和3年度で後退してない？」: the statuses compared, each year's read from its report.
  /(は|が)?[「『]?(実施未定|実施)[」』]?(だった|でした|していた|してた)のに/g,
  /(で|に|から)?(後退|逆戻り|後戻り)(して|した|し)?(い)?(ない|る|た|ません|ていない|てない)?(か|の|ですか)?[?？]?/g,
  // 「…をクリアできた年が、…のうち一度でもありますか」: whether any of the years named passes, asked of every year.
  /(の)?(年|年度|とき|時)(が|は)[、,\s]*(?=.*一度でも)/g,
  /[、,\s]*(の)?(うち)?[、,\s]*一度でも(あり|ある|あった)?(ます|ました)?(か)?[?？]?/g,
  // 「「35%以上」という目標」: the target quoted by its figure, which the row prints; what it is about is the rest.
  /[「『]?[0-9０-９.．]+[%％](以上|程度|以下|未満)?[」』]?(という|との)?/g,
  /(は|を|が)?(いつ|何年|何月|どの時期|時期)(に|から|まで)?/g,
  // 「何ポイント高い？」「何ポイント低くなった」: a change asked as a difference, no part of the subject.
  /(は|が)?何ポイント(高|低)(い|く(なっ)?(た|ている|ています|なりました)?)(か|の|ですか)?/g,
  /(は|を|が|に)?何(名|人|日|か月|ヶ月|カ月|ヵ月|時間|回|件|倍|割|台|組|部署|部局|課室|部|円|社|校|か所|箇所|%|％|パーセント|ポイント)(を|に|の|以上|未満|だった|であった)?/g,
  // A change: 「…は前年度から何ポイント上がった」 — the years are read as the scope, the verb is no part of the subject.
  /(から|まで|までに|と比べて?|より)?(で|に)?(上がっ?|下がっ?|増え|減っ?|増加し|減少し|変わっ?|変っ|変化し|伸び|改善し)(た|りました|ました|ている|ています|てい|てる)(ますか|か|の)?/g,
  // 「…何ポイント伸びたかで比べて、いちばん伸び幅が大きい府省とその伸び幅」: the superlative of a move, which the lead says.
  /[、,]?(で比べ(て|ると)[、,]?)?(いちばん|一番|最も|もっとも)(伸び幅|増え幅|上げ幅|下げ幅|減り幅|伸び|差)(が|の)?(大きい|小さい|大きかった|小さかった)(府省|省庁|ところ|職位|もの|のは)?(は|と)?(その(伸び幅|差|幅))?/g,
  /[、,]?(で比べ(て|ると)[、,]?)?(いちばん|一番|最も|もっとも)(伸びた|増えた|上がった)(の|府省|省庁|職位)?(は)?(どれ|どこ)?(ですか|か)?/g,
  // 伸び幅 and its kin name the move asked, never what moved.
  /[、,]?(その)?(伸び幅|増え幅|上げ幅|下げ幅|減り幅)(が|は|を|の|と)?/g,
  /(か)?(で)?比べ(て|ると)[、,]?/g,
  // 「目標をいちばん大きく上回っているのはどの職位ですか」: how far and which post, which the answer's lead says.
  /(最も|もっとも|一番|いちばん)(大きく|多く|高く|小さく|少なく|低く)/g,
  /(の)?(は|が)?どの(職位|役職|区分|ポスト|階層)(ですか|でしょうか|か)?/g,
  /[、,]?(職位|役職|区分|ポスト|階層)(ごと|別)に(見て|見ると|みて|みると)?/g,
  // 「3つの職位で立てていますが、そのうち…」: a premise said before the question, and the part of it asked.
  /[0-9０-９一二三四五六]+つの(職位|区分|職階|階層|項目)(で|に|ごとに)?/g,
  /(で|を)?(立てて|設けて|掲げて|定めて|設定して)(い)?(ます|る)が[、,]?/g,
  /(そのうち|その中で|そのなかで)[、,]?/g,
  /(を)?(下回って|上回って|割り込んで)(いる|いた)(府省庁|府省|省庁|ところ)?(は|が)?(あり|ある)?(ます)?(か)?[?？]?/g,
  /(?<=^|\s)(という|との)(?=\s|$)/g,
  /(延べ)/g,
  // 「何人くらい」「どれくらい」: an amount asked loosely is still the amount.
  /(どの|どれ)?(くらい|ぐらい|ほど)/g,
  // 「…どのくらい取れてるの」: how much of a leave is taken, the amount asked.
  /(が|を|は)?(取れて|取得して|取得でき(て)?|取って|使えて|使って)(い)?(る|た|ます|ました)?(の|ん)?(か|ですか|でしょうか)?[?？]*$/g,
  // 「府省別に」「各府省で」「それぞれ」 say how to answer (per ministry, per year named), not what about.
  /(各(府省庁|府省|省庁)|(府省庁|府省|省庁)(別|ごと|毎))(に|で|では|の|は)?/g,
  /(それぞれ|各々)(の|で|に|は)?/g,
  // 「全府省分まとめて」「府省ごとに並べて」「整理して」: how to lay the answer out.
  /(全(府省庁|府省|省庁)(分)?)(を|の|で)?/g,
  /(に)?(まとめて|並べて|整理して|分けて|挙げて)(ください|下さい)?/g,
  // 「2020年度分と2022年度分」「年度ごとに」: the years are the scope (which may have taken the years away already).
  /(?<=年度)分(と|、|・|に|を)?/g,
  /(^|[\s、,])分(と|、|・|に|を)?(?=[\s、,]|$)/g,
  // 「同じ令和2年度の報告で比べると」 once the year went: the years are the scope.
  /(^|[\s、,])同じ(?=[\s、,]|$)/g,
  /年度(ごと|毎|別)(に|で|の)?/g,
  // 「令和2年度と比べて」: the years are the scope; 比べて compares, it names nothing.
  /(と|に)?(比べ|比較し)(て|た|ると|たら)?/g,
  /(は|を|が)?(どのような|どのように|どう(?!か)|どんな|何を|なにを|何が|いくつ|どれくらい|どのくらい|どれだけ)/g,
  /(実施|した|している|された|されている|行った|行っている|しましたか|ですか|ますか|でしょうか)+[?？。]*$/,
  // Linking phrases and the generic word for initiative: every statement is an 取組, so they tell nothing apart.
  /(について|に関して|に関する|に向けて|に向けた|のために|ために|として|関連の|関係の)/g,
  /(取組|取り組み|取組み|施策|対策)(を|は|が|の)?/g,
  // 「…面談する取組をしていますか」 once 取組を and ますか went: the verb's remains name nothing.
  /(?<=^|\s)(して|やって|行って)(い|いる|る)?(?=\s|$)/g,
  /(?<=[\p{Script=Han}\p{Script=Katakana}])(する|を行う)(?=\s|$)/gu,
];

/** What a reason question adds around its subject: 「…が実施未定なのはなぜ？」「…を実施未定とした理由は？」. */
const REASON_SCAFFOLDING: RegExp[] = [
  // 「続けて実施未定だった項目のうち、理由の書き方が年度で変わったものはどれ」: rows picked by their years and reasons.
  /(に)?(続けて|続いて|連続して)?[「『]?実施未定[」』]?(だった|になっていた|のままの|の)(項目|もの|取組)?(のうち|の中で)?[、,\s]*/g,
  /(の)?理由(の書き方|の内容|の書きぶり|の記載|の文言|の中身)?(が|は)?(年度で|年度によって|年度ごとに)?(変わった|変わっている|違う|異なる)(もの|項目)?(は|を)?(どれ|どこ)?(ですか|か)?[?？]?/g,
  // 「実施未定なのに理由が空欄になっている項目ってある？」「まったく同じ理由を書いて実施未定にしている府省」: rows picked by
  // their reason column and their years, not by a subject.
  /(なのに|だが|だけど|で)?[、,\s]*理由(欄)?(が|は|を|の)?(空欄|空っぽ|空白|未記入|無記入|書かれていない|書かれてない|書いていない|書いてない|(の)?記載(が)?(ない|なし|無い|されていない)|なし|無し)(に)?(の)?(まま)?(なって|されて)?(いる|いた)?/g,
  /(まったく|全く)?同じ理由(を)?(書いて|挙げて)?/g,
  /(同じ|似た|同様の|似通った)(ような)?(理由|事情)(で|から|により)/g,
  /(うち|当省|当庁|わが省|我が省|こちら)(も|でも|では)[、,]?/g,
  /(という|といった)?(状況|状態|事情)(です|でして|なんです|なのですが|ですが)[。、,]?/g,
  /(の)?(両方|どちら|いずれ)(の年度)?(で|に|とも|も)?(続いて|続けて)?(いる|いた)?(もの|項目)?(は|が)?(ある|あります)?(か)?[?？]?/g,
  /(?<!そ)(項目|もの|ところ)(って|は|が)?(ある|あります|あった|ありました)(の)?(か)?[?？]?/g,
  // 「…を実施未定にしてたのって、勤怠管理システムがまだ無いからだっけ？」「…応募が一人もなかったから実施未定にした、
  // という理解で合っていますか」: the asker's guess at the reason, which the answer checks against the report's.
  /(って|のは)[、,]?[^、,。？?]+?(から|ので|ため)(だっけ|でしたっけ|ですよね|だよね)[?？]?/g,
  /[、,]?[^、,。？?]+?(から|ので|ため)(?=実施未定に)/g,
  /[、,]?という(理解|認識)で(合って|あって|よろしい|正しい)(い)?(ます|る|でしょう|です)?(か)?[?？]?/g,
  // 「…という理由で実施未定にしていたのはどこ？」「「検討中」と書いている府省と、その中身は？」: reasons picked by what
  // they say (answer-reason.ts reads the description or the quotes), and which ministry, which the table gives.
  /(という|との|を|が)理由(で|により|から|に|として)?/g,
  /(見送って|見送った|見送り)(いた|ました)?(取組|項目)?(は|を)?(どれ|どの|何)?(ですか|か)?[?？]?/g,
  /(と)?(書いて|書かれて|記載して|記載されて|挙げて|述べて)(いる|いた)?/g,
  /(の)?(は)?(どこ|どの(府省庁|府省|省庁|省|ところ))(か|ですか|でしょうか)?[?？]?/g,
  /(した|している|していた)?(府省庁|府省|省庁)(と|は|を|が)?(ある|あります)?[、,]?/g,
  /(その)?(中身|内容|詳細)(は|を)?/g,
  /(は|を|が)?(なぜ|どうして)/g,
  // 「…の理由を比べるとどう違う？」: two ministries' reasons side by side, which the table gives.
  /(を)?(比べると|比較すると|比べて)?(どう|どのように)(違う|異なる|違います|異なります)(の|か|のか)?[?？]?/g,
  /(が|を|は|と|に)?(実施未定)(なの|だった|であった|としていた|とした|とされた|とされている|と?なっている|の|に(していた|した|なっていた|なった|なっている)?)?(の)?(理由|わけ)?(は|を|として)?/g,
  // 「実施未定の2項目について」: how many rows, which the answer lists anyway.
  /[0-9０-９]+(項目|件|つ)(について|の|を)?/g,
  /(と)?(その)?(の)?理由(は|を|として|も)?/g,
  // 「…を実施未定にしていたのはどの府省？」: which ministry is the answer's table, not a subject.
  /(にしていた|にした|としていた|とした|だった)?(の)?(は)?(どの|どこの)(府省|省庁|省|府省庁)(か|ですか|でしょうか)?[?？]?/g,
  /(そのもの|自体)(を|が|は)?/g,
  // 「…項目の理由を、それぞれご説明ください」「3項目のうち、理由が書いてあるのはどれ？その理由も」: which rows, asked around.
  /(の)?(項目|小項目|中項目)(の|を|は|が)?/g,
  /(を)?(ご説明|説明して|説明)(ください|下さい|願います)?/g,
  /(の)?うち[、,]?/g,
  /(が)?(書いて|記載されて|書かれて)(ある|あります|いる)(の|もの)?(は)?(どれ|どこ)?(か|ですか)?[?？]?/g,
];
/**
 * What a change question adds around its subject: 「…の取組で令和3年度から令和4年度にかけて変わったものは？」「前年度から
 * の変化は？」「やめた取組は？」 name no figure — the subject left is empty, and the report's changes answer.
 */
const CHANGE_SCAFFOLDING: RegExp[] = [
  // 「令和2年度に【新規】で始めたと報告された取組のうち、同じ府省の…報告にはもう出てこなくなったもの」: what the reports
  // no longer print (DROPPED), and of whose reports.
  /[【「]?新規[】」]?(で|に|として)?(始めた|開始した)?(と)?(報告|記載)?(された|されている)?(取組|取り組み)?(のうち|の中で)?[、,]?/g,
  /(同じ|その|当該)(府省|省庁)の/g,
  // 「令和3年度の報告にあって、令和4年度の報告からは消えてしまった取組ってある？」: in one report, gone from the next.
  /(の)?(報告)?(に|には)?(あって|あった|載っていて|載っていた|出ていて|あったのに)[、,]?/g,
  /(の)?(報告)?(から|で)(は)?(消え|なくなっ|無くなっ|外れ|落ち)(て)?(しまっ)?(た|て(い)?る)(もの|取組|取り組み)?(は|が|って)?(ある|あります)?(か)?[?？。]*/g,
  /(の)?(報告)?(に|には|で)?(もう|その後|以降)?(出てこ|載ら|見当たら)なく(なっ|なり)(た|て(い)?る|まし(た)?)?(もの|取組|取り組み)?(は|が)?(あります|ある|ありますか)?(か)?[?？。]*/g,
  new RegExp(`(${DROPPED_VERBS})(取組|取り組み|もの)?(って|は|が)?(ある|あります)?(か)?[?？。]*`, 'g'),
  // 「…までの伸び方がこのまま続いたとして、5%程度の目標には届きそうですか」: the pace carried on to the target
  // (projectionLead in combined-figures.ts), which names no row.
  /(の)?(伸び方|伸び|ペース|増え方|減り方|上がり方)?(が)?この(まま|ペース|調子)(で)?(続いた|続けば|続くと|続いたら|いけば|行けば|推移すれば|進めば)?(として|とすると|とした場合|ら)?[、,]?/g,
  /(の)?(伸び方|伸び|ペース|調子)(で|が)(続いた|続けば|続くと|続いたら|いけば|行けば|推移すれば|進めば|進むと)(として|とすると|とした場合|ら)?[、,]?/g,
  /(の)?([0-9０-９.．]+\s*[%％](程度|以上)?の)?(目標)?(に|には)?(届き|達し|到達し|間に合い|クリアでき)(そう)?(です|でしょう|ます)?(か)?[?？。]*/g,
  // 「…のうち、令和3年度の報告で先に「実施」に変わったのはどちらですか。見送っていたときの理由もあわせて」: which of the
  // rows, and the reason the answer gives with each.
  /(先に|最初に|いち早く)/g,
  /(の)?(は|が)?(どちら|どっち)(ですか|でしょうか|か)?[?？。]*/g,
  /(を)?(見送って|見送っ|先送りして)(い)?(た)?(とき|時|当時)?(の)?/g,
  /(も)?(あわせて|併せて)(お願いします|教えて(ください|下さい)?|ください|下さい)?[。？?]*/g,
  // 「…のうち、令和3年度の報告で【新規】の取組として動き出したもの」: a row left 実施未定 that became done (BECAME_DONE).
  /(の報告で)?[【「]?(新規)?[】」]?(の)?(取組|取り組み)?(として|で)?(動き出|動きだ|着手|始ま|始め)(し|っ)?(た|て(い|お)?る)?(もの|項目|取組)?(を|は)?/g,
  // 「この3年でどう変わった」「3年間の推移」: the years of the series, which the reports loaded give.
  /(この|ここ)?(?<![\p{Script=Han}0-9０-９])[0-9０-９二三四五]+年(間|分)?(?!度)(で|の|は)?/gu,
  // 「前年比でどうなった」 once the scope took 前年 away: the comparison and how it turned out, no subject.
  /(?<=^|\s)比(で|は|では)?(?=\s|$|[^\p{Script=Han}])/gu,
  /(は|が)?どう(なった|なっている|なってる|なりました|だった|でした)(か|の)?[?？]?/g,
  // 「令和2年度に実施未定で令和3年度には実施に変わった項目について、…それぞれ当時の理由を教えて」: the rows by their status.
  /(に|は)?(実施未定|実施)(で|だった|でした|から|の|→)(が|けど|のに)?[、,\s]*(には|は|に)?[、,\s]*(実施未定|実施)(に|へ|と)?(変わった|なった|移った|戻った|した|済み)?(項目|もの|取組|取り組み|ところ)?(と|について|は|を|の)?[、,\s]*/g,
  // 「実施未定だった項目のうち、…「実施」へ変わったもの」: the two statuses said apart.
  /(に|は)?[「『]?(実施未定|実施)[」』]?(だった|でした|で|の)(項目|もの|取組|取り組み)(のうち|の中で|で)?[、,\s]*/g,
  /(に|は)?[「『]?(実施未定|実施)[」』]?(に|へ|と)(変わった|なった|移った|戻った|変わっている)(もの|項目|取組|取り組み)?(と|について|は|を|の)?[、,\s]*/g,
  /(それぞれ)?(当時|その時|その年度|その)?(の)?(理由|わけ)(を|は|も)?(教えて|知りたい)?(ください|下さい)?[?？。]*/g,
  // 「…の報告で数字は変わっていますか」: the figure is the row's, whichever word names it.
  /(の)?(報告)?(で)?(数字|数値|値)(は|が|も)?(?=\s*(上が|下が|増え|減っ|変わ|変化|伸び|$))/g,
  /[→⇒]/g,
  /(は|が)?(変わっ|変化し)(てい|た)?(ます|る)?(か|の)?/g,
  /(で)?(何ポイント)?(アップ|ダウン)(した|している|しました)?(か|の)?/g,
  /(やめた|止めた|取りやめた|なくなった|無くなった|終了した|打ち切った|消えた)(取組|取り組み|もの)?(は|を|が)?/g,
  /(取組|取り組み)(を)?(やめ|止め|取りやめ|終了し|打ち切っ)(た)?(もの|の)?(は|を|が)?/g,
  /記載(が|の)なくなった(取組|取り組み|もの)?(は|を|が)?/g,
  /(の)?(取組|取り組み)(で|の中で|のうち)/g,
  /(に)?かけて/g,
  /(変わった|変化した|変更された|変更した|違う|異なる)(もの|ところ|点|こと)(は|を|が)?/g,
  /(の|で)?(変化|違い|変更点)(は|を|が)?/g,
  // 「…で比べると何ポイント差がある？」: the difference asked, which the change gives.
  /(の)?(差|違い)(が|は)?(ある|あります|あった|出て(いる|いますか|る)?)(の)?(か)?/g,
  /(何|なに)(が|を)(?=\s*$)/g,
  // 「前年度比で」「令和2年度から令和4年度までで」「令和2年度より何日多い」: the years are the scope, the comparison the kind.
  /(?<=^|[\s、,])(比|比較)(で|では|して)?(?=[\s、,]|$|何)/g,
  /まで(で|に|の間に?)?/g,
  /(より|から)?(多い|多く|少ない|少なく)(なった|なっている|なりました)?(か)?/g,
  // 「2つの項目のうち」 left once the rest went: which rows, which the change lists.
  /([0-9０-９一二三四五]+つの)?項目(のうち|の中で)/g,
];

/** What a list or a count of initiatives adds: 「新規に始めた取組」「拡充した取組」「実施未定の項目」. */
const ENUMERATION_SCAFFOLDING: RegExp[] = [
  // 「【拡充】の件数が【新規】の件数以上になっている府省は？件数も」: two tags' counts held against each other.
  /(の件数|の数)?(が|は)?[【「]?(新規|拡充|継続)[】」]?(の件数|の数)(以上|以下|より多い|より少ない|を上回って|を下回って|を超えて)(に)?(なって)?(いる|いた)?/g,
  /(件数|数)(も)[?？。]*$/g,
  // 「3年分を通して【拡充】が1件しかない府省を、その1件の中身とあわせて」「3年分合計したとき、…年度ごとの件数も」: the count
  // held and how the answer lays it out, which the lead and each year's lines give.
  /(が|は)?[0-9０-９]+件しか(ない|なかった|ありません|出ていない)(の)?/g,
  /(その)?([0-9０-９]+件)?(の)?(中身|内容)?(と)?(あわせて|併せて)[、,]?/g,
  /(した)?(とき|時|場合)[、,]/g,
  /[、,。]?(年度ごと|年度別|各年度)の(件数|数|内訳)(も|を)?[?？。]*/g,
  /(の)?(は)?どの(府省庁|府省|省庁)(ですか|か|でしょうか)?[?？。]*/g,
  /(に)?かけて[、,]?/g,
  /(が|は)?前の年(度)?(より|と比べて|から)?/g,
  /(の)?項目数(が|は)?/g,
  // 「令和2年度の3件は令和4年度には何件まで減った？」: the earlier count, said to be checked, and the change asked.
  /(の)?[0-9０-９]+件(は|が|から)/g,
  /(は|に|には)?何件(まで|に)(減|増|下が|上が|伸び|縮)[^？?]*[?？]?/g,
  // 「どんな新しい取組を始めた？」: the tag (新規) said in words.
  /(どんな|どのような|どういう)?新しい(取組|取り組み|施策|もの)?(を|が|は)?(始めた|開始した|始まった|導入した)?/g,
  // 「新規のうち、内閣人事局が絡んでいるものだけ抜き出して」: the tag's initiatives that name it, whatever the verb.
  /(が|と|に)?(絡んで|関わって|かかわって|関係して|関連して|携わって)(いる|いた)(もの|取組|取り組み)?(だけ|のみ)?(を)?(抜き出して|挙げて|教えて|出して|知りたい)?(ください|下さい)?[?？。]*/g,
  // 「テレワ関係で…【新規】として報告されている取組をすべて」: where the tag stands and how many, not what about.
  /[】」』]?として(挙げ|掲げ|記載|報告)(され|し)?(て)?(いる|いた|た)?/g,
  /(を)?(すべて|全て|全部)/g,
  /(関係|関連)(で|の)/g,
  // 「【新規】と【拡充】を合わせると取組は何件になりますか。内訳もお願いします」: the counts added (SUM_ASKED) and each given.
  /(を)?(合わせると|合わせて|足すと|足したら|合計すると|合算すると|足し合わせた|足し合わせて|足した|足して|合わせた|合計した)/g,
  // 「…いちばん多い府省はどこで、それぞれ何件ですか」: which ministry, once the superlative went.
  /(が|の)?(ある)?\s*(府省|省庁|ところ)?(は)?どこ(の(府省庁|府省|省庁))?(で|か|です|でしょう)?(か)?(?=[？?、,。]|\s|$)[？?、,。]?/g,
  /(取組|取り組み)?(は)?(何件|いくつ)?(に)?(なり(ます|ました)|なる)(か)?[。?？]*/g,
  /[、,。]?内訳(も|を|は)?(お願いします|教えて(ください|下さい)?|知りたい(です)?|ください|下さい)?[。?？]*/g,
  // 「…と減ってきていますか？年度ごとの件数で教えて」「毎年1件ずつ減ってきたと言えますか」: how the counts moved over the
  // years, which the counts of each year named show.
  /(と|で)?(毎年|年々)?([0-9０-９]+件ずつ)?(減って|増えて|減り|増え)(きて|き|続けて)(い)?(る|た|ます|ました)?(と言えますか|と言える|と言っていい|か|の)?[?？。]*/g,
  /(の)?件数で(教えて|お願いします)?(ください|下さい)?[?？。]*/g,
  // 「…が3件ずつなの？」: the number asked is checked against the counts the answer gives.
  /(が)?[0-9０-９]+件ずつ(なの|なん|です|でした|だった)?(か|ですか|でしょうか)?/g,
  // 「毎年同じ件数の【新規】」「件数が3年とも同じ府省」: counts compared across the years named (sameEveryYear).
  /(の)?(件数|数)?(が|は)?(毎年|毎年度|[0-9０-９三]年(と|間と)も|各年度とも|どの年度も|年度によらず)[^。？?、]{0,4}?(同じ|同数|変わらない|変わらず)(の)?(件数|数)?(の|な|に|で)?/g,
  // 「【新規】が1件だけのもの」: the count asked is the threshold's (thresholdOf).
  /(が)?[0-9０-９]+件だけ(の|なの|な)?/g,
  // 「それぞれ何件ずつ？」「…として新たに始めたことは何ですか」: how the answer is laid out, and what is listed.
  /ずつ/g,
  /(こと|もの)(は|を|が)?(?=\s*(何|なに|$))/g,
  // 「令和2年度に抱えていた実施未定を令和4年度までにすべて片付けたと言えますか。両年度の件数で」: the rows counted in each
  // year named, which is what says whether they were cleared.
  /(に)?(抱えて|残して)(い)?(た|る)/g,
  /(を|が)?(すべて|全て|全部)?(片付け|片づけ|解消し|解消され|なくし|無くし|ゼロにし|ゼロになっ)(た|て(い)?る)?(と(言え|いえ)(ますか|る|ますでしょうか)?)?(か)?[?？。]*/g,
  /(両年度|両方の年度|各年度)(の)?(件数|数)?(で|を)?/g,
  // 「府省ごとに数えてください」「…した府省と、その中身は？」: how to count, and which ministry, which the table gives.
  /(を)?(数えて|カウントして)(ください|下さい)?/g,
  /(した|している)?(府省庁|府省|省庁)(と|は|を)[、,]?/g,
  // 「…を合計して3件以上ある府省」: which ministry, which the table gives.
  /(が)?(ある|あった|あります)(府省庁|府省|省庁|ところ)(は|を|が)?(どこ)?[?？。]*/g,
  /その(?=中身|内容|詳細)/g,
  // 「新規または拡充」: both tags, read by tagsOf.
  /(または|又は|もしくは|や|と|・)(?=【?(拡充|新規))/g,
  // The tag as the reports print it (【新規】) or as a word (新規の取組).
  /[【「『]?(新規|拡充|継続)[】」』]?(の|に|した|された|して|で|とした|とされた|と(なって|して)いる|(と|が)(付いた|付いている|付けられた|書かれた))?(始めた|開始した|実施した|行った|導入した)?(取組|取り組み|施策|もの)?(は|を|が)?/g,
  // 「報告に何件載っていますか」: where the report prints them, which the scope already says.
  /(に|が)?(載って|記載されて|掲載されて)(い(る|ます|た|ました)?)?/g,
  /(新た|新し)(に|く)(始めた|始まった|開始した|開始された|実施した|実施された|行った|行われた|手がけた|手掛けた|導入した|取り組んだ)/g,
  /(始めた|始まった|開始した)(取組|取り組み|施策)?(は|を)?/g,
  /(が|は)?(始まって|始めて|開始して|開始されて)(い|お)?(る|ます|ました|た)?(か)?/g,
  // 「新規または拡充として挙げている」: the tags, and the report's listing them.
  /として(挙げ|掲げ|記載し|報告し)て(いる|います|いた)?/g,
  // 「その報告で【新規】の取組を何件出していますか」: the report's putting them forward, which the scope already says.
  /(を|が)?(出して|出し|打ち出して)(い)?(る|ます|ました|た)(か)?[?？。]*/g,
  /(が)?(あり|ある)(ます|ました)?(か)?[?？。]*$/g,
  /(が|を|は)?[「『"“]?実施未定[」』"”]?(([ぁ-ゖ]|残){0,10}(取組|項目|小項目|中項目|もの))?(は|を|って)?/g,
  /(項目|もの)(は|を)?/g,
  // 「…の中身を教えて」: what a list gives.
  /(の)?(中身|内容|詳細)(を|は)?/g,
  // 「一覧で」「全部で」「列挙して」 ask for all of them, which a list gives anyway.
  /(一覧|リスト|全部|全て|すべて|合計|合わせて|列挙|挙げて)(にして|で|に|を|して|は)?(ください|下さい)?/g,
  /(の)?(何件|いくつ|幾つ|件数|何個|数)(は|を)?/g,
  // 「いくつ残ってる？」「何件ありましたか、…」「府省ごとに数えてください」「…した府省と、その中身は？」
  /(が)?(残って|残っ)(いる|る|います|ますか)?/g,
  /^(何件|いくつ|幾つ)(あり(ました|ます)|ある)?(か)?[、,]?/g,
  /(あり(ました|ます)|ある)(か)?[、,]/g,
];

/** The first interrogative rule that matches, else 'unknown'. */
export function classifyKind(question: string): QuestionKind {
  return KIND_RULES.find((rule) => rule.pattern.test(question))?.kind ?? 'unknown';
}

/** 目標設定時 is tested before 目標 because it contains it. */
/** A target row's baseline, in the asker's words: 「目標設定時」「目標を立てた平成27年のころ」. */
const BASELINE_NAMED = /目標設定時|基準値|当初|目標を(立て|設定し|定め|決め)た[^、。？?]{0,12}?(時点|とき|時|頃|ころ|から|より)/;
/** The present held against another time: 「今のほうが」「…と比べて現在は」. */
export const NOW_AGAINST = /(今|いま|現在|現状|最新)(の方|のほう|は|が|と)|(より|と比べ(て|ると)?|に比べ(て|ると)?)(今|いま|現在|現状)/;

/** 「目標を設定した時点と比べて現在は上がった？」: one target row's baseline and present compared, not two reports. */
export function baselineAgainstNow(question: string): boolean {
  return BASELINE_NAMED.test(question) && (NOW_AGAINST.test(question) || SINCE_BASELINE.test(question));
}

/** 「目標を設定した平成27年7月時点から何ポイント伸びていますか」: how far the present has moved since the baseline. */
export const SINCE_BASELINE =
  /(時点|とき|時|ころ|頃|当時)(\s*[（(][^）)]*[）)])?(の(値|数値|水準))?(から|より|と比べ(て|ると)?)[^。？?]*(伸び|上が|増え|下が|減|改善|変わ|変化)|目標を(立て|設定し|定め)た[^。？?]{0,12}?(から|より)[^。？?]*(伸び|上が|増え|下が|減|改善|変わ|変化)|(時点|とき|時|ころ|頃|当時|年度)の((値|数値|水準)の)?[0-9０-９一二三四五六七八九十]+倍/;

/** 「１３%の目標に対して３倍以上の水準まで来ていますか」: the present as a multiple of the target. */
export const TARGET_MULTIPLE = /目標(値)?(に対して|と比べ(て|ると)?|の)[^。？?]{0,6}?[0-9０-９一二三四五六七八九十]+倍/;

export function metricFieldOf(question: string): MetricField | null {
  // 「…このまま続いたとして、目標には届きそう？」: the present figures' pace is what is carried on, not the targets'.
  if (PROJECTION_ASKED.test(question)) return 'current';
  const baseline = BASELINE_NAMED.test(question);
  // 「目標を立てた平成27年のころより今のほうが下がってない？」: the baseline and the present compared, so every field.
  if (baselineAgainstNow(question)) return null;
  // 「目標を立てた時点の割合」「目標を設定したときの値」: the baseline, in the asker's words.
  if (baseline) return 'baseline';
  if (/現状|現在|最新|実績|直近/.test(question)) return 'current';
  if (/目標/.test(question)) return 'target';
  return null;
}

const COUNTER_SPELLINGS: [RegExp, string][] = [
  [/何(か|ヶ|カ|ヵ)月/, 'か月'],
  [/何時間|時間数/, '時間'],
  [/何(名|人)|人数|者数/, '名'],
  [/何日|日数/, '日'],
  [/何回|回数/, '回'],
  [/何件|件数/, '件'],
  [/何倍/, '倍'],
  [/何割/, '割'],
  [/何台|台数/, '台'],
  [/何組|組数/, '組'],
  // 「いくつの部署が参加」「何部署」: before 何部 (copies), which it starts with.
  [/何(部署|部局|課室)|(いくつ|幾つ)の(部署|部局|課室|課|職場)|部署数/, '部署'],
  [/何部(?!署|局)|部数/, '部'],
  [/何円/, '円'],
  [/何ポイント/, 'ポイント'],
];

/** A tag in the brackets the reports print it in. */
const PRINTED_TAG = /【(新規|拡充|継続)】/;

/** How each tag is asked for; 「…制の拡充」 is a row's title, not the tag (after の, a tag word names a row). */
const TAG_WORDS: [Tag, RegExp][] = [
  ['新規', /新規|新たに|新しく/],
  ['拡充', /(?<!の)拡充/],
  ['継続', /(?<!の)継続/],
];

/** The tags a list or count of initiatives asks for, in the order of TAGS. */
function tagsOf(question: string): Tag[] {
  const tags = TAG_WORDS.filter(([, pattern]) => pattern.test(question)).map(([tag]) => tag);
  // 「今年度始めた取組」: what a year started is what it tags 【新規】.
  if (tags.length === 0 && /始め|開始/.test(question)) return ['新規'];
  return tags;
}

/** Nouns that name the counter of an amount asked without one (「どれだけ作業時間を減らした？」 → 時間). */
const IMPLIED_COUNTERS: [RegExp, string][] = [
  [/時間/, '時間'],
  // 参加者, 受講者, 利用者: people, counted in 名 (or 人).
  [/者(は|を|って)?[?？。]*$|者(は|を)?(府省|各府省|それぞれ|教えて)/, '名'],
  // 「…を使った職員の数」: people, counted in 名.
  [/(職員|者|人)の数/, '名'],
];

/** The counter a count question asks for (何名 → 名), or null. 名 also accepts 人 when answering. */
export function counterOf(question: string): string | null {
  // 「作業時間は、1日7時間45分勤務として何日分」: hours asked as working days are read in hours, then turned.
  if (HOURS_AS_DAYS.test(question.normalize('NFKC'))) return '時間';
  const spelled = new Set(COUNTER_SPELLINGS.filter(([pattern]) => pattern.test(question)).map(([, counter]) => counter));
  // 「利用者数や組数」: either of two counts answers, so neither counter is required.
  if (spelled.size > 1) return null;
  const named = COUNTER_SPELLINGS.find(([pattern]) => pattern.test(question)) ?? IMPLIED_COUNTERS.find(([pattern]) => pattern.test(question));
  return named?.[1] ?? null;
}

/** 「1日7時間45分勤務として何日分」: hours turned into working days (combined-figures.ts does the arithmetic). */
const HOURS_AS_DAYS = /1日[0-9]+(\.[0-9]+)?時間([0-9]+分)?(勤務|労働)?(として|で|とすると|換算)/;

/** 「職員1人あたりの」「一人当たり」: per person, which an average already is. */
const PER_PERSON = /(職員)?[1１一](人|名)(あたり|当たり|当り)(の|で)?/g;

/** Removes interrogatives, question endings and metric-field words, keeping what the question is about. */
export function subjectOf(question: string, extra: RegExp[] = []): string {
  let subject = question.trim();
  for (const pattern of [...extra, ...SCAFFOLDING]) subject = subject.replace(pattern, ' ').trim();
  // An average is per person: 「職員1人あたり月平均の超勤」 asks what 「月平均超過勤務時間は19.8時間」 says, though that
  // report does not add 職員一人当たりの.
  if (/平均/.test(subject)) subject = subject.replace(PER_PERSON, ' ').trim();
  return (
    subject
      // A quoted name is a chunk of its own: 「男の産休」取得率 must not be matched by 休取, which no text spells.
      .replace(/[『』「」"“”]/g, ' ')
      // 「目標設定時（平成26年度）」 once the date is read: the brackets are left empty.
      .replace(/[（(]\s*[）)]/g, ' ')
      // A particle left alone between removed parts (「超勤は（…）で」 once the years went) links nothing; so do the
      // separators of ministries named one by one (「テスト省・架空庁・架空省のうち」 once their names went). The space
      // before is looked at, not taken, so that neighbours (「、 ・ ・ うち」) go in one pass.
      .replace(/(?<=^|\s)(は|を|が|の|に|で|と|も|より|から|まで|・|、|うち|のうち)(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[ 、。,はをがのに]+|[ 、。,はをがのに]+$/g, '')
      .trim()
  );
}

/** 「組数じゃなくて」「割合ではなく」: a word the question sets aside for another, and the way it asks for that one. */
const SET_ASIDE = /[\p{Script=Han}\p{Script=Katakana}ー]+(?:じゃなくて|じゃなく|ではなくて|ではなく|でなくて|でなく)[、,]?/gu;
const WANTED_AS = /(?<=[\p{Script=Han}\p{Script=Katakana}ー])(?:で|を)(?:知りたい|教えて(?:ほしい|ください|下さい)?|お願いします)[。？?]*$/u;

/** The words a question sets aside (「事務次官ではなく大臣や長官が」 → 事務次官), normalised as the matcher reads texts. */
export function setAsideWords(question: string): string[] {
  return [...question.normalize('NFKC').matchAll(SET_ASIDE)].map((match) =>
    match[0].replace(/(じゃなくて|じゃなく|ではなくて|ではなく|でなくて|でなく)[、,]?$/u, ''),
  );
}

function withoutSetAside(question: string): string {
  return question.replace(SET_ASIDE, '').replace(WANTED_AS, '');
}

/** A list or a count of initiatives by tag or of rows by status (「新規に始めた取組は？」「実施未定の項目は何件？」). */
export function isEnumeration(shape: QuestionShape): boolean {
  return (shape.kind === 'list' || shape.kind === 'count') && (shape.tags.length > 0 || shape.status !== null);
}

/**
 * The shape of a question: kind, metric field, counter and subject.
 * @example classifyQuestion('『男の産休』取得率の目標設定時の値は？') // {kind: 'metric', metricField: 'baseline', …}
 */
export function classifyQuestion(asked: string, wholeAsked: string = asked): QuestionShape {
  // 「…何人？組数じゃなくて人数で知りたい」: what the question sets aside is no part of what it asks.
  const question = withoutSetAside(asked);
  const whole = withoutSetAside(wholeAsked);
  // The kind is read from the whole question: 「前年度から…増えた」 is a change though the scope took 前年度から away.
  // 「超過勤務が最も少ない府省は？」: what is compared is an amount, though no counter is named.
  const extreme = HIGHEST.test(question) ? 'highest' : LOWEST.test(question) ? 'lowest' : null;
  const threshold = thresholdOf(question);
  // 「令和3年度 【拡充】 会議のやり方・記録にかかわる取組 府省別」: a tag as the reports print it, typed with no question
  // word of another kind, asks for the statements it tags.
  const classified = classifyKind(whole);
  const read = (classified === 'what' || classified === 'unknown') && PRINTED_TAG.test(question) ? 'list' : classified;
  // 「…が20時間を切っているのは？」 compares an amount (a rate when the number is a percentage).
  const compared = extreme !== null || threshold !== null;
  // 「新規の取組がひとつもない府省」「3件以上ある府省」: a list of a tag held against a number is a count of it.
  const countedList =
    read === 'list' &&
    ((threshold !== null && threshold.unit === '件') || extreme !== null || WHICH_MORE.test(question) || FIRST_TIME.test(question));
  // 「20時間を下回ったのは」 without 目標 holds figures against a number, not a target against its 現状.
  const thresholdNotTarget = read === 'met' && threshold !== null && !/目標/.test(question);
  const rowFieldsCompared = read === 'change' && baselineAgainstNow(whole);
  // 「…がいちばん長かったのはどこの何年度？」 names the year by its figure, compared across the reports.
  const yearOfExtreme = read === 'when' && extreme !== null && /何年度|どの年度|いつ/.test(question);
  // 「実施未定が1件しかない府省は」: rows of the status counted against a number, not a row's status asked.
  const statusCounted = read === 'status' && threshold?.unit === '件';
  const kind = rowFieldsCompared
    ? 'metric'
    : countedList || (compared && (read === 'unknown' || read === 'what' || thresholdNotTarget || yearOfExtreme || statusCounted))
      ? threshold?.unit === '%'
        ? 'metric'
        : 'count'
      : read;
  const enumerates =
    kind === 'list' ||
    (kind === 'count' &&
      (TAG_LIST.test(question) ||
        ROW_COUNT.test(question) ||
        BARE_TAG_COUNTED.test(question) ||
        (threshold?.unit === '件' && /【(新規|拡充|継続)】/.test(question)))) ||
    (kind === 'change' && ENUMERATED_CHANGE.test(question) && statusChangedTo(question) === null);
  const asksResults = (kind === 'what' || kind === 'unknown') && RESULTS_ASKED.test(question);
  return {
    kind,
    metricField: kind === 'metric' || kind === 'met' || kind === 'change' ? metricFieldOf(question) : null,
    // 「令和4年度は令和2年度の何倍」: a ratio of two figures counted in their own unit (名), not a figure in 倍.
    counter: kind === 'count' ? counterOf(question) : kind === 'change' ? counterOf(question.replace(/何倍/g, '')) : null,
    subject: subjectOf(
      question,
      enumerates
        ? ENUMERATION_SCAFFOLDING
        : kind === 'reason'
          ? REASON_SCAFFOLDING
          : kind === 'change'
            ? CHANGE_SCAFFOLDING
            : // 「…の成果として利用者数は」: a count or a rate is read from the results anyway; 成果 names no row.
              asksResults || kind === 'count'
              ? RESULTS_SCAFFOLDING
              : [],
    ),
    tags: enumerates ? tagsOf(question) : [],
    status: enumerates && (ROW_COUNT.test(question) || ((kind === 'change' || kind === 'count') && /実施未定/.test(question))) ? '実施未定' : null,
    extreme,
    dropped: kind === 'change' && DROPPED.test(question),
    grewFromNew: kind === 'change' && GREW_FROM_NEW.test(question),
    statusChangedTo: kind === 'change' ? statusChangedTo(question) : null,
    resultsFigures: kind === 'list' && RESULTS_FIGURES.test(question.normalize('NFKC')),
    threshold,
    asksResults,
  };
}
