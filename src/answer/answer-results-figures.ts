/**
 * Results-column (D) figures picked by what they are, across the reports asked: one figure (「成果欄で45名が出てくるのは
 * どの府省の何の人数？」, to trace a figure back to its report), or every figure on one side of a number (「成果欄の数字の
 * うち100以上のもの」) or printed with decimals (「割合のうち小数点以下まで書かれているもの」). Read off the printed texts,
 * so as sure as a list.
 */
import type { SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { sourceOf } from './answer-context';
import type { FoundNumber } from './japanese-numbers';
import { describeYear, type ReportCatalog } from './report-catalog';
import { preparedInitiatives, type PreparedInitiative } from './retrieve-candidates';

/** The results column, in the words people use for it. */
const RESULTS_NAMED = /成果|[(（]D[)）]|D欄/;
/** 「45名が出てくるのは」「「45名」とだけ書いてあって、どこの数字」: one figure, asked where it stands. */
const ONE_FIGURE =
  /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*(名|人|件|%|時間|日|回|台|組|部署|ポイント)[」』]?(?:と(?:だけ)?(?:書いて|書かれて|あって|ある)|が|は|って|という)?[^。？?]{0,24}?(?:出て(?:くる|いる|きた)|書かれて|載って|どこ|どの府省|どの省庁|何の)/;
/** 「100以上のもの」「100を超える数字」「10未満」: a side of a number. */
const BOUND = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*(以上|以下|超|未満|を超える|を超えた|を下回る|より大きい|より小さい)/;
/** 「小数点以下まで書かれている」「小数で書かれた割合」 */
const DECIMALS = /小数(点)?(以下|第[0-9一二]位)?(まで|で|の)/;
/** What the figures must be: a percentage when the question asks for rates. */
const RATES_ASKED = /割合|率|%|パーセント/;

const PICKED_CONFIDENCE = 0.9;

/** What picks the figures: their printed value and unit, a bound, or decimals; null when the question asks none. */
export interface FigurePick {
  /** The figures picked, as the lead names them: 「45名」の数字, 100以上の数字. */
  describe: string;
  holds(number: FoundNumber): boolean;
}

/** The pick a question asks of the results column, or null. */
export function figurePickOf(question: string): FigurePick | null {
  const normalized = question.normalize('NFKC');
  if (!RESULTS_NAMED.test(normalized)) return null;
  const one = ONE_FIGURE.exec(normalized);
  if (one) {
    const value = Number(one[1]);
    // 45名 and 45人 count the same people; the reports use both.
    const people = one[2] === '名' || one[2] === '人';
    const unit = one[2]!;
    return {
      describe: `「${one[1]}${unit}」の数字`,
      holds: (n) => n.value === value && (n.unit === unit || (people && (n.unit === '名' || n.unit === '人'))),
    };
  }
  const rates = RATES_ASKED.test(normalized);
  const ofUnit = (n: FoundNumber) => n.unit !== '' && (!rates || n.unit === '%');
  const bound = BOUND.exec(normalized);
  if (bound && /数字|数値|数|値/.test(normalized)) {
    const limit = Number(bound[1]);
    const side = bound[2]!;
    const holds =
      side === '以上'
        ? (v: number) => v >= limit
        : side === '以下'
          ? (v: number) => v <= limit
          : side === '未満' || side === 'を下回る' || side === 'より小さい'
            ? (v: number) => v < limit
            : (v: number) => v > limit;
    return { describe: `${bound[1]}${side}の数字`, holds: (n) => ofUnit(n) && holds(n.value) };
  }
  if (DECIMALS.test(normalized))
    return { describe: '小数点以下まで書かれた数字', holds: (n) => ofUnit(n) && /\.[0-9]/.test(n.text.normalize('NFKC')) };
  return null;
}

/**
 * The results texts of the reports asked (ministries and years named; every report when none) printing a figure the
 * pick holds, one draft per report with the figures and the texts, led by the reports that have any; null when none does
 * (the question then goes the usual way, and abstains where the reports cannot answer).
 */
export function pickedResultsFigures(
  engine: SearchEngine,
  catalog: ReportCatalog,
  pick: FigurePick,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const years = new Set(scope.fiscalYears);
  const byReport = new Map<string, { figures: string[]; entries: PreparedInitiative[] }>();
  const seen = new Set<string>();
  for (const p of preparedInitiatives(engine)) {
    const { ministry, fiscalYear } = p.initiative;
    if (p.field !== 'results' || (scope.ministries.length > 0 && !scope.ministries.includes(ministry))) continue;
    if (years.size > 0 && !years.has(fiscalYear)) continue;
    const figures = p.counts.filter((n) => pick.holds(n)).map((n) => n.text.normalize('NFKC'));
    const key = `${ministry}\t${fiscalYear}`;
    // A row's results are read once per statement of the row: each text once per report.
    if (figures.length === 0 || seen.has(`${key}\t${p.text}`)) continue;
    seen.add(`${key}\t${p.text}`);
    const report = byReport.get(key) ?? { figures: [], entries: [] };
    report.figures.push(...figures);
    report.entries.push(p);
    byReport.set(key, report);
  }
  if (byReport.size === 0) return null;
  const drafts = [...byReport.values()].map(({ figures, entries }): Draft => ({
    answer: `${[...new Set(figures)].join('・')}（${entries.map((p) => `［${p.initiative.rowTitle}］${p.text}`).join(' ')}）`,
    confidence: PICKED_CONFIDENCE,
    sources: entries.map((p) => sourceOf(p.initiative, p.text, 'results')),
  }));
  const reports = [...byReport.keys()].map((key) => {
    const [ministry, year] = key.split('\t') as [string, string];
    return `${ministry}の${describeYear(catalog, ministry, Number(year))}`;
  });
  return { drafts, lead: `成果欄に${pick.describe}があるのは${reports.join('・')}の報告` };
}
