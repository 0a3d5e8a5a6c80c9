/**
 * Queries that ask for what happened to initiatives between reports (「実施から実施未定に後戻りした取組」「途中で報告されなくなった
 * 取組」「令和3年度に始めて令和4年度も続けた取組」「2年続けて実施できなかった取組」): their words match every statement that says
 * 実施 or 取組, and what answers them is in the lineage (./history.ts), not in any one text. The records the lineage names
 * are ranked first.
 */
import type { Initiative } from '../domain/types';
import type { Corpus } from './corpus';
import type { AcrossYears } from './history';
import type { YearChanges } from './lineage';
import { titledRow } from './lineage-changes';

/** What the query asks to have happened between a ministry's consecutive reports. */
export type LineageIntent =
  | 'backslid'
  | 'dropped'
  | 'newThenContinued'
  | 'newThenExpanded'
  | 'undoneTwice'
  | 'unchangedThrough'
  | 'targetFell'
  | 'targetRoseEveryYear'
  | 'targetUnchanged'
  | 'appearedLater';

const INTENTS: [RegExp, LineageIntent][] = [
  // 「前の年度と実績が変わらなかった数値目標」「現状が前年度から横ばいの目標」
  [/(前の年度|前年度|前年|前の報告)(と|から)[^。？?]{0,10}?(変わらな|変わってい|同じ|横ばい)[^。？?]{0,12}?目標/, 'targetUnchanged'],
  // 「始めた翌年度に内容を広げた取組」「新規の翌年に拡充した」; as the search reads it once 内容を広げた became the tag
  // filter 【拡充】: 「始めた翌年度に 取組」.
  [
    /(始め|開始し|新規)[^。？?]{0,12}?(翌年|次の年)[^。？?]{0,12}?(広げ|拡充|拡大|増や|充実)|(始め|開始し)(た|て)?(翌年度?|次の年度?)に?\s*(取組|取り組み)?$/,
    'newThenExpanded',
  ],
  // 「3年続けて実績が上がった数値目標」「毎年現状が伸びている目標」
  [/([2２二3３三]年(続けて|連続(で|して)?)|毎年度?)[^。？?]{0,8}?(上が|増え|伸び|改善)[^。？?]{0,12}?目標/, 'targetRoseEveryYear'],
  // 「前の年度より下がった数値目標の実績」「現状が前年度から下がった目標」
  [
    /(前の年度|前年度|前年|前の報告)(より|から|と比べ(て|ると)?)[^。？?]{0,10}?(下が|減っ|悪化|落ち)[^。？?]{0,12}?目標|目標[^。？?]{0,10}?(実績|現状)[^。？?]{0,10}?(下が|減っ|悪化|落ち)/,
    'targetFell',
  ],
  // 「実施から実施未定に後戻りした」「実施未定に戻った」「実施していたのに実施未定になった」
  [/実施(から|していたのに|だったのに|済みから)[^。？?]{0,6}実施未定|実施未定に(後戻り|逆戻り|戻っ|戻り|転じ)/, 'backslid'],
  // 「途中から報告されるようになった数値目標」「新たに記載されるようになった取組」「後から加わった目標」
  [
    /(途中|後|あと)(の年度)?から[^。？?]{0,6}?(報告|記載|掲載)(され|す)るように|新たに[^。？?]{0,4}?(報告|記載|掲載)(され|す)るように|(途中|後|あと)から(加わ|加え|入っ|載)/,
    'appearedLater',
  ],
  // 「途中で報告されなくなった」「報告から消えた」「翌年度の報告に載らなくなった」
  [/(報告|記載|掲載)(され|し)?なくなっ|(報告|記載)から(消え|外れ|落ち|なくなっ)|載らなくなっ|姿を消し|取りやめ(た|られた)/, 'dropped'],
  // 「令和3年度に始めて令和4年度も続けた」「新規で始めて翌年度も継続した」
  // (The years a query names are its scope, taken out before it is read here: 「始めて も続けた取組」.)
  [
    /(始め|始まっ|新規|開始し)[^。？?]{0,16}?(翌年|次の年|令和[0-9元]+年度)[^。？?]{0,8}?(も|に)[^。？?]{0,4}?(続け|継続)|(始め|始まっ|開始し)(て|た)?[\s、,]*(翌年度?|次の年度?)?(も)\s*(続け|継続)/,
    'newThenContinued',
  ],
  // 「2年続けて実施できなかった」「2年連続で実施未定」
  [/([2２二]|[3３三])年(続けて|連続(で|して)?)[^。？?]{0,8}?(実施でき(なかった|ていない)|実施未定|見送)/, 'undoneTwice'],
  // 「3年間変わらず続けている」「ずっと同じ文面で続いている」
  [/([3３三]|[2２二])年(間)?(変わらず|同じ(文面|内容|まま)で?|そのまま)[^。？?]{0,6}?(続|継続|実施)|ずっと同じ(文面|内容)/, 'unchangedThrough'],
];

/** The lineage intent of a query (NFKC), or null. */
export function lineageIntentOf(query: string): LineageIntent | null {
  const normalized = query.normalize('NFKC');
  return INTENTS.find(([cue]) => cue.test(normalized))?.[1] ?? null;
}

const remembered = new WeakMap<Corpus, Map<LineageIntent, Uint8Array>>();

/** 1 for each record the lineage names for the intent (computed once per corpus and intent). */
export function recordsOfIntent(corpus: Corpus, acrossYears: AcrossYears, intent: LineageIntent): Uint8Array {
  let byIntent = remembered.get(corpus);
  if (byIntent === undefined) remembered.set(corpus, (byIntent = new Map()));
  let marks = byIntent.get(intent);
  if (marks === undefined) byIntent.set(intent, (marks = markRecords(corpus, acrossYears, intent)));
  return marks;
}

function markRecords(corpus: Corpus, acrossYears: AcrossYears, intent: LineageIntent): Uint8Array {
  const marks = new Uint8Array(corpus.size);
  const mark = (initiative: Initiative | string) => {
    const ordinal = corpus.ordinalOf.get(typeof initiative === 'string' ? initiative : initiative.id);
    if (ordinal !== undefined) marks[ordinal] = 1;
  };
  const markRow = (id: string) => {
    const ordinal = corpus.ordinalOf.get(id);
    if (ordinal === undefined) return;
    for (const other of corpus.rows.get(corpus.initiatives[ordinal]!.rowKey) ?? []) marks[other] = 1;
  };
  const reports = acrossYears.reports();
  const yearsOf = new Map<string, number[]>();
  for (const report of reports) yearsOf.set(report.ministry, [...(yearsOf.get(report.ministry) ?? []), report.fiscalYear]);
  for (const [ministry, years] of yearsOf) {
    const changes = years.slice(1).map((year) => acrossYears.changes(ministry, year));
    changes.forEach((change, i) => {
      if (intent === 'backslid') {
        for (const moved of change.statusChanges) if (moved.from === '実施' && moved.to === '実施未定') markRow(moved.toId);
      } else if (intent === 'dropped') {
        for (const gone of change.dropped) mark(gone);
      } else if (intent === 'appearedLater') {
        for (const added of change.new) mark(added);
      } else if (intent === 'newThenExpanded') {
        for (const link of change.expanded) {
          if (link.from.tag !== '新規') continue;
          mark(link.from);
          mark(link.to);
        }
      } else if (intent === 'newThenContinued') {
        for (const link of [...change.continued, ...change.expanded]) {
          if (link.from.tag !== '新規') continue;
          mark(link.from);
          mark(link.to);
        }
      } else if (intent === 'unchangedThrough') {
        // The same text in three consecutive reports: a link of kind same into this report from one that was itself one.
        const before = changes[i - 1];
        if (before === undefined) return;
        const sameInto = new Set(before.continued.filter((link) => link.kind === 'same').map((link) => link.to.id));
        for (const link of change.continued) {
          if (link.kind !== 'same' || !sameInto.has(link.from.id)) continue;
          mark(link.from);
          mark(link.to);
        }
      }
    });
    if (intent === 'undoneTwice') markUndoneTwice(corpus, ministry, years, mark);
    if (intent === 'targetFell' || intent === 'targetRoseEveryYear') markTargetMoves(changes, intent, mark);
    if (intent === 'targetUnchanged') markUnchangedTargets(corpus, ministry, years, mark);
  }
  return marks;
}

/**
 * Target rows whose present (現状) fell from one report to the next (both reports' rows marked), or rose in every pair of
 * the ministry's consecutive reports, at least two (every report's row marked).
 */
function markTargetMoves(changes: YearChanges[], intent: 'targetFell' | 'targetRoseEveryYear', mark: (id: string) => void): void {
  const rises = new Map<string, { ids: string[]; moves: number }>();
  for (const change of changes) {
    for (const move of change.metricMoves) {
      if (move.field !== 'current' || move.from === null || move.to === null || move.from.unit !== move.to.unit) continue;
      const delta = move.to.value - move.from.value;
      if (intent === 'targetFell') {
        if (delta < 0) [move.fromId, move.toId].forEach(mark);
        continue;
      }
      const row = `${move.rowTitle}\u0001${move.label ?? ''}`;
      const rise = rises.get(row) ?? { ids: [], moves: 0 };
      rises.set(row, delta > 0 ? { ids: [...rise.ids, move.fromId, move.toId], moves: rise.moves + 1 } : { ids: [], moves: -Infinity });
    }
  }
  for (const { ids, moves } of rises.values()) if (moves >= 2 && moves === changes.length) ids.forEach(mark);
}

/** Target rows (by title and label) of consecutive reports of the ministry whose present is the same in both (both marked). */
function markUnchangedTargets(corpus: Corpus, ministry: string, years: number[], mark: (initiative: Initiative) => void): void {
  const byYear = new Map<number, Map<string, Initiative>>();
  for (const initiative of corpus.initiatives) {
    if (initiative.ministry !== ministry || initiative.kind !== 'metric' || initiative.metric === null) continue;
    const row = `${initiative.rowTitle}\u0001${initiative.metric.label ?? ''}`;
    const ofYear = byYear.get(initiative.fiscalYear) ?? new Map<string, Initiative>();
    if (!ofYear.has(row)) ofYear.set(row, initiative);
    byYear.set(initiative.fiscalYear, ofYear);
  }
  for (let i = 1; i < years.length; i += 1) {
    const [before, after] = [byYear.get(years[i - 1]!), byYear.get(years[i]!)];
    if (before === undefined || after === undefined) continue;
    for (const [row, record] of after) {
      const earlier = before.get(row);
      const [then, now] = [earlier?.metric?.current, record.metric?.current];
      if (then && now && then.unit === now.unit && then.value === now.value) [earlier!, record].forEach(mark);
    }
  }
}

/** Rows left 実施未定 in two consecutive reports of the ministry (the same row title in the same template place). */
function markUndoneTwice(corpus: Corpus, ministry: string, years: number[], mark: (initiative: Initiative) => void): void {
  const undone = new Map<number, Map<string, Initiative[]>>();
  for (const initiative of corpus.initiatives) {
    if (initiative.ministry !== ministry || initiative.status !== '実施未定') continue;
    const row = titledRow(initiative);
    const ofYear = undone.get(initiative.fiscalYear) ?? new Map<string, Initiative[]>();
    ofYear.set(row, [...(ofYear.get(row) ?? []), initiative]);
    undone.set(initiative.fiscalYear, ofYear);
  }
  for (let i = 1; i < years.length; i += 1) {
    const [before, after] = [undone.get(years[i - 1]!), undone.get(years[i]!)];
    if (before === undefined || after === undefined) continue;
    for (const [row, records] of after) {
      if (!before.has(row)) continue;
      for (const record of [...before.get(row)!, ...records]) mark(record);
    }
  }
}
