/**
 * What several drafts of one question add up to, said in the answer's first line: each ministry's counts summed over
 * the years asked, their mean, the highest or lowest, one ministry's figures followed over the years (a trend, a
 * target's gap narrowing, every year met), and two ministries' ratio. Each takes the drafts answer-question.ts made,
 * one per ministry and year, and says null when they do not compare (a figure missing, units apart, not sure enough).
 */
import type { Draft } from './answer-context';
import { trendOf } from './answer-change';
import { ASKS_TREND, PROJECTION_ASKED, asksBothEnds, bothEndsWordsOf, extremeWordsOf, type QuestionShape } from './classify-question';
import { findDates } from './japanese-dates';
import { decimalsOf, formatNumber, toHalfWidthDigits } from './japanese-numbers';
import { differenceUnit } from './metric-text';
import type { QuestionScope } from './question-scope';
import { describeYear, yearWithWestern, type ReportCatalog } from './report-catalog';

/** What of a question's reading the leads read. */
export interface CombinedReading {
  question: string;
  scope: QuestionScope;
  shape: QuestionShape;
  catalog: ReportCatalog;
}

/** 「3年とも」「どの年度も」「いずれの年度も」: a target asked to be held in every year answered. */
const EVERY_YEAR_ASKED = /[0-9０-９一二三四五](か|ヶ|カ)?年(度)?(間)?(とも|ともに)|どの年度も|いずれの年度も|どちらの年度も|両方の年度/;

/**
 * 「テスト省は女性の採用目標を3年とも満たせていますか」: when one ministry's target is answered for several years and each
 * year has one verdict, a first line saying whether every year met it, or which did and which did not; else null.
 */
export function everyYearVerdict(reading: CombinedReading, drafts: Draft[]): string | null {
  if (reading.shape.kind !== 'met' || drafts.length < 2 || !EVERY_YEAR_ASKED.test(reading.question.normalize('NFKC'))) return null;
  const sources = drafts.map((d) => d.sources[0]);
  if (sources.some((s) => s === undefined) || new Set(sources.map((s) => s!.ministry)).size !== 1) return null;
  if (new Set(sources.map((s) => s!.fiscalYear)).size !== drafts.length || drafts.some((d) => d.met === undefined)) return null;
  const yearOf = (d: Draft) => reading.catalog.labelOf(d.sources[0]!.ministry, d.sources[0]!.fiscalYear);
  const met = drafts.filter((d) => d.met === true);
  if (met.length === drafts.length) return `${drafts.length}年度とも達成`;
  if (met.length === 0) return `${drafts.length}年度とも未達成`;
  return `達成：${met.map(yearOf).join('・')}、未達成：${drafts
    .filter((d) => d.met === false)
    .map(yearOf)
    .join('・')}`;
}

/** How the gap to a target is asked to have moved (縮まった, 広がった). */
const GAP_MOVED = /縮ま|縮ん|広が|開い|半分に|半減/;

/** A verdict's gap as answerMetricMet prints it: 「差 -2.1ポイント」 (sign, number, unit). */
const GAP_PRINTED = /差 ([+\-±])([0-9.]+)(ポイント|[^）]*)/;

/** 「…までの残りは…で半分になった？」: whether the last gap is at most half the first. */
const GAP_HALVED = /半分に|半減/;

/**
 * 「目標との差：令和2年度（2020年度） -3.0ポイント → 令和3年度（2021年度） -14.8ポイント（広がった）。目標が変わっています（13% →
 * 30%）」 from one ministry's verdicts over the years (each printing its gap and target), in year order; null unless each
 * draft gives one gap.
 */
export function gapLead(reading: CombinedReading, drafts: Draft[]): string | null {
  if (!GAP_MOVED.test(reading.question)) return null;
  const byYear = [...drafts].sort((a, b) => (a.sources[0]?.fiscalYear ?? 0) - (b.sources[0]?.fiscalYear ?? 0));
  const read = byYear.map((d) => {
    const gap = GAP_PRINTED.exec(d.answer);
    const target = /目標：([^、）]+?)（/.exec(d.answer);
    const source = d.sources[0];
    return gap && source
      ? { year: source.fiscalYear, sign: gap[1]!, value: Number(gap[2]), printed: gap[2]!, unit: gap[3]!, target: target?.[1] ?? null }
      : null;
  });
  if (read.some((r) => r === null) || read.length < 2) return null;
  const gaps = read as { year: number; sign: string; value: number; printed: string; unit: string; target: string | null }[];
  const label = (year: number) => yearWithWestern(reading.catalog.labelOf(reading.scope.ministry!, year), year);
  const [first, last] = [gaps[0]!, gaps.at(-1)!];
  // 「どれだけ縮まりましたか」: by how much, in the gaps' unit and decimals (3.8 → 1.5: 2.3ポイント).
  const by = formatNumber(Math.abs(first.value - last.value), Math.max(decimalsOf(first.printed), decimalsOf(last.printed)));
  const amount = /どれだけ|どのくらい|どれくらい|何ポイント/.test(reading.question) && last.value !== first.value ? `${by}${last.unit}` : '';
  const moved =
    (last.value < first.value ? `${amount}縮まった` : last.value > first.value ? `${amount}広がった` : '変わらない') +
    (GAP_HALVED.test(reading.question) ? (last.value <= first.value / 2 ? '、半分以下になった' : '、半分にはなっていない') : '');
  const targets = [...new Set(gaps.map((g) => g.target).filter((t): t is string => t !== null))];
  const changed = targets.length > 1 ? `。目標が変わっています（${targets.join(' → ')}）` : '';
  return `目標との差：${gaps.map((g) => `${label(g.year)} ${g.sign}${g.printed}${g.unit}`).join(' → ')}（${moved}）${changed}`;
}

/** 「目標の30%程度に対して財務省とテスト省はどちらが近いところまで来ていますか」: the ministries ranked by their gap. */
const NEAREST_ASKED =
  /(どちら|どっち|どこ|どの(府省|省庁))[^。？?]{0,12}(近い|近く|近づ)|(近い|近く)(のは|まで来て)[^。？?]{0,6}(どちら|どっち|どこ)/;

/**
 * 「…どちらが目標に近いところまで来ていますか」: of several ministries' verdicts, the one whose present is nearest its
 * target (a target met is nearest of all), with each gap; null unless every draft prints a gap (差 -2.1ポイント) or is met.
 */
export function nearestToTargetLead(reading: CombinedReading, drafts: Draft[]): string | null {
  if (!NEAREST_ASKED.test(reading.question) || drafts.length < 2) return null;
  const read = drafts.map((d) => {
    const gap = GAP_PRINTED.exec(d.answer);
    const ministry = d.sources[0]?.ministry;
    if (ministry === undefined) return null;
    if (d.met === true) return { ministry, distance: 0, said: '達成' };
    return gap ? { ministry, distance: Number(gap[2]), said: `差 ${gap[1]}${gap[2]}${gap[3]}` } : null;
  });
  if (read.some((r) => r === null) || new Set(read.map((r) => r!.ministry)).size < drafts.length) return null;
  const ranked = (read as { ministry: string; distance: number; said: string }[]).sort((a, b) => a.distance - b.distance);
  const [nearest, next] = ranked;
  if (nearest!.distance === next!.distance) return `目標までの近さは同じです（${ranked.map((r) => `${r.ministry}：${r.said}`).join('、')}）`;
  return `目標に近いのは${nearest!.ministry}（${ranked.map((r) => `${r.ministry}：${r.said}`).join('、')}）`;
}

/**
 * 「…と減ってきていますか」「毎年1件ずつ減ってきたと言えますか」「増え続けている？」: how one ministry's figure moved over the
 * years, said of the recent past; ASKS_TREND (classify-question.ts) holds the other ways of asking it (毎年増えている, 推移).
 */
const MOVED_LATELY = /(減って|増えて|減り|増え)(きて|き|続け)/;

export const asksHowItMoved = (question: string): boolean => ASKS_TREND.test(question) || MOVED_LATELY.test(question);

/**
 * 「架空庁の【新規】の件数、令和2年度・令和3年度・令和4年度と減ってきていますか」: one ministry's figures of one unit over two or
 * more years, in year order, with the way they moved (毎年減少, 横ばい …) and, when asked 「1件ずつ」, whether each step
 * was that; null unless every draft is of that ministry, of its own year, with a figure.
 */
export function trendLead(reading: CombinedReading, drafts: Draft[]): string | null {
  if (drafts.length < 2 || drafts.some((d) => d.measure === undefined || d.confidence < SURE_TO_RANK)) return null;
  const source = (d: Draft) => d.sources[0];
  if (new Set(drafts.map((d) => source(d)?.ministry)).size !== 1 || new Set(drafts.map((d) => source(d)?.fiscalYear)).size !== drafts.length)
    return null;
  if (new Set(drafts.map((d) => d.measure!.unit)).size !== 1) return null;
  const inOrder = [...drafts].sort((a, b) => source(a)!.fiscalYear - source(b)!.fiscalYear);
  const figures = inOrder.map((d) => d.measure!);
  const label = (d: Draft) => yearWithWestern(reading.catalog.labelOf(source(d)!.ministry, source(d)!.fiscalYear), source(d)!.fiscalYear);
  const series = inOrder.map((d) => `${label(d)} ${d.measure!.printed}`).join(' → ');
  // 「毎年1件ずつ減ってきた」: each year's step held against the number said.
  const step = /([0-9]+)\s*(件|名|人|日|時間|ポイント)ずつ/.exec(toHalfWidthDigits(reading.question));
  const twoYears = ['減少', '横ばい', '増加'][Math.sign(figures[1]!.value - figures[0]!.value) + 1]!;
  let verdict = figures.length > 2 ? trendOf(figures) : twoYears;
  if (step) {
    const size = Number(step[1]);
    const steps = figures.slice(1).map((f, i) => Math.abs(f.value - figures[i]!.value));
    const each = steps.every((s) => s === size) ? `毎年${step[1]}${step[2]}ずつ` : `毎年${step[1]}${step[2]}ずつではない`;
    verdict = `${verdict}、${each}`;
  }
  return `${series}（${verdict}）`;
}

/**
 * 「同じ令和2年度の報告で比べると、財務省の【新規】の件数はテスト省の何倍ですか」: two ministries' figures of one unit, the
 * one named first over the other, at one decimal (「財務省（18件）はテスト省（4件）の4.5倍」); null unless there are exactly
 * two, each of its own ministry, the second not zero.
 */
export function ratioLead(reading: CombinedReading, drafts: Draft[]): { drafts: [Draft, Draft]; lead: string } | null {
  if (drafts.length !== 2 || drafts.some((d) => d.measure === undefined || d.confidence < SURE_TO_RANK)) return null;
  const [a, b] = drafts as [Draft, Draft];
  const ministryOf = (d: Draft) => d.sources[0]?.ministry ?? '';
  if (ministryOf(a) === ministryOf(b) || a.measure!.unit !== b.measure!.unit) return null;
  const at = (d: Draft) => reading.question.indexOf(ministryOf(d));
  const [over, under] = at(a) >= 0 && (at(b) < 0 || at(a) <= at(b)) ? [a, b] : [b, a];
  if (under.measure!.value === 0) return null;
  const times = formatNumber(over.measure!.value / under.measure!.value, 1);
  return {
    drafts: [over, under],
    lead: `${ministryOf(over)}（${over.measure!.printed}）は${ministryOf(under)}（${under.measure!.printed}）の${times}倍`,
  };
}

/**
 * Each ministry's counts of the years named, as one draft per ministry: 「合計3件（令和2年度（2020年度） 1件・…）」 with
 * every year's lines, measured by the sum. A ministry without a report of every year named is left out (its sum would
 * be over fewer years), said in `note`; null when a draft gives no count in one unit.
 */
export function perMinistrySums(reading: CombinedReading, drafts: Draft[]): { drafts: Draft[]; ministries: number; note: string | null } | null {
  const [unit] = drafts.map((d) => d.measure?.unit);
  if (unit === undefined || !['件', '名', '人'].includes(unit) || drafts.some((d) => d.measure?.unit !== unit || d.sources[0] === undefined))
    return null;
  const years = [...new Set(reading.scope.fiscalYears)].sort((a, b) => a - b);
  const byMinistry = new Map<string, Draft[]>();
  for (const d of drafts) byMinistry.set(d.sources[0]!.ministry, [...(byMinistry.get(d.sources[0]!.ministry) ?? []), d]);
  const summed: Draft[] = [];
  const partly: string[] = [];
  for (const [ministry, own] of byMinistry) {
    const inYear = years.map((year) => own.find((d) => d.sources[0]!.fiscalYear === year));
    if (inYear.some((d) => d === undefined)) {
      partly.push(ministry);
      continue;
    }
    const yearly = inYear as Draft[];
    const sum = yearly.reduce((total, d) => total + d.measure!.value, 0);
    const counted = yearly.flatMap((d) => d.sources).filter((source) => source.field !== 'report');
    const label = (d: Draft) => describeYear(reading.catalog, ministry, d.sources[0]!.fiscalYear);
    summed.push({
      answer: [
        `合計${sum}${unit}（${yearly.map((d) => `${label(d)} ${d.measure!.printed}`).join('・')}）`,
        ...yearly.map((d) => `${label(d)}：${d.answer}`),
      ].join('\n'),
      confidence: Math.min(...yearly.map((d) => d.confidence)),
      // The years with none are said in the lines; the sources are the rows counted, or the reports read when none is.
      sources: counted.length > 0 ? counted : yearly.flatMap((d) => d.sources),
      derived: [sum, ...yearly.flatMap((d) => d.derived ?? [])],
      measure: { value: sum, unit, printed: `合計${sum}${unit}` },
      acrossYears: true,
    });
  }
  const asked = years.map((year) => describeYear(reading.catalog, null, year)).join('・');
  const note = partly.length === 0 ? null : `（${partly.join('・')}は${asked}の報告がそろっていないため、合計に含めていません）`;
  return { drafts: summed, ministries: byMinistry.size - partly.length, note };
}

/** How a question asks for counts added up: 「3年分足すと」「合計で」「3年間で何件」. */
export const SUM_ASKED = /足すと|足したら|合計|合わせると|合算|通算|全部で|[0-9０-９一二三]+年(間|分)(で|を)?(何件|いくつ|何名|何人)/;

/** Counts asked over the years together: added up (SUM_ASKED), or 「3年分を通して」. */
export const OVER_YEARS = new RegExp(`${SUM_ASKED.source}|年(分|間)(を)?(通して|通じて)`);

/**
 * 「合計9件（令和2年度（2020年度） 4件・…）」 over counts of one unit (件, 名): the rows' figures added, each row named by its
 * year when they are one ministry's, else by its ministry; null when a row gives no such count. The sum is of the
 * counts the rows print, so each is a source's figure or a count of its listed sources.
 */
export function sumLead(reading: CombinedReading, drafts: Draft[]): string | null {
  const [unit] = drafts.map((d) => d.measure?.unit);
  if (unit === undefined || !['件', '名', '人'].includes(unit) || drafts.some((d) => d.measure === undefined || d.measure.unit !== unit)) return null;
  const oneMinistry = new Set(drafts.map((d) => d.sources[0]?.ministry)).size === 1;
  const nameOf = (d: Draft) => {
    const source = d.sources[0]!;
    return oneMinistry ? yearWithWestern(reading.catalog.labelOf(source.ministry, source.fiscalYear), source.fiscalYear) : source.ministry;
  };
  const sum = drafts.reduce((total, d) => total + d.measure!.value, 0);
  return `合計${sum}${unit}（${drafts.map((d) => `${nameOf(d)} ${d.measure!.printed}`).join('・')}）`;
}

/**
 * The mean asked of the ministries' figures (「単純平均すると」「平均すると」「…の平均は」), not a figure named 平均 (平均取得日数):
 * 平均 said as a verb, or ending the noun phrase asked about.
 */
export const AVERAGE_ASKED =
  /単純平均|平均(すると|したら|して|を(出|取|と)(る|ると|って)|値)|の平均(は|を|が|って)?(?=[?？。、,]|\s|$|(いくら|どれくらい|どのくらい|何))|[0-9０-９一二三四五]+(年|年度|年間|か年)(分)?(で|を)(ならす|ならした|均す|平均)/;

/** The asker's own figure, said beside the question (「うちは14.5日なので」「自省の値は30%ですが」). */
const OWN_FIGURE = /(うち|自省|当省|当庁|わが省|我が省|わが庁|我が庁)(の(数字|値|数値|実績))?(は|が)\s*([0-9]+(?:\.[0-9]+)?)\s*(日|時間|%|名|人|件)/;

/**
 * 「単純平均 14.6日（3府省：テスト省 15.8日・…）」: the mean of the ministries' figures of one unit, each ministry once, and
 * where the asker's own figure stands against it; null unless every row gives one figure in that unit, from a ministry
 * of its own. The mean is of the figures the rows print, given to the precision they are printed in.
 */
export function averageLead(reading: CombinedReading, drafts: Draft[]): string | null {
  const [unit] = drafts.map((d) => d.measure?.unit);
  if (unit === undefined || drafts.some((d) => d.measure === undefined || d.measure.unit !== unit)) return null;
  const sources = drafts.map((d) => d.sources[0]);
  if (sources.some((source) => source === undefined)) return null;
  // The ministries' figures of one year, or one ministry's over its years (「3年でならすと」): each once.
  const oneMinistry = new Set(sources.map((source) => source!.ministry)).size === 1 && drafts.length > 1;
  const keys = sources.map((source) => (oneMinistry ? String(source!.fiscalYear) : source!.ministry));
  if (new Set(keys).size !== drafts.length) return null;
  const nameOf = (d: Draft) => (oneMinistry ? reading.catalog.labelOf(d.sources[0]!.ministry, d.sources[0]!.fiscalYear) : d.sources[0]!.ministry);
  const digits = Math.max(1, ...drafts.map((d) => decimalsOf(d.measure!.printed)));
  const mean = drafts.reduce((sum, d) => sum + d.measure!.value, 0) / drafts.length;
  const each = drafts.map((d) => `${nameOf(d)} ${d.measure!.printed}`).join('・');
  const counted = `${drafts.length}${oneMinistry ? '年度' : '府省'}`;
  const lead = `単純平均 ${formatNumber(mean, digits)}${unit}（${counted}：${each}）${mixedPeriods(drafts) && !oneMinistry ? MIXED_PERIODS : ''}`;
  const own = OWN_FIGURE.exec(reading.question.normalize('NFKC'));
  const ownUnit = own?.[6] === '人' ? '名' : own?.[6];
  if (!own || ownUnit !== (unit === '人' ? '名' : unit)) return lead;
  const value = Number(own[5]);
  const rounded = Number(formatNumber(mean, digits));
  const side =
    value === rounded
      ? '平均と同じ'
      : `平均を${formatNumber(Math.abs(value - mean), digits)}${differenceUnit(unit)}${value > mean ? '上回る' : '下回る'}`;
  return `${lead}。${own[5]}${unit}は${side}`;
}

/** Said after a lead over figures of different dates (財務省's 現状 of 令和元年度 beside the others' 令和3年度). */
const MIXED_PERIODS = '。時点の異なる値を含みます';

/** Whether the drafts' figures are of more than one date (their printed periods differ). */
function mixedPeriods(drafts: Draft[]): boolean {
  const periods = new Set(
    drafts.map((d) =>
      findDates(d.measure?.printed ?? '')
        .map((date) => `${date.year}-${date.month ?? ''}`)
        .join(','),
    ),
  );
  return periods.size > 1;
}

/** Every ministry's answer must be this sure for them to be ranked and one named highest (the calibrated band). */
export const SURE_TO_RANK = 0.8;

/**
 * The ministries' answers ordered by their figure, the end the question asks for first, and a first line naming that
 * ministry (ties: every ministry at that figure) — when every answer is sure and gives one figure, all in one unit; else
 * null (the table is then left in the order the reports were read, with no winner named, since the figures do not compare).
 */
export function byExtreme(reading: CombinedReading, drafts: Draft[]): { drafts: [Draft, ...Draft[]]; lead: string; winners: Draft[] } | null {
  // Naming a winner from a figure that may be the wrong one (a count of another thing in the sentence) would mislead.
  if (drafts.some((d) => d.confidence < SURE_TO_RANK)) return null;
  const measures = drafts.map((d) => d.measure);
  const [unit] = measures.map((m) => m?.unit);
  if (unit === undefined || measures.some((m) => m === undefined || m.unit !== unit)) return null;
  const sign = reading.shape.extreme === 'lowest' ? 1 : -1;
  const [first, ...rest] = [...drafts].sort((a, b) => sign * (a.measure!.value - b.measure!.value));
  if (first === undefined) return null;
  // Several years of a ministry, or ministries each named with a year, are told apart by year: 「架空省の令和2年度（2020年度）」,
  // or the year alone for one ministry.
  const ministryCount = new Set(drafts.map((d) => d.sources[0]?.ministry)).size;
  const years = ministryCount < drafts.length || reading.scope.pairs.length > 1;
  const ministries = ministryCount > 1;
  const ministryOf = (d: Draft) => {
    const source = d.sources[0];
    if (source === undefined) return '';
    const year = yearWithWestern(reading.catalog.labelOf(source.ministry, source.fiscalYear), source.fiscalYear);
    return years ? (ministries ? `${source.ministry}の${year}` : year) : source.ministry;
  };
  const tied = [first, ...rest.filter((d) => d.measure!.value === first.measure!.value)];
  // A move ranked (差 +19.4ポイント, 「伸び幅がいちばん大きい」) is said as one.
  const moves = first.measure!.printed.startsWith('差 ');
  const asWorded = extremeWordsOf(reading.question);
  const said =
    (asWorded && moves && !/伸び|増え|上がっ|減っ|下がっ/.test(asWorded) ? `伸び幅が${asWorded}` : asWorded) ??
    (moves ? (reading.shape.extreme === 'lowest' ? '最も伸びが小さい' : '最も伸びた') : reading.shape.extreme === 'lowest' ? '最も低い' : '最も高い');
  // 財務省's 現状 of 令和元年度 beside the others' 令和3年度: the order holds, but the figures are not of one time.
  const caveat = mixedPeriods(drafts) ? MIXED_PERIODS : '';
  const lead = `${said}のは${tied.map(ministryOf).join('・')}（${first.measure!.printed}）`;
  // 「いちばん多い府省といちばん少ない府省、それとその差」: the other end too, and the gap between the two.
  const last = rest[rest.length - 1];
  if (asksBothEnds(reading.question) && last !== undefined && last.measure!.value !== first.measure!.value) {
    const bottom = rest.filter((d) => d.measure!.value === last.measure!.value);
    const gap = Math.abs(first.measure!.value - last.measure!.value);
    const digits = Math.max(decimalsOf(first.measure!.printed), decimalsOf(last.measure!.printed));
    const gapUnit = differenceUnit(unit);
    const words = bothEndsWordsOf(reading.question);
    const end = (said: string, holders: Draft[]) => `${said}のは${holders.map(ministryOf).join('・')}（${holders[0]!.measure!.printed}）`;
    const [top, low] = sign === -1 ? [tied, bottom] : [bottom, tied];
    const ends = [end(words.highest, top), end(words.lowest, low)];
    if (words.lowestFirst) ends.reverse();
    return {
      drafts: [first, ...rest],
      lead: `${ends.join('、')}、差 ${formatNumber(gap, digits)}${gapUnit}${caveat}`,
      winners: [...tied, ...bottom],
    };
  }
  return { drafts: [first, ...rest], lead: `${lead}${caveat}`, winners: tied };
}

/** 「12か月でならすと、ひと月あたり」「月あたりにすると」: a year's figure spread over its months. */
const PER_MONTH =
  /(12|十二)(か|ヶ|カ|ケ)月(で|に)(ならす|ならした|平均|割る|割った|均す)|ひと月あたり|1(か|ヶ|カ|ケ)月あたり|月あたり(に|で)?(すると|直すと|換算)/;
/** 「（月平均を）12か月分にすると」「年間に換算すると」: a month's figure over a year. */
const PER_YEAR = /(12|十二)(か|ヶ|カ|ケ)月分(に|で)?(すると|したら|換算|だと)|年間(に|で)?(換算|にすると|に直すと)/;
/** 「1日7時間45分勤務として何日分」: hours turned into working days of the length said. */
const WORKING_DAY = /1日([0-9]+(?:\.[0-9]+)?)時間(?:([0-9]+)分)?(?:勤務|労働)?(?:として|で|とすると|換算)/;

/**
 * The figure turned as the question asks (a year's spread per month, a month's over a year, hours as working days), said
 * after the figure with the arithmetic shown: 「520時間 ÷ 7.75時間 = 約67.1日分」; null when the question asks none of these or
 * the figure's unit does not fit.
 */
export function convertedFigure(question: string, measure: { value: number; unit: string; printed: string } | undefined): string | null {
  if (measure === undefined) return null;
  const asked = question.normalize('NFKC');
  const day = WORKING_DAY.exec(asked);
  if (day && measure.unit === '時間') {
    const hours = Number(day[1]) + Number(day[2] ?? 0) / 60;
    return `${measure.value}時間 ÷ ${formatNumber(hours, 2).replace(/\.?0+$/, '')}時間 = 約${formatNumber(measure.value / hours, 1)}日分`;
  }
  if (PER_MONTH.test(asked)) return `${measure.value}${measure.unit} ÷ 12か月 = 約${formatNumber(measure.value / 12, 1)}${measure.unit}/月`;
  if (PER_YEAR.test(asked))
    return `${measure.value}${measure.unit} × 12か月 = ${formatNumber(measure.value * 12, decimalsOf(String(measure.value)))}${measure.unit}/年`;
  return null;
}

/** A figure with the date it was measured (「2.1%（令和2年7月）」). */
interface DatedFigure {
  value: number;
  printed: string;
  unit: string;
  /** Years since 0 AD, with the month as a fraction: 令和2年7月 → 2020.5. */
  at: number;
}

/** Months as a fraction of a year, measured at the start of the month (7月 → 0.5); a 年度末 is its March (+1.25). */
function whenOf(date: ReturnType<typeof findDates>[number]): number {
  if (date.fiscalYearEnd) return date.year + 1 + 2 / 12;
  return date.year + ((date.month ?? 4) - 1) / 12;
}

function datedFigures(text: string): DatedFigure[] {
  const normalized = toHalfWidthDigits(text.normalize('NFKC'));
  return [...normalized.matchAll(/([0-9]+(?:\.[0-9]+)?)(%|ポイント|人|名|日|時間)(?:程度|以上)?\s*[（(]([^）)]+)[）)]/g)].flatMap((match) => {
    const [date] = findDates(match[3]!);
    return date ? [{ value: Number(match[1]), printed: match[1]!, unit: match[2]!, at: whenOf(date) }] : [];
  });
}

/**
 * 「令和2年度から令和4年度までの伸び方がこのまま続いたとして、5%程度の目標には届きそうですか」: the change's pace per year
 * (from the two dated figures of the change), carried on from the latest figure to the target's date (from the
 * verdict: 目標：5%程度（令和7年度末）), and whether that reaches the target. A computation, said as one. null unless the
 * change prints two dated figures and the verdict a dated target in the same unit.
 */
export function projectionLead(question: string, change: Draft, verdict: Draft): { lead: string; derived: number[] } | null {
  if (!PROJECTION_ASKED.test(question)) return null;
  const figures = datedFigures(change.answer);
  const target = /目標：([^、）]+?[（(][^）)]+[）)])/.exec(verdict.answer);
  const [aimed] = target ? datedFigures(target[1]!) : [];
  if (figures.length < 2 || aimed === undefined) return null;
  const [first, last] = [figures[0]!, figures.at(-1)!];
  if (first.unit !== last.unit || last.unit !== aimed.unit || last.at <= first.at || aimed.at <= last.at) return null;
  if (verdict.met === true) return { lead: `現状ですでに目標に届いています（目標：${target![1]}）`, derived: [] };
  const decimals = Math.max(decimalsOf(first.printed), decimalsOf(last.printed), 1);
  const perYear = (last.value - first.value) / (last.at - first.at);
  const projected = last.value + perYear * (aimed.at - last.at);
  const [pace, reached] = [Number(formatNumber(perYear, 2)), Number(formatNumber(projected, decimals))];
  const unit = last.unit === '%' ? 'ポイント' : last.unit;
  const sign = pace > 0 ? '+' : '';
  // A target below the present (超過勤務を減らす) is reached from above.
  const reaches = last.value <= aimed.value ? projected >= aimed.value : projected <= aimed.value;
  const verdictSaid = reaches ? '目標に届く計算です' : '目標には届かない計算です';
  return {
    lead: `このままのペース（年${sign}${formatNumber(pace, 2)}${unit}）が続けば、目標の時期には約${formatNumber(reached, decimals)}${last.unit}で、${verdictSaid}（目標：${target![1]}）`,
    derived: [pace, reached, Math.abs(pace)],
  };
}
