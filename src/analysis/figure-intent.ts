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
const ACROSS_YEARS_CUES =
  /年度ごと|年ごと|毎年度の|年度を追|年を追|移り変わり|変遷|経年|推移|経過|年度別|年次推移|歩み|あゆみ|足取り|軌跡|広がり|進み具合/;

export function asksAcrossYears(query: string): boolean {
  return ACROSS_YEARS_CUES.test(query.normalize('NFKC'));
}

/**
 * The words of a query that only ask for the view across years (「…の年度ごとの変化」「年度別の…」「…の推移」「…の
 * 広がり」), not for what is in the statements. 変化, 違い and 動き are such words only after 年度ごと (「働き方の変化」
 * may be content); 経過 is left alone (経過措置).
 */
const YEARLY = '(?:(?:年度|年)(?:ごと|別)|毎年度|年度を追って|年を追って)';
const VIEW_NOUNS = '(?:変化|推移|移り変わり|変遷|違い|動き|進み具合|広がり|歩み|あゆみ|足取り|軌跡)';
/** 「年度ごとの変化」: as words, 年度 matched every target row's dates and ごと every 「課ごと」. */
const YEARLY_WORDING = new RegExp(`の?${YEARLY}(?:の|に|で)?${VIEW_NOUNS}?`, 'g');
const ACROSS_YEARS_WORDING = new RegExp(`${YEARLY_WORDING.source}|の?(?:経年変化|推移|移り変わり|変遷|進み具合|広がり|歩み|あゆみ|足取り|軌跡)`, 'g');

/** A bare 変化 or 動き said last (「架空庁の取組の変化」), which asks for the view only when nothing but 取組 is before it. */
const LAST_CHANGE = /の?(?:変化|動き|変わり方)$/;

/**
 * The text (NFKC) with all its across-years wording replaced by spaces, even when nothing else is left; with
 * `lastChange`, a bare 変化 said last too (for a scope's rest, where it follows only a ministry or 取組).
 */
export function acrossYearsWordingRemoved(text: string, { lastChange = false }: { lastChange?: boolean } = {}): string {
  const rest = text.normalize('NFKC').replace(ACROSS_YEARS_WORDING, ' ').trim();
  return lastChange ? rest.replace(LAST_CHANGE, ' ') : rest;
}

/**
 * The query (NFKC) without its 「年度ごとの…」 wording, or as it was when nothing else would be left. 推移, 移り変わり
 * and the like stay for the search to weigh: no report prints them, so they do not match by chance, and a query of two
 * words and 推移 is ranked by how many it holds, where the two alone would have to match both
 * (src/query/search.ts, withoutChangeCues).
 */
export function withoutYearlyWording(query: string): string {
  const normalized = query.normalize('NFKC');
  const rest = normalized.replace(YEARLY_WORDING, ' ');
  return rest.trim() === '' ? normalized : rest;
}

/**
 * Cues of a question about why something was not done (「超過勤務を減らせなかった理由は何か」「講師が見つからず開けなかった
 * セミナーはあるか」「…を始めていない省庁は」): the template answers it in column B, the reason a row is 実施未定.
 */
const REASON_CUES = /理由|なぜ|どうして|実施未定|未実施|見送|(でき|開け|始め|行え|実施し|進ま|取れ|設け)(なかった|ていない|られなかった|ず(?!つ))/;

export function asksForReasons(query: string): boolean {
  return REASON_CUES.test(query.normalize('NFKC'));
}

/**
 * Cues of a question that asks which ministries (「…がいちばん低いのはどの省庁か」「府省ごとの…」「各府省の…」): answered by
 * each ministry's best records, not by one ministry's many statements on the subject.
 */
const WHICH_MINISTRY_CUES = /(どの|どこの|いずれの|どちらの)(府省庁|府省|省庁)|(府省庁|府省|省庁)(ごと|別)|各(府省庁|府省|省庁)/;

export function asksWhichMinistry(query: string): boolean {
  return WHICH_MINISTRY_CUES.test(query.normalize('NFKC'));
}
