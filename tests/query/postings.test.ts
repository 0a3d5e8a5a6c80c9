import MiniSearch from 'minisearch';
import type { IndexedDocument } from '../../src/indexing/index-options';
import { createPostingReader } from '../../src/query/postings';

const TEXTS = ['テレワーク 研修 研修', 'テレワーク 会議', '研修 会議 会議 会議 超過勤務', '定時退庁 テレワーク 研修 会議 年休'];

function miniSearchOver(texts: string[]): MiniSearch<IndexedDocument> {
  const miniSearch = new MiniSearch<IndexedDocument>({ fields: ['text', 'rowTitle'], tokenize: (text) => text.split(' ').filter(Boolean) });
  miniSearch.addAll(texts.map((text, ordinal) => ({ id: ordinal, text, rowTitle: ordinal % 2 === 0 ? '研修' : '会議', itemTitle: '' })));
  return miniSearch;
}

describe('createPostingReader', () => {
  test('packed postings › each weight equals the score MiniSearch.search gives that document for the term in that field', () => {
    const miniSearch = miniSearchOver(TEXTS);
    const reader = createPostingReader(miniSearch);

    for (const field of ['text', 'rowTitle']) {
      for (const term of ['テレワーク', '研修', '会議', '年休']) {
        const packed = reader.postings(term, reader.fieldId(field));
        const expected = miniSearch.search(term, { fields: [field] }).map((hit) => [Number(hit.id), hit.score] as const);
        const actual = packed === undefined ? [] : Array.from(packed.ordinals, (ordinal, i) => [ordinal, packed.weights[i]!] as const);
        expect(new Map(actual.map(([ordinal, weight]) => [ordinal, weight.toFixed(9)]))).toEqual(
          new Map(expected.map(([ordinal, score]) => [ordinal, score.toFixed(9)])),
        );
      }
    }
  });

  test('termsWithPrefix › lists the indexed terms that start with the prefix, itself included', () => {
    const reader = createPostingReader(miniSearchOver(TEXTS));

    expect([...reader.termsWithPrefix('会')].sort()).toEqual(['会議']);
    expect([...reader.termsWithPrefix('研修')]).toEqual(['研修']);
  });

  test('an object without MiniSearch 7 internals is refused with INDEX_INCOMPATIBLE', () => {
    const notAnIndex = {} as MiniSearch<IndexedDocument>;

    expect(() => createPostingReader(notAnIndex)).toThrow(expect.objectContaining({ code: 'INDEX_INCOMPATIBLE' }));
  });
});
