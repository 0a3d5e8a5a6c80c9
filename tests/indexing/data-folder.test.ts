import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/index-command';
import { defaultDataDir } from '../../src/domain/paths';
import { readManifest } from '../../src/indexing/load-index';
import { computeDataHash, listDataFiles } from '../../src/indexing/manifest';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('the data folder', () => {
  let root: string;
  let dataDir: string;
  let output: string[];
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'torikumi-data-folder-'));
    dataDir = join(root, 'data');
    mkdirSync(dataDir);
    copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  test('listDataFiles › lists PDF, workbook, text and sidecar files, and leaves dot-files and other names out', () => {
    for (const name of ['a.pdf', 'b.xlsx', 'c.xlsm', 'd.txt.meta.json', 'notes.md', '.hidden.txt']) writeFileSync(join(dataDir, name), 'x');
    mkdirSync(join(dataDir, '.staging'));

    expect(listDataFiles(dataDir)).toEqual(['a.pdf', 'b.xlsx', 'c.xlsm', 'd.txt.meta.json', 'mof-fy2020-followup.txt']);
  });

  test('computeDataHash › with a folder named notes.txt and a dangling link, hashes without throwing, and a fix changes the hash', () => {
    mkdirSync(join(dataDir, 'notes.txt'));
    symlinkSync(join(root, 'gone.txt'), join(dataDir, 'dangling.txt'));

    const before = computeDataHash(dataDir);
    writeFileSync(join(root, 'gone.txt'), 'now here');

    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(computeDataHash(dataDir)).not.toBe(before);
  });

  test('computeDataHash › an unreadable file is hashed by its name and error code', () => {
    writeFileSync(join(dataDir, 'locked.txt'), 'secret');
    chmodSync(join(dataDir, 'locked.txt'), 0o000);

    // As root the file is still readable; either way the hash is computed.
    expect(computeDataHash(dataDir)).toMatch(/^[0-9a-f]{16}$/);
    chmodSync(join(dataDir, 'locked.txt'), 0o644);
  });

  test('index › with a folder named notes.txt and a dangling link beside good files, indexes the good ones and lists the bad as failures', async () => {
    mkdirSync(join(dataDir, 'notes.txt'));
    symlinkSync(join(root, 'gone.txt'), join(dataDir, 'dangling.txt'));
    copyFileSync(join(FIXTURES, 'test-ministry-r3.txt'), join(dataDir, 'test-ministry-r3.txt'));

    const code = await run(['--data', dataDir, '--index', join(root, 'index')]);

    expect(code).toBe(1);
    const manifest = readManifest(join(root, 'index'));
    expect(manifest.reports.map((r) => [r.file, r.ministry, r.format])).toEqual([
      ['mof-fy2020-followup.txt', '財務省', 'txt'],
      ['test-ministry-r3.txt', 'テスト省', 'txt'],
    ]);
    expect(manifest.failures.map((f) => f.file).sort()).toEqual(['dangling.txt', 'notes.txt']);
    expect(manifest.dataHash).toBe(computeDataHash(dataDir));
    expect(output.join('\n')).toMatch(/test-ministry-r3\.txt \(TXT\): \d+ rows/);
  });

  test('manifest › describes each report with its id, counts and first warnings naming their line', async () => {
    await run(['--data', dataDir, '--index', join(root, 'index')]);

    const [report] = readManifest(join(root, 'index')).reports;

    expect(report).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
      fiscalYear: 2020,
      fiscalYearLabel: '令和2年度',
      pages: null,
      sheet: null,
    });
    expect(report!.counts.statements).toBeGreaterThan(100);
    expect(report!.warnings.length).toBe(Math.min(20, report!.counts.warnings));
    for (const warning of report!.warnings) expect(warning).toMatch(/^mof-fy2020-followup\.txt:\d+: /);
  });
});
