import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAppError } from '../../src/domain/errors';
import { ingestDirectory, ingestFile, formatIngestEvent, formatIngestSummary, type IngestEvent } from '../../src/ingest/ingest-directory';
import { parseReport } from '../../src/ingest/parse-report';
import { fixturePath, fixtureText, seedPath, SEED_FILE } from './seed';

const R3 = 'test-ministry-r3.txt';
const R2 = 'kakuu-cho-r2.txt';

describe('fixture テスト省 令和3年度 (CRLF, headers without titles, a page without its section label)', () => {
  const parsed = parseReport(fixtureText(R3), R3);
  const place = parsed.rows.map((r) => `${r.section.slice(0, 2)}${r.item ?? '-'}${r.sub ?? ''}`);

  it('reads the ministry from the text and 令和３年度 (full-width) as 2021', async () => {
    expect([parsed.report.ministry, parsed.report.fiscalYear, parsed.report.fiscalYearLabel]).toEqual(['テスト省', 2021, '令和3年度']);
  });

  it('places every row, taking the 育児 section from the template when its label is missing', async () => {
    expect(place).toEqual([
      '働き1',
      '働き2',
      '働き2ア',
      '働き2イ',
      '働き3',
      '働き4',
      '働き4ア',
      '働き6',
      '育児1',
      '育児2',
      '育児3',
      '育児3イ',
      '育児3イ',
      '育児3イ',
      '女性1',
      '女性2',
      '女性4',
      '女性4ア',
      'その-',
    ]);
    expect(parsed.warnings.map((w) => w.message).join('\n')).toContain('section label missing');
  });

  it('reads 「i」 in the item column as the next sub-item イ and takes its 実施未定 reason', async () => {
    const row = parsed.rows[3];

    expect([row?.sub, row?.status, row?.reason]).toEqual(['イ', '実施未定', '地方機関の組織改編を令和4年度に控えており、実施時期を検討中のため。']);
  });

  it('reads column D as results, apart from the tagged statements of column C', async () => {
    const row = parsed.rows[0];

    expect(row?.results).toBe('職員アンケートでメッセージを「読んだ」と答えた職員が85%となった。');
    expect(row?.statements.map((s) => s.tag)).toEqual(['継続', '新規']);
  });

  it('warns where item numbers skip (働き方改革 4 → 6, 女性 2 → 4)', async () => {
    expect(parsed.warnings.filter((w) => w.message.includes('jumps')).map((w) => w.line)).toEqual([15, 30]);
  });

  it('reads metrics printed without <p>, split at each 【label】', async () => {
    expect(parsed.rows[15]?.metrics.map((m) => [m.label, m.target?.value, m.current?.value, m.baseline?.value])).toEqual([
      ['本省課室長相当職', 7, 5.1, 2],
      ['係長相当職(本省)', 30, 27.9, 20.1],
    ]);
  });
});

describe('fixture 架空庁 令和2年度 (cells shifted right, a cell continued across a page, sidecar meta)', () => {
  it('without its sidecar, cannot tell the agency (the text only says 当庁) and says so', async () => {
    expect.assertions(2);
    try {
      parseReport(fixtureText(R2), R2);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('MINISTRY_UNKNOWN');
      expect((error as Error).message).toContain(`${R2}.meta.json`);
    }
  });

  it('with its sidecar, takes the ministry from kakuu-cho-r2.txt.meta.json', async () => {
    expect((await ingestFile(fixturePath(R2))).report).toMatchObject({ ministry: '架空庁', fiscalYear: 2020, source: R2 });
  });

  it('reads section labels one column right and joins the statement continued on the next page', async () => {
    const parsed = await ingestFile(fixturePath(R2));
    const paperless = parsed.rows.find((r) => r.item === 7 && r.sub === 'ア');

    expect(parsed.rows.map((r) => r.section.slice(0, 2))).toEqual(['働き', '働き', '働き', '働き', '働き', '育児', '育児', '女性', '女性', '女性']);
    expect(paperless?.statements.map((s) => s.label)).toEqual(['審議会', '幹部会議']);
    expect(paperless?.origin.lines).toEqual([7, 12]);
  });

  it('reads a variant merged with the status cell, 「(独自実施のもの) 実施」', async () => {
    const seminar = (await ingestFile(fixturePath(R2))).rows.filter((r) => r.item === 7 && r.section.startsWith('育児'));

    expect(seminar.map((r) => [r.status, r.title])).toEqual([
      ['実施', '育児休業取得職員等を対象としたセミナーの実施(独自実施のもの)'],
      ['実施', '育児休業取得職員等を対象としたセミナーの実施(内閣人事局・人事院が実施するものへの派遣)'],
    ]);
  });

  it('reads a D cell with markup but no tag as results, and decodes &amp;', async () => {
    const rows = (await ingestFile(fixturePath(R2))).rows;

    expect(rows[1]?.results).toBe('応援要員の延べ人数は120人となった。');
    expect(rows[0]?.statements[1]?.text).toBe('当庁の幹部が働き方について語る動画を配信した&職員の感想を募集した。');
  });
});

describe('ingestDirectory over the seed and both fixtures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'torikumi-ingest-'));
    copyFileSync(seedPath(), join(dir, SEED_FILE));
    for (const name of [R3, R2, `${R2}.meta.json`]) copyFileSync(fixturePath(name), join(dir, name));
    writeFileSync(join(dir, 'notes.md'), 'not a report, and not a .txt file');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses every .txt in name order and reports progress for each', async () => {
    const events: IngestEvent[] = [];

    const result = await ingestDirectory(dir, { onProgress: (event) => events.push(event) });

    expect(result.reports.map((r) => [r.file, r.parsed.report.ministry])).toEqual([
      [R2, '架空庁'],
      [SEED_FILE, '財務省'],
      [R3, 'テスト省'],
    ]);
    expect(result.failures).toEqual([]);
    expect(events.map(formatIngestEvent)[1]).toBe(`[2/3] ${SEED_FILE}: 58 rows, 131 statements, 7 metrics, 2 warnings`);
  });

  it('gives ids unique across the corpus and order running across reports', async () => {
    const all = (await ingestDirectory(dir)).reports.flatMap((r) => r.initiatives);

    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.map((i) => i.order)).toEqual(all.map((_, index) => index));
  });

  it('groups text repeated across reports (the same セミナー sentence in 財務省 and テスト省)', async () => {
    const all = (await ingestDirectory(dir)).reports.flatMap((r) => r.initiatives);
    const seminar = all.filter((i) => i.text === '「仕事と育児の両立セミナー」（内閣官房内閣人事局主催）に職員を派遣した。');

    expect(new Set(seminar.map((i) => i.ministry))).toEqual(new Set(['財務省', 'テスト省']));
    expect(new Set(seminar.map((i) => i.duplicateGroup)).size).toBe(1);
    const [first] = seminar;
    expect(first).toBeDefined();
    expect(first?.duplicateGroup).not.toBeNull();
  });

  it('summarises totals in one line', async () => {
    const summary = formatIngestSummary(await ingestDirectory(dir));

    expect(summary).toMatch(/^3 report\(s\) parsed, 0 failed: \d+ rows, \d+ statements, \d+ metrics, \d+ records, \d+ warnings$/u);
  });
});
