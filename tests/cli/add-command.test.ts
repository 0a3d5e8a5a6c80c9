import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAddArgs, run } from '../../src/cli/add-command';
import { defaultDataDir } from '../../src/domain/paths';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('add command', () => {
  let root: string;
  let dataDir: string;
  let output: string[];
  let errors: string[];
  const add = (...args: string[]) => run([...args, '--data', dataDir, '--index', join(root, 'index')]);
  const reportsIn = () =>
    readdirSync(dataDir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'torikumi-add-'));
    dataDir = join(root, 'data');
    mkdirSync(dataDir);
    copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(dataDir, 'mof-fy2020-followup.txt'));
    output = [];
    errors = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  test('add › a good TXT report: prints the preview, copies it under a generated name and says the next start indexes it', async () => {
    const code = await add(join(FIXTURES, 'test-ministry-r3.txt'));

    expect(code).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('テスト省 令和3年度 (2021) — TXT');
    expect(text).toMatch(/\d+ rows, \d+ statements, \d+ metrics, \d+ warnings/);
    expect(text).toMatch(/働き方改革: \d+ rows/);
    expect(text).toMatch(/\n {2}L\d+(-\d+)? +/);
    expect(text).toContain('the next start (or npm run index) indexes it');
    const added = reportsIn().filter((name) => name !== 'mof-fy2020-followup.txt');
    expect(added).toEqual([expect.stringMatching(/^m[0-9a-f]{6}-fy2021-[0-9a-f]{8}\.txt$/)]);
    expect(readFileSync(join(dataDir, added[0]!))).toEqual(readFileSync(join(FIXTURES, 'test-ministry-r3.txt')));
  });

  test('add › a workbook: names the sheet, and the file keeps its format as extension', async () => {
    const code = await add(join(FIXTURES, 'forms', 'kakuu-cho-r2.xlsx'), '--json');

    expect(code).toBe(0);
    const json = JSON.parse(output.join('\n'));
    expect(json).toMatchObject({ added: true, preview: { report: { ministry: '架空庁', fiscalYear: 2020, format: 'xlsx', sheet: '様式' } } });
    expect(json.file).toMatch(/^m[0-9a-f]{6}-fy2020-[0-9a-f]{8}\.xlsx$/);
    expect(json.preview.sample[0].origin).toMatchObject({ sheet: '様式', cells: expect.any(String) });
  });

  test('add › the ministry and year of a report already in data/: refused with exit 1, nothing copied', async () => {
    const code = await add(join(defaultDataDir(), 'mof-fy2020-followup.txt'));

    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('財務省 令和2年度 is already in the data folder as mof-fy2020-followup.txt');
    expect(reportsIn()).toEqual(['mof-fy2020-followup.txt']);
  });

  test('add --replace › moves the old file to data/.replaced/ with a time stamp, never deletes it', async () => {
    const edited = join(root, 'mof-edited.txt');
    writeFileSync(edited, Buffer.concat([readFileSync(join(dataDir, 'mof-fy2020-followup.txt')), Buffer.from('\n')]));

    const code = await add(edited, '--replace');

    expect(code).toBe(0);
    expect(reportsIn()).toEqual([expect.stringMatching(/^mof-fy2020-[0-9a-f]{8}\.txt$/)]);
    expect(readdirSync(join(dataDir, '.replaced'))).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d-]+Z-mof-fy2020-followup\.txt$/)]);
  });

  test('add › a file that is no report: exit 2 with a message naming the file', async () => {
    const bad = join(root, 'memo.txt');
    writeFileSync(bad, 'これは報告書ではありません。\n');

    const code = await add(bad);

    expect(code).toBe(2);
    expect(errors.join('\n')).toMatch(/torikumi add: .*memo\.txt: SOURCE_/);
    expect(reportsIn()).toEqual(['mof-fy2020-followup.txt']);
  });

  test('add › a file that does not exist: exit 2 naming it', async () => {
    expect(await add(join(root, 'missing.pdf'))).toBe(2);
    expect(errors.join('\n')).toContain('missing.pdf');
  });

  test('parseAddArgs › no file or an unknown option is refused naming it', () => {
    expect(() => parseAddArgs([])).toThrow('a report file is required');
    expect(() => parseAddArgs(['x.pdf', '--force'])).toThrow('unknown option --force');
  });
});
