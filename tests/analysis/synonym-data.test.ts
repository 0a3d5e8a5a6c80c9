import { statSync } from 'node:fs';
import { join } from 'node:path';
import sudachi from '../../src/analysis/data/synonyms-sudachi.json';
import { bundledConceptScheme, parseConceptScheme } from '../../src/analysis/concept-scheme';
import { buildExpansionIndex, type SynonymGroup } from '../../src/analysis/expansion-index';
import { normalize } from '../../src/analysis/normalize-text';

const PROPER_NAME_FIELDS = ['企業名', '人名', '地名', '大学名', '組織名', '国名', '店名', '商品'];
const NO_CONCEPTS = parseConceptScheme({ topics: [], concepts: [{ id: 'none', prefLabel: '架空語' }] });
const synonymsOf = (index: ReturnType<typeof buildExpansionIndex>, word: string) =>
  index
    .lookup(normalize(word))
    .filter((e) => e.relation === 'synonym')
    .map((e) => normalize(e.surface));

describe('synonym data files', () => {
  test('when the Sudachi subset is shipped, it carries the Apache-2.0 licence and attribution and stays compact', () => {
    const size = statSync(join(__dirname, '../../src/analysis/data/synonyms-sudachi.json')).size;

    expect(sudachi.licence).toBe('Apache-2.0');
    expect(sudachi.notice).toContain('Works Applications');
    expect(size).toBeLessThan(300_000);
  });

  test('when any Sudachi group is read, it has two or more words, only quiet words that belong to it, and no proper-name field', () => {
    const groups: (SynonymGroup & { field?: string })[] = sudachi.groups;

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
    const index = buildExpansionIndex(NO_CONCEPTS, [{ words: ['アカウント', 'アカ'], noTrigger: ['アカ'] }], normalize);

    expect(index.lookup(normalize('アカウント')).map((e) => e.surface)).toEqual(['アカ']);
    expect(index.lookup(normalize('アカ'))).toEqual([]);
  });

  test('when two spellings of a concept normalise alike, the second adds no duplicate synonym', () => {
    const scheme = parseConceptScheme({
      topics: [],
      concepts: [{ id: 'wlb', prefLabel: 'WLB', altLabels: ['ワークライフバランス', 'ワーク・ライフ・バランス'] }],
    });

    expect(
      buildExpansionIndex(scheme, [], normalize)
        .lookup('wlb')
        .map((e) => e.surface),
    ).toEqual(['ワークライフバランス']);
  });

  test('when two Sudachi groups share a word, every word of either expands to the words of both', () => {
    const index = buildExpansionIndex(NO_CONCEPTS, [{ words: ['甲', '乙'] }, { words: ['乙', '丙'] }], normalize);

    expect(synonymsOf(index, '甲').sort()).toEqual(['丙', '乙'].sort());
    expect(synonymsOf(index, '丙').sort()).toEqual(['乙', '甲'].sort());
  });

  test('when a Sudachi group touches one concept, its words join that concept both ways; touching two, it is left out', () => {
    const scheme = parseConceptScheme({
      topics: [],
      concepts: [
        { id: 'a', prefLabel: '外部委託' },
        { id: 'b', prefLabel: '研修' },
        { id: 'c', prefLabel: '講習' },
      ],
    });
    const index = buildExpansionIndex(scheme, [{ words: ['外部委託', 'アウトソーシング'] }, { words: ['研修', '講習', 'トレーニング'] }], normalize);

    expect(synonymsOf(index, '外部委託')).toEqual(['アウトソーシング']);
    expect(synonymsOf(index, 'アウトソーシング')).toEqual(['外部委託']);
    expect(index.lookup('研修')).toEqual([]);
  });

  test('when the bundled data is indexed, every trigger word of a synonym class expands to the same words as every other (both ways)', () => {
    const index = buildExpansionIndex(bundledConceptScheme(), sudachi.groups, normalize);
    const asymmetric: string[] = [];
    const groups = [
      ...bundledConceptScheme().concepts.map((c) => [c.prefLabel, ...c.altLabels]),
      ...sudachi.groups.map((g) => g.words.filter((w) => !(g.noTrigger ?? []).includes(w))),
    ];

    for (const words of groups) {
      const keys = [...new Set(words.map((w) => normalize(w)))];
      const classes = keys.map((key) => new Set([key, ...synonymsOf(index, key)]));
      for (let i = 1; i < keys.length; i++) {
        const same = classes[i]!.size === classes[0]!.size && [...classes[i]!].every((w) => classes[0]!.has(w));
        if (!same && index.lookup(keys[i]!).length > 0) asymmetric.push(`${keys[0]} / ${keys[i]}`);
      }
    }

    expect(asymmetric).toEqual([]);
  });
});
