import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusSources } from '../../src/indexing/build-corpus';
import { loadIndex, readManifest } from '../../src/indexing/load-index';
import { checksumOf, computeDataHash, type Manifest } from '../../src/indexing/manifest';
import { openSearchEngine } from '../../src/app/open-engine';
import { cleanStagingFolders, INDEX_FILES } from '../../src/indexing/save-index';
import { restoreDocuments, storeDocuments } from '../../src/indexing/stored-documents';
import type { CorpusDocuments } from '../../src/indexing/build-index';
import { makeFixtureCorpus } from '../query/fixtures';
import { createTestAnalyzer } from '../query/test-analyzer';

let root: string;
let dataDir: string;
let indexDir: string;
let ingests: number;
let messages: string[];
const analyzer = createTestAnalyzer();

const sources: CorpusSources = {
  ingest: async () => {
    ingests += 1;
    return { initiatives: makeFixtureCorpus(), reports: [], failures: [], summary: '' };
  },
  createAnalyzer: async () => analyzer,
  assignTopics: () => [],
};

const open = () => openSearchEngine({ dataDir, indexDir, analyzer, sources, log: (m) => void messages.push(m) });
const documentsPath = () => join(indexDir, INDEX_FILES.documents);
const expectation = () => ({ analyzerVersion: analyzer.version, dictionaryVersion: analyzer.dictionaryVersion, dataHash: computeDataHash(dataDir) });

/** documents.json's documents as restored (the file stores the records by column). */
function readStored(): { initiatives: unknown[] } {
  return restoreDocuments(JSON.parse(readFileSync(documentsPath(), 'utf8')));
}

/** The documents as documents.json stores them. */
function asStored(documents: { initiatives: unknown[] }): string {
  return JSON.stringify(storeDocuments(documents as CorpusDocuments));
}

/** Rewrites documents.json with `edit` applied, and the manifest's checksum to match it: a file wrong inside but consistent. */
function tamperConsistently(edit: (documents: { initiatives: unknown[] }) => void): void {
  const documents = readStored();
  edit(documents);
  const text = asStored(documents);
  writeFileSync(documentsPath(), text);
  const manifest = readManifest(indexDir);
  const files = { ...manifest.files, [INDEX_FILES.documents]: checksumOf(text) };
  writeFileSync(join(indexDir, INDEX_FILES.manifest), JSON.stringify({ ...manifest, files }));
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'torikumi-integrity-'));
  dataDir = join(root, 'data');
  indexDir = join(root, 'index');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'test-fy2020.txt'), 'テスト省 令和2年度');
  ingests = 0;
  messages = [];
  await open();
  ingests = 0;
  messages = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('index integrity', () => {
  test('saveIndex › the manifest carries the SHA-256 and size of every other index file', () => {
    const manifest: Manifest = readManifest(indexDir);

    for (const name of [INDEX_FILES.documents, INDEX_FILES.miniSearch]) {
      expect(manifest.files?.[name]).toEqual(checksumOf(readFileSync(join(indexDir, name))));
    }
  });

  test('loadIndex › when two statements swap texts (still valid JSON), refuses with a checksum mismatch naming the file', () => {
    const documents = readStored() as { initiatives: { text: string }[] };
    const [a, b] = [documents.initiatives[0]!, documents.initiatives[1]!];
    [a.text, b.text] = [b.text, a.text];
    writeFileSync(documentsPath(), asStored(documents));

    expect(() => loadIndex(indexDir, analyzer, expectation())).toThrow(/documents\.json: checksum mismatch/);
  });

  test('openSearchEngine › when a file changed after the build, rebuilds with a message and serves the true texts', async () => {
    const documents = readStored() as { initiatives: { text: string }[] };
    documents.initiatives[0]!.text = 'すり替えられた文章';
    writeFileSync(documentsPath(), asStored(documents));

    const { engine } = await open();

    expect(ingests).toBe(1);
    expect(messages.join('\n')).toMatch(/checksum mismatch.*rebuilding/);
    expect(engine.search({ q: 'すり替えられた文章' }).total).toBe(0);
  });

  test('openSearchEngine › when a record is null (checksum made to match), rebuilds instead of failing the start', async () => {
    tamperConsistently((documents) => (documents.initiatives[2] = null));

    const { engine } = await open();

    expect(ingests).toBe(1);
    expect(messages.join('\n')).toMatch(/invalid record initiatives\[2\].*rebuilding/);
    expect(engine.size).toBe(makeFixtureCorpus().length);
  });

  test.each([
    ['a missing field', (record: Record<string, unknown>) => delete record.ministry, /initiatives\[0\]\.ministry/],
    ['a number as text', (record: Record<string, unknown>) => (record.text = 42), /initiatives\[0\]\.text/],
    ['an unknown section', (record: Record<string, unknown>) => (record.section = '架空の大項目'), /initiatives\[0\]\.section/],
  ])('loadIndex › a record with %s is refused naming the record and field', (_case, edit, message) => {
    tamperConsistently((documents) => void edit(documents.initiatives[0] as Record<string, unknown>));

    expect(() => loadIndex(indexDir, analyzer, expectation())).toThrow(message);
  });

  test('loadIndex › two records with one id are refused', () => {
    tamperConsistently((documents) => ((documents.initiatives[1] as { id: string }).id = (documents.initiatives[0] as { id: string }).id));

    expect(() => loadIndex(indexDir, analyzer, expectation())).toThrow(/repeats an earlier record's id/);
  });

  test('loadIndex › a manifest without checksums is refused, so an index of unknown provenance is rebuilt', async () => {
    const { files: _files, ...manifest } = readManifest(indexDir);
    writeFileSync(join(indexDir, INDEX_FILES.manifest), JSON.stringify(manifest));

    expect(() => loadIndex(indexDir, analyzer, expectation())).toThrow(/no checksum for/);
    await open();
    expect(ingests).toBe(1);
  });

  test('cleanStagingFolders › removes the staging and retired folders of a dead build and keeps a running one', () => {
    const dead = ['.index.tmp-999999999-1700000000000', '.index.old-999999999-1700000000000'];
    const live = `.index.tmp-${process.pid}-1700000000000`;
    for (const name of [...dead, live]) mkdirSync(join(root, name));
    mkdirSync(join(root, '.index.tmp-notes'));

    const removed = cleanStagingFolders(indexDir);

    expect(removed.sort()).toEqual([...dead].sort());
    expect(readdirSync(root).sort()).toEqual(['.index.tmp-notes', live, 'data', 'index'].sort());
  });

  test('openSearchEngine › a rebuild leaves no staging folder behind an interrupted one', async () => {
    mkdirSync(join(root, '.index.tmp-999999999-1700000000000'));
    writeFileSync(join(dataDir, 'test-fy2021.txt'), 'テスト省 令和3年度');

    await open();

    expect(readdirSync(root).filter((name) => name.startsWith('.index.'))).toEqual([]);
  });
});
