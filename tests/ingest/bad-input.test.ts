import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../src/domain/errors';
import { ingestDirectory, ingestFile } from '../../src/ingest/ingest-directory';
import { readReportFile } from '../../src/ingest/read-report-file';
import { seedText } from './seed';

/** Runs `act` and returns the AppError it throws or rejects with (fails the test when it throws nothing or something else). */
async function appErrorOf(act: () => unknown): Promise<AppError> {
  try {
    await act();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

describe('bad report files', () => {
  let dir: string;
  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'torikumi-bad-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when the file is empty or blank, SOURCE_EMPTY names the file and line 1', async () => {
    const error = await appErrorOf(() => readReportFile(write('empty.txt', ' \n\n')));

    expect([error.code, error.details.line]).toEqual(['SOURCE_EMPTY', 1]);
    expect(error.message).toContain('empty.txt:1');
  });

  it('when the file holds a NUL byte, SOURCE_UNREADABLE names the line of it', async () => {
    const error = await appErrorOf(() => readReportFile(write('binary.txt', Buffer.from([0x41, 0x0a, 0x42, 0x0a, 0x00, 0xff]))));

    expect([error.code, error.details.line]).toEqual(['SOURCE_UNREADABLE', 3]);
    expect(error.message).toMatch(/binary\.txt:3: binary/u);
  });

  it('when the file is Shift_JIS rather than UTF-8, SOURCE_UNREADABLE names the first bad line', async () => {
    const sjis = Buffer.concat([Buffer.from('## header\n'), Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x0a])]); // 「あい」 in Shift_JIS
    const error = await appErrorOf(() => readReportFile(write('sjis.txt', sjis)));

    expect([error.code, error.details.line]).toEqual(['SOURCE_UNREADABLE', 2]);
    expect(error.message).toContain('not valid UTF-8');
  });

  it('when the file does not exist, SOURCE_UNREADABLE names it', async () => {
    const error = await appErrorOf(() => readReportFile(join(dir, 'missing.txt')));

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('missing.txt');
  });

  it('when the text is not a follow-up report, SOURCE_NOT_A_REPORT', async () => {
    const error = await appErrorOf(() => ingestFile(write('memo.txt', '議事メモ\n本日の会議は中止です。\n')));

    expect([error.code, error.details.file]).toEqual(['SOURCE_NOT_A_REPORT', 'memo.txt']);
  });

  it('when the title is there but no table header, SOURCE_NOT_A_REPORT names the title line', async () => {
    const error = await appErrorOf(() => ingestFile(write('title-only.txt', '\n令和2年度 取組計画等フォローアップ\n本文のみ\n')));

    expect([error.code, error.details.line]).toEqual(['SOURCE_NOT_A_REPORT', 2]);
  });

  it('when the table stops inside a cell, SOURCE_UNPARSEABLE names the last line', async () => {
    const cut = seedText()
      .split('\n')
      .slice(0, 8)
      .join('\n')
      .replace(/【継続】「パーソナル.*$/u, '【継続】「パーソナル');
    const error = await appErrorOf(() => ingestFile(write('truncated.txt', cut)));

    expect([error.code, error.details.line]).toEqual(['SOURCE_UNPARSEABLE', 8]);
    expect(error.message).toContain('truncated.txt:8');
  });

  it('when the table header has no rows after it, SOURCE_UNPARSEABLE', async () => {
    const headOnly = seedText().split('\n').slice(0, 6).join('\n');

    expect((await appErrorOf(() => ingestFile(write('head.txt', headOnly)))).code).toBe('SOURCE_UNPARSEABLE');
  });

  it('when the sidecar does not validate, META_INVALID names the file and field', async () => {
    const report = write('r.txt', seedText());
    write('r.txt.meta.json', '{"fiscalYear": "令和2年度"}');

    const error = await appErrorOf(() => ingestFile(report));

    expect([error.code, error.details.field]).toEqual(['META_INVALID', 'fiscalYear']);
    expect(error.message).toContain('r.txt.meta.json');
  });

  it('when the sidecar gives a label only, it overrides the year read from the title', async () => {
    const report = write('r.txt', seedText());
    write('r.txt.meta.json', '{"fiscalYearLabel": "令和元年度", "ministry": "テスト省"}');

    expect((await ingestFile(report)).report).toMatchObject({ ministry: 'テスト省', fiscalYear: 2019, fiscalYearLabel: '令和元年度' });
  });

  it('when some files are bad, ingestDirectory still parses the good ones and lists each failure', async () => {
    write('a-empty.txt', '');
    write('b-good.txt', seedText());
    write('c-binary.txt', Buffer.from([0, 1, 2]));

    const result = await ingestDirectory(dir);

    expect(result.reports.map((r) => r.file)).toEqual(['b-good.txt']);
    expect(result.failures.map((f) => [f.file, f.error.code])).toEqual([
      ['a-empty.txt', 'SOURCE_EMPTY'],
      ['c-binary.txt', 'SOURCE_UNREADABLE'],
    ]);
  });
});
