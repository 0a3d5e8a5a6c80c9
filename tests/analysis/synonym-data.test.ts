import { statSync } from 'node:fs';
import { join } from 'node:path';
import domain from '../../src/analysis/data/synonyms-domain.json';
import sudachi from '../../src/analysis/data/synonyms-sudachi.json';
import { buildSynonymIndex, type SynonymGroup } from '../../src/analysis/synonyms';
import { normalize } from '../../src/analysis/normalize-text';

const PROPER_NAME_FIELDS = ['企業名', '人名', '地名', '大学名', '組織名', '国名', '店名', '商品'];

describe('synonym data files', () => {
  test('when the Sudachi subset is shipped, it carries the Apache-2.0 licence and attribution and stays compact', () => {
    const size = statSync(join(__dirname, '../../src/analysis/data/synonyms-sudachi.json')).size;

    expect(sudachi.licence).toBe('Apache-2.0');
    expect(sudachi.notice).toContain('Works Applications');
    expect(size).toBeLessThan(300_000);
  });

  test('when any group is read, it has two or more words, only quiet words that belong to it, and no proper-name field', () => {
    const groups: (SynonymGroup & { field?: string })[] = [...domain.groups, ...sudachi.groups];

    const faulty = groups.filter(
      (group) =>
        new Set(group.words).size < 2 ||
        (group.noTrigger ?? []).some((quiet) => !group.words.includes(quiet)) ||
        PROPER_NAME_FIELDS.some((field) => (group.field ?? '').includes(field)),
    );

    expect(groups.length).toBeGreaterThan(100);
    expect(faulty).toEqual([]);
  });

  test('when a word is marked noTrigger, it is searched for from its group but starts no expansion itself', () => {
    const index = buildSynonymIndex({ domain: [{ words: ['研修', 'セミナー'], noTrigger: ['研修'] }], sudachi: [] }, normalize);

    expect(index.lookup(normalize('セミナー')).map((synonym) => synonym.surface)).toEqual(['研修']);
    expect(index.lookup('研修')).toEqual([]);
  });

  test('when two spellings normalise alike, the second adds no duplicate synonym', () => {
    const index = buildSynonymIndex(
      { domain: [{ words: ['WLB', 'ワークライフバランス', 'ワーク・ライフ・バランス'] }], sudachi: [] },
      normalize,
    );

    expect(index.lookup('wlb').map((synonym) => synonym.surface)).toEqual(['ワークライフバランス']);
  });
});
