/**
 * What an administrator may leave in data/ by mistake: each bad entry is one named failure and never stops the
 * others, never hangs (a named pipe), never grows memory (a device) and never reads outside the folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDirectory } from '../../src/ingest/ingest-directory';
import { fixturePath, seedPath } from './seed';

describe('ingestDirectory › entries that are not report files', () => {
  let root: string;
  let data: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'torikumi-entries-'));
    data = join(root, 'data');
    mkdirSync(data);
    copyFileSync(seedPath(), join(data, 'a-seed.txt'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const failuresOf = async () => {
    const result = await ingestDirectory(data);
    return { files: result.reports.map((r) => r.file), failures: result.failures.map((f) => [f.file, f.error.code, f.error.message]) };
  };

  it('when a folder is named like a report, it is one failure and the seed is still read', async () => {
    mkdirSync(join(data, 'notes.txt'));

    const { files, failures } = await failuresOf();

    expect(files).toEqual(['a-seed.txt']);
    expect(failures).toEqual([['notes.txt', 'SOURCE_UNREADABLE', 'notes.txt: not a regular file (a folder, pipe or device); skipped']]);
  });

  it('when a link points outside the data folder, it is not followed', async () => {
    writeFileSync(join(root, 'outside.txt'), 'secret');
    symlinkSync(join(root, 'outside.txt'), join(data, 'b-link.txt'));

    const { failures } = await failuresOf();

    expect(failures).toEqual([['b-link.txt', 'SOURCE_UNREADABLE', 'b-link.txt: a link to a file outside the data folder; not followed']]);
  });

  it('when a link points to a device such as /dev/zero, it is refused before a byte is read', async () => {
    symlinkSync('/dev/zero', join(data, 'b-zero.pdf'));

    const { files, failures } = await failuresOf();

    expect(files).toEqual(['a-seed.txt']);
    expect(failures.map(([file, code]) => [file, code])).toEqual([['b-zero.pdf', 'SOURCE_UNREADABLE']]);
  });

  it('when a link dangles, it is one failure naming the entry', async () => {
    symlinkSync(join(data, 'gone.txt'), join(data, 'b-dangling.txt'));

    const { failures } = await failuresOf();

    expect(failures.map(([file, code]) => [file, code])).toEqual([['b-dangling.txt', 'SOURCE_UNREADABLE']]);
    expect(failures[0]?.[2]).toContain('b-dangling.txt: cannot read the entry (ENOENT)');
  });

  it('when a named pipe sits in the folder, reading does not wait on it', async () => {
    execFileSync('mkfifo', [join(data, 'b-pipe.txt')]);

    const { files, failures } = await failuresOf();

    expect(files).toEqual(['a-seed.txt']);
    expect(failures.map(([file, code]) => [file, code])).toEqual([['b-pipe.txt', 'SOURCE_UNREADABLE']]);
  });

  it('when a link inside the folder points to another report inside it, that report is read', async () => {
    copyFileSync(fixturePath('test-ministry-r3.txt'), join(data, 'c-test.txt'));
    symlinkSync(join(data, 'c-test.txt'), join(data, 'b-alias.txt'));

    const { files, failures } = await failuresOf();

    // The alias and its target are the same テスト省 report: the second one read is refused as a duplicate.
    expect(files).toEqual(['a-seed.txt', 'b-alias.txt']);
    expect(failures.map(([file, code]) => [file, code])).toEqual([['c-test.txt', 'REPORT_DUPLICATE']]);
  });
});
