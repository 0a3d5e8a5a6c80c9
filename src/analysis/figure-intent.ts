/**
 * Whether a query asks for a figure — a rate, a count, a trend, how much something rose or fell — rather than
 * for what was done: 「女性管理職の割合の推移」「超過勤務はどれだけ減ったのか」「メンター制度の利用者数」. The
 * reports print figures in target rows and in the results column (D), and such a query is best answered by
 * those records, though its words match every statement on the subject.
 */

/**
 * Cues of a quantity question in this field: ratios and rates, trends, amounts asked for, changes, and the counted
 * nouns of the template's figures (人数, 利用者数, 日数, 件数, 時間数). Matched on the NFKC-normalised query.
 */
const FIGURE_CUES =
  /割合|比率|[^効]率(?:は|の推移|が|を|$)|推移|実績値|どれだけ|どれくらい|どれぐらい|どのくらい|どのぐらい|何[%人名日件回割時]|いくつ|増え|減っ|減少|増加|伸び|上昇|低下|人数|者数|日数|件数|時間数|達成状況/;

export function asksForFigures(query: string): boolean {
  return FIGURE_CUES.test(query.normalize('NFKC'));
}

/**
 * Cues of a question about how something changed over the years (「残業対策の年度ごとの移り変わり」「…の推移」「年度を
 * 追って…」): answered by the ministries whose reports of several years can show a change, not by a single report.
 */
const ACROSS_YEARS_CUES = /年度ごと|年ごと|毎年度の|年度を追|年を追|移り変わり|変遷|経年|推移|経過|年度別|年次推移/;

export function asksAcrossYears(query: string): boolean {
  return ACROSS_YEARS_CUES.test(query.normalize('NFKC'));
}

/**
 * Cues of a question about why something was not done (「超過勤務を減らせなかった理由は何か」「講師が見つからず開けなかった
 * セミナーはあるか」「…を始めていない省庁は」): the template answers it in column B, the reason a row is 実施未定.
 */
const REASON_CUES = /理由|なぜ|どうして|実施未定|未実施|見送|(でき|開け|始め|行え|実施し|進ま|取れ|設け)(なかった|ていない|られなかった|ず(?!つ))/;

export function asksForReasons(query: string): boolean {
  return REASON_CUES.test(query.normalize('NFKC'));
}
