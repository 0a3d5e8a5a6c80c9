import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/inspect-command';
import { seedPath } from './seed';

/** Runs the command and returns its exit code with what it printed. */
async function inspect(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  const error = jest.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  try {
    const code = await run(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('inspect command', () => {
  it('with --json, prints exactly the report and row fields other tools read', async () => {
    const { code, out } = await inspect([seedPath(), '--json']);
    const json = JSON.parse(out);

    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['report', 'rows', 'warnings']);
    expect(json.report).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}$/u),
      ministry: '財務省',
      fiscalYear: 2020,
      fiscalYearLabel: '令和2年度',
      title: expect.any(String),
      source: 'mof-fy2020-followup.txt',
      format: 'txt',
      pages: null,
      sheet: null,
    });
    expect(Object.keys(json.rows[0])).toEqual([
      'section',
      'item',
      'sub',
      'subGroup',
      'title',
      'status',
      'reason',
      'results',
      'statements',
      'metrics',
      'origin',
    ]);
    expect(Object.keys(json.rows[0].statements[0])).toEqual(['tag', 'text', 'id']);
    expect(json.rows).toHaveLength(58);
    expect(json.rows[0].origin).toEqual({ lines: [7, 7] });
  });

  it('without --json, prints a readable summary with counts and warnings', async () => {
    const { code, out } = await inspect(['mof-fy2020-followup.txt']);

    expect(code).toBe(0);
    expect(out).toContain('財務省 令和2年度 (2020)');
    expect(out).toContain('58 rows, 131 statements, 7 metrics, 2 warnings');
    expect(out).toContain('mof-fy2020-followup.txt:101:');
  });

  it('when the file is bad, exits 1 with a message naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torikumi-inspect-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    try {
      const { code, err } = await inspect([join(dir, 'empty.txt'), '--json']);

      expect(code).toBe(1);
      expect(err).toMatch(/SOURCE_EMPTY: .*empty\.txt:1/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without a file argument, prints usage and exits 2', async () => {
    expect((await inspect(['--json'])).code).toBe(2);
  });
});
