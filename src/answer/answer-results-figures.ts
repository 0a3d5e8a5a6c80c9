/**
 * Results-column (D) figures picked by what they are, across the reports asked: one figure (「成果欄で45名が出てくるのは
 * どの府省の何の人数？」, to trace a figure back to its report), or every figure on one side of a number (「成果欄の数字の
 * うち100以上のもの」) or printed with decimals (「割合のうち小数点以下まで書かれているもの」). Read off the printed texts,
 * so as sure as a list.
 */
import { templateRow } from '../query/lineage';
import { SECTIONS, type Section, type Tag } from '../domain/types';
import type { SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { reportSource, sourceOf } from './answer-context';
import type { FoundNumber } from './japanese-numbers';
import { describeYear, type ReportCatalog } from './report-catalog';
import { coverage, normalizeForMatch, type SubjectMatcher } from './relevance';
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
  /** 「【新規】で始めた取組の成果が人数で出ているもの」: only rows holding a statement of this tag in the same report. */
  rowTag?: Tag;
  /** 「「育児・介護等と両立して活躍できるための改革」の欄の成果」: only rows of this 大項目. */
  section?: Section;
}

/** 「成果に数字が書かれているもの」「数値が載っている成果」: any figure of the results column. */
const ANY_FIGURE = /(数字|数値)(が|の)?(書かれ|載っ|出て|入っ|記載され|示され)/;

/** A 大項目 the question names whole (「育児・介護等と両立して活躍できるための改革」の欄), or null. */
function sectionNamed(question: string): Section | null {
  return SECTIONS.find((section) => section !== 'その他' && question.includes(section)) ?? null;
}

/** 「成果が人数で出ている」「日数で書かれた成果」: the kind of figure asked, by its unit. */
const UNIT_CLASS =
  /(人数|日数|件数|時間数|割合)で[^。？?]{0,12}?(出て|書かれ|載って|示され|表され)|成果(が|は)(人数|日数|件数|時間数|割合)で|(?:人数|組数|件数|台数|回数)(?:[・、や](?:人数|組数|件数|台数|回数))*(?:といった|などの|のような)?[「『]?(数)[」』]?(が|の)?[^。？?]{0,4}?(出て|書かれ|載って)/;
const UNITS_OF: Record<string, readonly string[]> = {
  人数: ['名', '人'],
  日数: ['日'],
  件数: ['件'],
  時間数: ['時間'],
  割合: ['%'],
  // 「人数・組数・件数といった「数」」: things counted.
  数: ['名', '人', '組', '件', '台', '回'],
};
/** 「【新規】で始めた」「【拡充】として広げた」: the rows asked for by a tag of theirs. */
const ROW_TAG =
  /[【「]?(新規|拡充)[】」]?(で|として|に)?(始め|開始し|始まっ|広げ|拡充し|スタート)|[【「](新規|拡充)[】」](と|に)?(した|して|とされた|の)(取組|行|項目)?/;

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
  const unitClass = UNIT_CLASS.exec(normalized);
  if (unitClass) {
    const word = unitClass[1] ?? unitClass[4] ?? unitClass[5]!;
    const units = UNITS_OF[word] ?? [];
    const tagged = ROW_TAG.exec(normalized);
    const tag = (tagged?.[1] ?? tagged?.[4]) as Tag | undefined;
    return {
      describe: `${tag ? `【${tag}】の取組の` : ''}${word === '数' ? '人数・件数などの' : `${word}の`}数字`,
      holds: (n) => units.includes(n.unit),
      ...(tag ? { rowTag: tag } : {}),
    };
  }
  const section = sectionNamed(normalized);
  if (section !== null && ANY_FIGURE.test(normalized)) return { describe: '数字', holds: (n) => n.unit !== '', section };
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
    if (pick.section !== undefined && p.initiative.section !== pick.section) continue;
    if (years.size > 0 && !years.has(fiscalYear)) continue;
    const figures = p.counts.filter((n) => pick.holds(n)).map((n) => n.text.normalize('NFKC'));
    const key = `${ministry}\t${fiscalYear}`;
    if (figures.length > 0 && pick.rowTag !== undefined && !engine.rowOf(p.initiative.id).some((record) => record.tag === pick.rowTag)) continue;
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
  const where = pick.section === undefined ? '成果欄' : `「${pick.section}」の成果欄`;
  return { drafts, lead: `${where}に${pick.describe}があるのは${reports.join('・')}の報告` };
}

/** 「令和4年度の報告で初めて成果欄に登場した数字」「成果欄に新たに出てきた数値」: figures a row's results print for the first time. */
const FIRST_APPEARED =
  /(初めて|はじめて|最初に|新たに|新しく)[^。？?]{0,16}(登場|出て|出た|現れ|載っ|書かれ|出てき)|(前の年度|前年度|前年|前の報告)[^。？?]{0,12}(なく|なかった|無く)[^。？?]{0,24}(登場|出て|現れ|載っ|書かれ)/;
/** 「成果欄に数字がひとつも書かれていない報告」: reports whose results print no figure. */
const NO_FIGURE_AT_ALL =
  /(数字|数値)(が|は)?(ひとつも|一つも|1つも|まったく|全く|一切|何も)(書かれて|載って|入って|出て|記載されて)?(い)?(ない|ません)/;

/** 「どの報告で」「何年度に」「いつ」: the report itself asked for. */
const WHICH_REPORT = /どの(報告|年度)|何年度|いつ(の報告)?/;

/** 「成果欄の数字が前の年度より小さくなっているもの」「前の報告から増えた成果」: a row's results figure against the year before. */
const RESULTS_MOVED =
  /(前の年度|前年度|前年|前の報告|昨年度)(より|から|と比べ(て|ると)?)[^。？?]{0,8}?(小さく|少なく|減っ|減少|下が|大きく|多く|増え|増加|上が|伸び)/;

/** 「日数」「人数」: a kind of figure named by its counted noun. */
const UNIT_WORD = /(人数|日数|件数|時間数|割合)/;
/** Of the subject's units, the share a result must cover to be one it names. */
const SUBJECT_COVERAGE = 0.5;

/** 「成果欄から消えてしまった数字」「翌年度の成果に載らなくなった」: a row's results figure the next report no longer prints. */
const RESULTS_VANISHED = /(成果欄|成果)?から(消え|なくなっ|落ち|外れ)|載らなくなっ|消えてしまっ|なくなってしまっ/;

/** Whether the question asks one of the report-level questions of the results column below. */
export function asksResultsByReport(question: string): boolean {
  const normalized = question.normalize('NFKC');
  return (
    RESULTS_NAMED.test(normalized) &&
    (/数字|数値/.test(normalized) || (UNIT_WORD.test(normalized) && WHICH_REPORT.test(normalized))) &&
    (FIRST_APPEARED.test(normalized) || NO_FIGURE_AT_ALL.test(normalized) || RESULTS_MOVED.test(normalized) || RESULTS_VANISHED.test(normalized))
  );
}

/** The ministry's loaded report before `fiscalYear` (among `within`, when given). */
function previousLoaded(catalog: ReportCatalog, ministry: string, fiscalYear: number, within: Set<number> | null): number | undefined {
  return [...(catalog.yearsOf.get(ministry) ?? [])]
    .sort((a, b) => a - b)
    .filter((year) => year < fiscalYear && (within === null || within.has(year)))
    .pop();
}

/** A row of the template in one ministry's reports: the same item and row title. */
const rowKeyOf = (p: PreparedInitiative) => `${p.initiative.ministry}\u0001${templateRow(p.initiative)}\u0001${p.initiative.rowTitle}`;

/**
 * The results column read report by report, in the reports asked (ministries and years named; every report when none):
 * rows whose results print figures for the first time (the same row of the ministry's previous loaded report printed
 * none), or the reports whose results print no figure at all. One draft per report, led by the reports that answer;
 * null when the question asks neither or no report is in scope.
 */
export function resultsByReport(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[] },
  /** The question's subject, for a first appearance of what it names. */
  matcher?: SubjectMatcher,
): { drafts: Draft[]; lead: string } | null {
  const normalized = question.normalize('NFKC');
  const years = new Set(scope.fiscalYears);
  const reports = catalog.reports.filter(
    (report) => (scope.ministries.length === 0 || scope.ministries.includes(report.ministry)) && (years.size === 0 || years.has(report.fiscalYear)),
  );
  if (reports.length === 0) return null;
  const results = preparedInitiatives(engine).filter((p) => p.field === 'results');
  const ofReport = (ministry: string, fiscalYear: number) =>
    results.filter((p) => p.initiative.ministry === ministry && p.initiative.fiscalYear === fiscalYear);
  const name = (ministry: string, fiscalYear: number) => `${ministry}の${describeYear(catalog, ministry, fiscalYear)}`;
  if (NO_FIGURE_AT_ALL.test(normalized)) {
    const bare = reports.filter((report) => ofReport(report.ministry, report.fiscalYear).every((p) => p.counts.length === 0));
    const drafts = bare.flatMap((report): Draft[] => {
      const sources = reportSource({ engine }, report.ministry, report.fiscalYear);
      return sources.length === 0 ? [] : [{ answer: '成果欄に数字の記載なし', confidence: PICKED_CONFIDENCE, sources }];
    });
    if (drafts.length === 0) return null;
    return { drafts, lead: `成果欄に数字がひとつもないのは${bare.map((report) => name(report.ministry, report.fiscalYear)).join('・')}の報告` };
  }
  const moved = RESULTS_MOVED.exec(normalized);
  const vanished = moved === null && RESULTS_VANISHED.test(normalized);
  if (moved === null && !vanished && !FIRST_APPEARED.test(normalized)) return null;
  const latestYearNamed = years.size >= 2 ? Math.max(...years) : null;
  // 「令和2年度の成果欄にあった数字のうち、令和3年度の報告では消えてしまったもの」: rows whose figures the next report no longer prints.
  if (vanished) {
    const drafts: Draft[] = [];
    const named: string[] = [];
    for (const report of reports) {
      if (latestYearNamed !== null && report.fiscalYear !== latestYearNamed) continue;
      const before = previousLoaded(catalog, report.ministry, report.fiscalYear, latestYearNamed === null ? null : years);
      if (before === undefined) continue;
      const figuredNow = new Set(
        ofReport(report.ministry, report.fiscalYear)
          .filter((p) => p.counts.length > 0)
          .map(rowKeyOf),
      );
      const seen = new Set<string>();
      const gone = ofReport(report.ministry, before).filter(
        (p) => p.counts.length > 0 && !figuredNow.has(rowKeyOf(p)) && !seen.has(p.text) && seen.add(p.text) !== undefined,
      );
      if (gone.length === 0) continue;
      const label = (year: number) => describeYear(catalog, report.ministry, year);
      named.push(report.ministry);
      drafts.push({
        answer: gone
          .map(
            (p) =>
              `［${p.initiative.rowTitle}］${p.counts.map((n) => n.text.normalize('NFKC')).join('・')}（${label(before)}：${p.text}）→ ${label(report.fiscalYear)}の成果欄に記載なし`,
          )
          .join(' '),
        confidence: PICKED_CONFIDENCE,
        sources: [...gone.map((p) => sourceOf(p.initiative, p.text, 'results')), ...reportSource({ engine }, report.ministry, report.fiscalYear)],
      });
    }
    if (drafts.length === 0) return null;
    return { drafts, lead: `次の年度の成果欄から数字が消えたのは${[...new Set(named)].join('・')}` };
  }
  // 「テスト省の成果欄に割合（％）がはじめて出てくるのはどの報告」: the ministry's first report whose results print such a
  // figure at all, not the rows new in each.
  if (moved === null && WHICH_REPORT.test(normalized)) {
    const rates = RATES_ASKED.test(normalized);
    const units = UNIT_WORD.exec(normalized);
    const ofUnit = (unit: string) => (rates ? unit === '%' : units ? (UNITS_OF[units[1]!] ?? []).includes(unit) : unit !== '');
    // 「年休の日数がはじめて載った」: the results the subject names, when it names any of them.
    const covers = (p: PreparedInitiative) => matcher !== undefined && coverage(matcher, normalizeForMatch(p.text)) >= SUBJECT_COVERAGE;
    const namesSome = matcher !== undefined && matcher.units.length > 0 && results.some(covers);
    const holds = (p: PreparedInitiative) => (!namesSome || covers(p)) && p.counts.some((n) => ofUnit(n.unit));
    const firsts: { ministry: string; fiscalYear: number; entries: PreparedInitiative[] }[] = [];
    for (const ministry of [...new Set(reports.map((report) => report.ministry))]) {
      const inOrder = reports
        .filter((report) => report.ministry === ministry)
        .map((report) => report.fiscalYear)
        .sort((a, b) => a - b);
      const first = inOrder.find((year) => ofReport(ministry, year).some(holds));
      // The first loaded report printing one says nothing of when it began: a first appearance needs a report before it without.
      if (first === undefined || first === inOrder[0]) continue;
      const seen = new Set<string>();
      firsts.push({
        ministry,
        fiscalYear: first,
        entries: ofReport(ministry, first).filter((p) => holds(p) && !seen.has(p.text) && seen.add(p.text) !== undefined),
      });
    }
    if (firsts.length === 0) return null;
    return {
      drafts: firsts.map(({ entries }) => ({
        answer: `${[...new Set(entries.flatMap((p) => p.counts.filter((n) => ofUnit(n.unit)).map((n) => n.text.normalize('NFKC'))))].join('・')}（${entries
          .map((p) => `［${p.initiative.rowTitle}］${p.text}`)
          .join(' ')}）`,
        confidence: PICKED_CONFIDENCE,
        sources: entries.map((p) => sourceOf(p.initiative, p.text, 'results')),
      })),
      lead: `成果欄に初めて${rates ? '割合の' : ''}数字が出てきたのは${firsts.map(({ ministry, fiscalYear }) => name(ministry, fiscalYear)).join('・')}の報告`,
    };
  }
  const drafts: Draft[] = [];
  const named: string[] = [];
  // 「令和3年度の報告にはなく、令和4年度の報告で初めて」: the later year named is read against the earlier.
  const latestNamed = years.size >= 2 ? Math.max(...years) : null;
  if (moved !== null) {
    const way = /小さく|少なく|減っ|減少|下が/.test(moved[4]!) ? -1 : 1;
    for (const report of reports) {
      if (latestNamed !== null && report.fiscalYear !== latestNamed) continue;
      const before = previousLoaded(catalog, report.ministry, report.fiscalYear, latestNamed === null ? null : years);
      if (before === undefined) continue;
      const earlier = new Map<string, PreparedInitiative>();
      for (const p of ofReport(report.ministry, before)) if (p.counts.length > 0 && !earlier.has(rowKeyOf(p))) earlier.set(rowKeyOf(p), p);
      const lines: string[] = [];
      const sources: Draft['sources'] = [];
      const seen = new Set<string>();
      for (const p of ofReport(report.ministry, report.fiscalYear)) {
        const then = earlier.get(rowKeyOf(p));
        if (then === undefined || seen.has(rowKeyOf(p))) continue;
        // The first figure of a unit both years print (時間 against 時間): the row's measure.
        const now = p.counts.find((n) => n.unit !== '' && then.counts.some((m) => m.unit === n.unit));
        const was = now && then.counts.find((m) => m.unit === now.unit);
        if (now === undefined || was === undefined || Math.sign(now.value - was.value) !== way) continue;
        seen.add(rowKeyOf(p));
        const label = (year: number) => describeYear(catalog, report.ministry, year);
        lines.push(
          `［${p.initiative.rowTitle}］${was.text.normalize('NFKC')}（${label(before)}）→ ${now.text.normalize('NFKC')}（${label(report.fiscalYear)}）`,
        );
        sources.push(sourceOf(then.initiative, then.text, 'results'), sourceOf(p.initiative, p.text, 'results'));
      }
      if (lines.length === 0) continue;
      named.push(report.ministry);
      drafts.push({ answer: lines.join(' '), confidence: PICKED_CONFIDENCE, sources });
    }
    if (drafts.length === 0) return null;
    return { drafts, lead: `成果欄の数字が前の年度より${way < 0 ? '小さくなった' : '大きくなった'}のは${[...new Set(named)].join('・')}` };
  }
  for (const report of reports) {
    if (latestNamed !== null && report.fiscalYear !== latestNamed) continue;
    const loaded = catalog.yearsOf.get(report.ministry) ?? [];
    const before = [...loaded]
      .sort((a, b) => a - b)
      .filter((year) => year < report.fiscalYear && (latestNamed === null || years.has(year)))
      .pop();
    if (before === undefined) continue;
    const figuredBefore = new Set(
      ofReport(report.ministry, before)
        .filter((p) => p.counts.length > 0)
        .map(rowKeyOf),
    );
    const seen = new Set<string>();
    const fresh = ofReport(report.ministry, report.fiscalYear).filter(
      (p) => p.counts.length > 0 && !figuredBefore.has(rowKeyOf(p)) && !seen.has(p.text) && seen.add(p.text) !== undefined,
    );
    if (fresh.length === 0) continue;
    named.push(name(report.ministry, report.fiscalYear));
    drafts.push({
      answer: `${[...new Set(fresh.flatMap((p) => p.counts.map((n) => n.text.normalize('NFKC'))))].join('・')}（${fresh
        .map((p) => `［${p.initiative.rowTitle}］${p.text}`)
        .join(' ')}）`,
      confidence: PICKED_CONFIDENCE,
      sources: fresh.map((p) => sourceOf(p.initiative, p.text, 'results')),
    });
  }
  if (drafts.length === 0) return null;
  return { drafts, lead: `成果欄に初めて数字が出てきたのは${named.join('・')}の報告` };
}
