import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/index-command';
import { defaultDataDir } from '../../src/domain/paths';
import { readManifest } from '../../src/indexing/load-index';

describe('index command', () => {
  let root: string;
  let output: string[];
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'torikumi-index-command-'));
    mkdirSync(join(root, 'data'));
    copyFileSync(join(defaultDataDir(), 'mof-fy2020-followup.txt'), join(root, 'data', 'mof-fy2020-followup.txt'));
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  test('run › when one file is not a report, names it, still indexes the seed and exits 1', async () => {
    writeFileSync(join(root, 'data', 'broken.txt'), 'これは報告書ではありません。\n');

    const code = await run(['--data', join(root, 'data'), '--index', join(root, 'index')]);

    expect(code).toBe(1);
    expect(output.join('\n')).toContain('broken.txt');
    const manifest = readManifest(join(root, 'index'));
    expect(manifest.counts).toMatchObject({ reports: 1, failures: 1 });
    expect(manifest.counts.initiatives).toBeGreaterThan(100);
  });

  test('run › with only good files, prints per-file counts and the manifest, and exits 0', async () => {
    const code = await run(['--data', join(root, 'data'), '--index', join(root, 'index')]);

    expect(code).toBe(0);
    expect(output.join('\n')).toMatch(/mof-fy2020-followup\.txt \(TXT\): \d+ rows, \d+ statements, \d+ metrics/);
    expect(output.join('\n')).toContain('index written to');
    expect(existsSync(join(root, 'index', 'manifest.json'))).toBe(true);
  });

  test('run › an unknown argument is refused with exit code 2', async () => {
    expect(await run(['--frobnicate'])).toBe(2);
  });
});
