import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';
import type { Initiative } from '../../src/domain/types';
import { buildInitiatives } from '../../src/ingest/build-initiatives';
import { parseReport } from '../../src/ingest/parse-report';
import { changesBetween, historyOf, linkAcrossYears, type LinkKind } from '../../src/query/lineage';
import { makeInitiative } from './fixtures';

/** Where a gold entry points: a ministry's report, the template place (大項目/中項目[/group-小項目]) and the exact text. */
interface GoldPlace {
  fiscalYear: number;
  item: string;
  text: string;
}
interface GoldLink {
  ministry: string;
  from: GoldPlace;
  to: GoldPlace;
  kind: LinkKind;
}
interface Gold {
  links: GoldLink[];
  new: (GoldPlace & { ministry: string })[];
  dropped: (GoldPlace & { ministry: string; droppedIn: number })[];
  statusChanges: { ministry: string; fiscalYear: number; item: string; from: string; to: string }[];
  metricMoves: { ministry: string; fiscalYear: number; item: string; label: string | null; field: string; from: number; to: number }[];
}

const YEARS = join(projectRoot(), 'tests', 'fixtures', 'years');

function loadFixtures(): Initiative[] {
  const files = readdirSync(YEARS)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  let order = 0;
  return files.flatMap((name) => {
    const metaPath = join(YEARS, `${name}.meta.json`);
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined;
    const records = buildInitiatives(parseReport(readFileSync(join(YEARS, name), 'utf8'), name, meta), order);
    order += records.length;
    return records;
  });
}

const initiatives = loadFixtures();
const byId = new Map(initiatives.map((i) => [i.id, i]));
const gold = JSON.parse(readFileSync(join(YEARS, 'lineage-gold.json'), 'utf8')) as Gold;
const lineage = linkAcrossYears(initiatives);

const placeOf = (i: Initiative): string =>
  [i.section, i.item, i.sub ? (i.subGroup ? `${i.subGroup}-${i.sub}` : i.sub) : null].filter((part) => part !== null).join('/');

/** The id of the one record a gold entry describes; throws when the gold and the fixtures disagree. */
function resolve(ministry: string, place: GoldPlace): string {
  const hits = initiatives.filter(
    (i) => i.ministry === ministry && i.fiscalYear === place.fiscalYear && placeOf(i) === place.item && i.text === place.text,
  );
  const [hit] = hits;
  if (hits.length !== 1 || hit === undefined) throw new Error(`gold entry matches ${hits.length} records: ${ministry} ${JSON.stringify(place)}`);
  return hit.id;
}

const goldPairs = new Map(gold.links.map((l) => [`${resolve(l.ministry, l.from)}>${resolve(l.ministry, l.to)}`, l.kind]));

describe('linkAcrossYears on the テスト省 (令和2–4年度) and 架空庁 (令和3–4年度) fixtures', () => {
  it('finds the gold links with precision and recall of at least 0.9, and mostly their kinds', () => {
    const found = lineage.links.map((l) => `${l.from}>${l.to}`);

    const correct = found.filter((pair) => goldPairs.has(pair));
    const precision = correct.length / found.length;
    const recall = correct.length / goldPairs.size;
    const kindsRight = lineage.links.filter((l) => goldPairs.get(`${l.from}>${l.to}`) === l.kind).length / correct.length;
    console.log(
      `lineage on the gold: ${found.length} links found, ${goldPairs.size} in the gold, ${correct.length} correct; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, kind accuracy ${kindsRight.toFixed(3)}`,
    );

    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(kindsRight).toBeGreaterThanOrEqual(0.9);
  });

  it('links one-to-one, only between consecutive reports of one ministry, with confidences in 0–1', () => {
    const froms = lineage.links.map((l) => l.from);
    const tos = lineage.links.map((l) => l.to);

    expect(new Set(froms).size).toBe(froms.length);
    expect(new Set(tos).size).toBe(tos.length);
    for (const link of lineage.links) {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      if (from === undefined || to === undefined) throw new Error(`link ${link.from} → ${link.to} names a record not in the corpus`);
      const years = lineage.years.get(from.ministry) ?? [];
      expect(to.ministry).toBe(from.ministry);
      expect(years.indexOf(to.fiscalYear)).toBe(years.indexOf(from.fiscalYear) + 1);
      expect(link.confidence).toBeGreaterThan(0);
      expect(link.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives an unchanged text full confidence and a statement moved to another item less', () => {
    const moved = lineage.previous.get(
      resolve('架空庁', { fiscalYear: 2022, item: '働き方改革/3', text: 'Web会議システムを全職員が利用できるようにした。' }),
    );
    const same = lineage.previous.get(
      resolve('テスト省', { fiscalYear: 2021, item: '働き方改革/6', text: '年次休暇の計画表を四半期ごとに作成し、計画的な取得を促した。' }),
    );

    expect([moved?.kind, moved?.basis]).toEqual(['same', 'moved']);
    expect(same?.confidence).toBe(1);
    expect(moved?.confidence).toBeLessThan(0.8);
  });

  it('never links a ministry to another one, even where both print the identical statement in the same row', () => {
    const identical = '年次休暇の計画表を四半期ごとに作成し、計画的な取得を促した。';
    const kakuuR3 = resolve('架空庁', { fiscalYear: 2021, item: '働き方改革/6', text: identical });
    const toshoR4 = resolve('テスト省', { fiscalYear: 2022, item: '働き方改革/6', text: identical });
    const toshoR2 = resolve('テスト省', { fiscalYear: 2020, item: '働き方改革/6', text: identical });

    // テスト省 令和3年度 must continue from its own 令和2年度, not from 架空庁 令和3年度's identical row.
    expect(lineage.next.get(kakuuR3)?.to).not.toBe(toshoR4);
    expect(byId.get(lineage.next.get(kakuuR3)?.to ?? '')?.ministry).toBe('架空庁');
    expect(byId.get(lineage.next.get(toshoR2)?.to ?? '')?.ministry).toBe('テスト省');
    for (const link of lineage.links) expect(byId.get(link.to)?.ministry).toBe(byId.get(link.from)?.ministry);
  });

  it('links each report to the previous one that ministry has, not to year − 1: 架空庁 令和3年度 has no predecessor', () => {
    const kakuuR3 = initiatives.filter((i) => i.ministry === '架空庁' && i.fiscalYear === 2021);

    expect(lineage.years.get('架空庁')).toEqual([2021, 2022]);
    expect(kakuuR3.filter((i) => lineage.previous.has(i.id))).toEqual([]);
  });

  it('gives the same links whatever the order of the records', () => {
    const shuffled = [...initiatives].reverse();

    const again = linkAcrossYears(shuffled);

    const pairs = (links: typeof lineage.links): string[] => links.map((l) => `${l.from}>${l.to}:${l.kind}`).sort();
    expect(pairs(again.links)).toEqual(pairs(lineage.links));
  });
});

describe('historyOf', () => {
  const flex = (fiscalYear: number, text: string): string => resolve('テスト省', { fiscalYear, item: '働き方改革/8/ア', text });
  const r2 = flex(2020, 'フレックスタイム制の利用方法をイントラネットで周知した。');
  const r3 = flex(2021, 'フレックスタイム制の利用方法をイントラネットで周知した。');
  const r4 = flex(2022, 'フレックスタイム制の利用方法をイントラネットで周知するとともに、全職員の利用意向を年1回確認することとした。');

  it('when asked for the middle year, gives the three years in order: 【新規】 → 【継続】 same → 【拡充】 expanded', () => {
    const history = historyOf(r3, lineage, byId);

    expect(history.map((e) => [e.id, e.fiscalYearLabel, e.tag, e.link])).toEqual([
      [r2, '令和2年度', '新規', 'same'],
      [r3, '令和3年度', '継続', null],
      [r4, '令和4年度', '拡充', 'expanded'],
    ]);
    expect(history[1]?.confidence).toBeNull();
  });

  it('when asked for the first or the last year, gives the same chain', () => {
    expect(historyOf(r2, lineage, byId).map((e) => e.id)).toEqual([r2, r3, r4]);
    expect(historyOf(r4, lineage, byId).map((e) => e.id)).toEqual([r2, r3, r4]);
  });

  it('gives a dropped initiative its own short chain, and refuses an unknown id', () => {
    const dropped = resolve('テスト省', { fiscalYear: 2020, item: '働き方改革/5', text: '繁忙期には課室を越えた応援体制を構築した。' });

    expect(historyOf(dropped, lineage, byId).map((e) => e.id)).toEqual([dropped]);
    expect(() => historyOf('000000000000', lineage, byId)).toThrow(/no initiative with id 000000000000/u);
  });
});

describe('changesBetween for テスト省', () => {
  const itemOf = (i: Initiative): string => placeOf(i);
  const expectedNew = (year: number): string[] =>
    gold.new
      .filter((n) => n.ministry === 'テスト省' && n.fiscalYear === year)
      .map((n) => resolve('テスト省', n))
      .sort();
  const expectedDropped = (year: number): string[] =>
    gold.dropped
      .filter((d) => d.ministry === 'テスト省' && d.droppedIn === year)
      .map((d) => resolve('テスト省', d))
      .sort();
  const expectedMoves = (year: number): string[] =>
    gold.metricMoves
      .filter((m) => m.ministry === 'テスト省' && m.fiscalYear === year)
      .map((m) => `${m.item} ${m.label ?? '-'} ${m.field} ${m.from}→${m.to}`)
      .sort();
  const expectedStatus = (year: number): string[] =>
    gold.statusChanges.filter((s) => s.ministry === 'テスト省' && s.fiscalYear === year).map((s) => `${s.item} ${s.from}→${s.to}`);

  it.each([2021, 2022])("for fiscal year %i lists exactly the gold's new, dropped, status changes and metric moves", (year) => {
    const changes = changesBetween('テスト省', year, initiatives, lineage);

    expect(changes.previousYear).toBe(year - 1);
    expect(changes.new.map((i) => i.id).sort()).toEqual(expectedNew(year));
    expect(changes.dropped.map((i) => i.id).sort()).toEqual(expectedDropped(year));
    expect(changes.statusChanges.map((s) => `${itemOf({ ...s } as unknown as Initiative)} ${s.from}→${s.to}`)).toEqual(expectedStatus(year));
    expect(changes.metricMoves.map((m) => `${m.section}/${m.item} ${m.label ?? '-'} ${m.field} ${m.from?.value}→${m.to?.value}`).sort()).toEqual(
      expectedMoves(year),
    );
  });

  it('for 令和4年度 counts expanded and continued from the gold kinds, and reads full-width figures (３４．２％)', () => {
    const changes = changesBetween('テスト省', 2022, initiatives, lineage);
    const goldOf = (kind: LinkKind): number =>
      gold.links.filter((l) => l.ministry === 'テスト省' && l.to.fiscalYear === 2022 && l.kind === kind).length;

    expect(changes.expanded.length).toBe(goldOf('expanded'));
    expect(changes.continued.length).toBe(goldOf('same') + goldOf('reworded'));
    expect(changes.metricMoves.find((m) => m.section === '育児・介護等と両立して活躍できるための改革' && m.item === 1)?.to?.value).toBe(34.2);
  });

  it('for the first report has no previous one and lists no changes; for a report not loaded, refuses', () => {
    const first = changesBetween('テスト省', 2020, initiatives, lineage);

    expect([first.previousYear, first.new.length, first.dropped.length, first.statusChanges.length]).toEqual([null, 0, 0, 0]);
    expect(() => changesBetween('テスト省', 2019, initiatives, lineage)).toThrow(/no report of テスト省 for fiscal year 2019/u);
  });

  it('for 架空庁 令和4年度 lists its one new and one dropped initiative and no status change (実施未定 both years)', () => {
    const changes = changesBetween('架空庁', 2022, initiatives, lineage);

    expect(changes.new.map((i) => i.text)).toEqual(['上司が部下職員と年2回のキャリア面談を行う仕組みを設けた。']);
    expect(changes.dropped.map((i) => i.text)).toEqual(['人事担当者が女性職員とキャリア形成に関する面談を行った。']);
    expect(changes.statusChanges).toEqual([]);
  });
});

describe('linkAcrossYears on the real seed (財務省 令和2年度) against a copy of itself as 令和3年度', () => {
  const seed = readFileSync(join(projectRoot(), 'data', 'mof-fy2020-followup.txt'), 'utf8');
  const r2 = buildInitiatives(parseReport(seed, 'seed.txt'));
  const r3 = buildInitiatives(parseReport(seed, 'seed-next.txt', { fiscalYear: 2021, fiscalYearLabel: '令和3年度' }), r2.length);

  it('links every statement and metric to its copy as same, although the report repeats paragraphs under several items; a 【新規】 copy less surely', () => {
    const linkable = r2.filter((i) => i.kind === 'statement' || i.kind === 'metric');
    const copyOf = new Map(r2.map((i, index) => [i.id, r3[index]?.id]));

    const { links } = linkAcrossYears([...r2, ...r3]);

    expect(links).toHaveLength(linkable.length);
    expect(links.filter((l) => copyOf.get(l.from) !== l.to)).toEqual([]);
    const tagOf = (id: string): string | null => r3.find((i) => i.id === id)?.tag ?? null;
    expect(new Set(links.map((l) => `${l.kind} ${l.confidence} ${tagOf(l.to) === '新規' ? '新規' : 'other'}`))).toEqual(
      new Set(['same 1 other', 'same 0.85 新規']),
    );
  });
});

describe('linkAcrossYears on a row whose wording changed almost entirely', () => {
  const earlier = makeInitiative({ text: '超過勤務の状況を毎月集計した。', fiscalYear: 2020 });
  const later = (tag: '継続' | '新規'): ReturnType<typeof makeInitiative> =>
    makeInitiative({ text: '課室ごとの超過勤務時間をグラフで見える化した。', fiscalYear: 2021, fiscalYearLabel: '令和3年度', tag });

  it("when the later statement is the row's only 【継続】 and the earlier one its only statement, links them with a low confidence", () => {
    const next = later('継続');

    const { links } = linkAcrossYears([earlier, next]);

    expect(links.map((l) => [l.from, l.to, l.basis])).toEqual([[earlier.id, next.id, 'tag']]);
    expect(links[0]?.confidence).toBeLessThan(0.6);
  });

  it('when the later statement is 【新規】, leaves the earlier one dropped', () => {
    expect(linkAcrossYears([earlier, later('新規')]).links).toEqual([]);
  });
});
