/** Hand-made initiatives of the fictional テスト省 for unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';
import type { Initiative } from '../../src/domain/types';
import { loadCorpus } from '../quality/v2/judged-set';

let counter = 0;

/** One initiative of テスト省 令和2年度 with sensible defaults; override what the test is about. */
export function makeInitiative(overrides: Partial<Initiative> = {}): Initiative {
  counter += 1;
  const base: Initiative = {
    id: `t${String(counter).padStart(11, '0')}`,
    kind: 'statement',
    ministry: 'テスト省',
    fiscalYear: 2020,
    fiscalYearLabel: '令和2年度',
    section: '働き方改革',
    item: 4,
    itemTitle: '超過勤務の縮減の徹底',
    sub: null,
    subGroup: null,
    rowTitle: '超過勤務の縮減の徹底',
    status: '実施',
    tag: '継続',
    label: null,
    text: '',
    reason: null,
    results: null,
    metric: null,
    rowKey: 'テスト省|2020|働き方改革|4',
    position: 0,
    order: counter,
    duplicateGroup: null,
    source: 'test-fy2020.txt',
    reportId: 'aaaaaaaaaaaa',
    origin: { lines: [1, 1] },
  };
  return { ...base, ...overrides };
}

/** A small corpus: telework, overtime, leave, a duplicated statement and a metric, over two ministries and years. */
export function makeFixtureCorpus(): Initiative[] {
  const shared = '【継続】働き方改革推進強化月間において、休暇の取得促進を周知した。';
  return [
    makeInitiative({ text: '【新規】テレワークマネジメント研修を創設した。', tag: '新規', position: 0 }),
    makeInitiative({ text: '【継続】超過勤務の縮減を図った。', position: 1 }),
    makeInitiative({ text: shared, position: 2, duplicateGroup: 'dup-a' }),
    makeInitiative({
      text: '【拡充】ｗｅｂ会議の環境を整備した。',
      tag: '拡充',
      item: 3,
      itemTitle: '業務の効率化',
      rowTitle: '業務の効率化',
      rowKey: 'テスト省|2020|働き方改革|3',
    }),
    makeInitiative({
      text: shared,
      item: 6,
      itemTitle: '休暇の取得促進',
      rowTitle: '休暇の取得促進',
      rowKey: 'テスト省|2020|働き方改革|6',
      duplicateGroup: 'dup-a',
    }),
    makeInitiative({
      text: '【継続】育児休業の取得を促進した。',
      section: '育児・介護等と両立して活躍できるための改革',
      item: 4,
      itemTitle: '男性職員の育児休業の取得促進',
      rowTitle: '男性職員の育児休業の取得促進',
      rowKey: 'テスト省|2020|育児|4',
    }),
    makeInitiative({
      ministry: '架空庁',
      fiscalYear: 2021,
      fiscalYearLabel: '令和3年度',
      text: '【新規】リモートワークの環境を整備した。',
      tag: '新規',
      rowKey: '架空庁|2021|働き方改革|4',
      source: 'kakuu-fy2021.txt',
    }),
    makeInitiative({
      ministry: '架空庁',
      fiscalYear: 2021,
      fiscalYearLabel: '令和3年度',
      kind: 'metric',
      tag: null,
      status: null,
      section: '育児・介護等と両立して活躍できるための改革',
      item: 1,
      itemTitle: '男性職員の育児休業取得率',
      rowTitle: '男性職員の育児休業取得率',
      rowKey: '架空庁|2021|育児|1',
      text: '目標：13%（令和2年）、現状：43.6%（令和元年度）',
      metric: {
        label: null,
        target: { value: 13, unit: '%', period: '令和2年', qualifier: null, text: '13%（令和2年）' },
        current: { value: 43.6, unit: '%', period: '令和元年度', qualifier: null, text: '43.6%（令和元年度）' },
        baseline: null,
        text: '目標：13%（令和2年）、現状：43.6%（令和元年度）',
      },
      source: 'kakuu-fy2021.txt',
    }),
  ];
}

/** The sixteen reports of the judged sets since v4 (the seed and every fixture report), ingested as the quality suite does. */
export async function sixteenReports(): Promise<Initiative[]> {
  const { corpus } = JSON.parse(readFileSync(join(projectRoot(), 'tests/quality/v8/queries.json'), 'utf8')) as { corpus: string[] };
  return loadCorpus({ corpus } as Parameters<typeof loadCorpus>[0]);
}
