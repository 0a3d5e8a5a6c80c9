import MiniSearch, { type Options } from 'minisearch';
import type { IndexedDocument } from '../../src/indexing/index-options';
import { buildGramPostings, gramDocumentFrequency } from '../../src/indexing/gram-postings';
import { PostingIndex } from '../../src/indexing/posting-index';
import { createPostingReader, GRAM_FIELD_ID, withGramPostings, type PostingReader } from '../../src/indexing/posting-reader';
import { createWeightedReader } from '../../src/query/weighted-postings';

const TEXTS = ['テレワーク 研修 研修', 'テレワーク 会議', '研修 会議 会議 会議 超過勤務', '定時退庁 テレワーク 研修 会議 年休'];
const OPTIONS: Options<IndexedDocument> = { fields: ['text', 'rowTitle'], tokenize: (text) => text.split(' ').filter(Boolean) };

function miniSearchOver(texts: string[]): PostingIndex {
  const miniSearch = new PostingIndex(OPTIONS);
  miniSearch.addAll(texts.map((text, ordinal) => ({ id: ordinal, text, rowTitle: ordinal % 2 === 0 ? '研修' : '会議', itemTitle: '' })));
  return miniSearch;
}

/** Every hit of every term of TEXTS, fields apart, as MiniSearch.search scores them. */
function searchEveryTerm(miniSearch: MiniSearch<IndexedDocument>): unknown[] {
  const terms = [...new Set(TEXTS.flatMap((text) => text.split(' ')))];
  return terms.flatMap((term) => ['text', 'rowTitle'].map((field) => miniSearch.search(term, { fields: [field] }).map((hit) => [hit.id, hit.score])));
}

describe('PostingIndex', () => {
  test('loadJSON › restores a PostingIndex that scores every term as MiniSearch.loadJSON restores it', () => {
    const json = JSON.stringify(miniSearchOver(TEXTS));

    const restored = PostingIndex.loadJSON(json, OPTIONS);

    expect(restored).toBeInstanceOf(PostingIndex);
    expect(restored.termCount).toBe(MiniSearch.loadJSON(json, OPTIONS).termCount);
    expect(searchEveryTerm(restored)).toEqual(searchEveryTerm(MiniSearch.loadJSON(json, OPTIONS)));
  });

  test('loadJSON › refuses a serialisation of another version, naming it', () => {
    const json = JSON.stringify({ ...miniSearchOver(TEXTS).toJSON(), serializationVersion: 1 });

    expect(() => PostingIndex.loadJSON(json, OPTIONS)).toThrow('serialisation version 1 differs from 2');
  });

  test('adopt › a MiniSearch built with new MiniSearch becomes a PostingIndex over the same postings', () => {
    const plain = new MiniSearch<IndexedDocument>(OPTIONS);
    plain.addAll(TEXTS.map((text, ordinal) => ({ id: ordinal, text, rowTitle: '研修', itemTitle: '' })));

    const adopted = PostingIndex.adopt(plain, OPTIONS);

    expect(adopted).toBeInstanceOf(PostingIndex);
    expect(adopted.fieldPostings('研修', adopted.fieldIdOf('text'))).toEqual(
      new Map([
        [0, 2],
        [2, 1],
        [3, 1],
      ]),
    );
    expect(searchEveryTerm(adopted)).toEqual(searchEveryTerm(plain));
  });

  test('adopt › a PostingIndex is returned as it is', () => {
    const index = miniSearchOver(TEXTS);

    expect(PostingIndex.adopt(index, OPTIONS)).toBe(index);
  });
});

describe('createWeightedReader over createPostingReader', () => {
  test('packed postings › each weight equals the score MiniSearch.search gives that document for the term in that field', () => {
    const miniSearch = miniSearchOver(TEXTS);
    const reader = createWeightedReader(createPostingReader(miniSearch));

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
});

/** The texts' "grams" as space-separated tokens, so MiniSearch and buildGramPostings read the same terms. */
const GRAM_TEXTS = ['介護 護休 休暇 暇 介護', '休暇 暇', '介護 護休 休 研修 研修 研修', '超過 過勤 勤務 務'];
const splitTerms = (text: string) => text.split(' ').filter(Boolean);

describe('withGramPostings', () => {
  test('n-gram weights › equal the scores MiniSearch gives when the grams are one of its fields', () => {
    const miniSearch = new MiniSearch<{ id: number; grams: string }>({ fields: ['grams'], tokenize: splitTerms });
    miniSearch.addAll(GRAM_TEXTS.map((grams, id) => ({ id, grams })));
    const reader = createWeightedReader(withGramPostings(createPostingReader(miniSearchOver(TEXTS)), buildGramPostings(GRAM_TEXTS, splitTerms)));

    expect(reader.fieldId('grams')).toBe(GRAM_FIELD_ID);
    for (const gram of ['介護', '休暇', '暇', '研修', '務', '育児']) {
      const packed = reader.postings(gram, GRAM_FIELD_ID);
      const actual =
        packed === undefined ? [] : Array.from(packed.ordinals, (ordinal, i): [number, string] => [ordinal, packed.weights[i]!.toFixed(12)]);
      const expected = miniSearch.search(gram).map((hit): [number, string] => [Number(hit.id), hit.score.toFixed(12)]);
      expect(new Map(actual)).toEqual(new Map(expected));
    }
  });

  test('termsWithPrefix › lists the terms of MiniSearch fields and of the n-gram field once each', () => {
    const reader = withGramPostings(createPostingReader(miniSearchOver(TEXTS)), buildGramPostings(['会議 会 研修', '研究'], splitTerms));

    expect([...reader.termsWithPrefix('会')].sort()).toEqual(['会', '会議']);
    expect([...reader.termsWithPrefix('研')].sort()).toEqual(['研修', '研究']);
  });

  test('other fields › are read from MiniSearch unchanged', () => {
    const plain: PostingReader = createPostingReader(miniSearchOver(TEXTS));
    const reader = withGramPostings(plain, buildGramPostings(GRAM_TEXTS, splitTerms));
    const text = plain.fieldId('text');

    expect(reader.fieldId('text')).toBe(text);
    expect(reader.postings('研修', text)).toEqual(plain.postings('研修', text));
    expect(reader.statistics(text)).toEqual(plain.statistics(text));
  });

  test('raw postings › give ordinals, term frequencies and the document frequency, and each field its lengths by ordinal', () => {
    const reader = withGramPostings(createPostingReader(miniSearchOver(TEXTS)), buildGramPostings(GRAM_TEXTS, splitTerms));

    expect(reader.postings('研修', reader.fieldId('text'))).toEqual({
      ordinals: Int32Array.from([0, 2, 3]),
      frequencies: Float64Array.from([2, 1, 1]),
      documentFrequency: 3,
    });
    expect(reader.postings('研修', GRAM_FIELD_ID)).toEqual({
      ordinals: Int32Array.from([2]),
      frequencies: Float64Array.from([3]),
      documentFrequency: 1,
    });
    expect(reader.statistics(GRAM_FIELD_ID).lengths).toEqual(Float64Array.from([4, 2, 4, 4]));
    expect(reader.statistics(reader.fieldId('text')).lengths).toEqual(Float64Array.from([2, 2, 3, 5]));
  });
});

describe('buildGramPostings', () => {
  test('document frequency › counts each statement once however often it repeats the gram', () => {
    const grams = buildGramPostings(GRAM_TEXTS, splitTerms);

    expect(gramDocumentFrequency(grams, '介護')).toBe(2);
    expect(gramDocumentFrequency(grams, '暇')).toBe(2);
    expect(gramDocumentFrequency(grams, '育児')).toBe(0);
    expect(grams.lengths).toEqual([4, 2, 4, 4]);
  });
});

describe('createWeightedReader › its cache', () => {
  /** A reader over TEXTS that counts how often each term's postings are read (weighed anew). */
  function countingReader(): { reader: PostingReader; reads: Map<string, number> } {
    const plain = createPostingReader(miniSearchOver(TEXTS));
    const reads = new Map<string, number>();
    const reader: PostingReader = {
      ...plain,
      postings(term, fieldId) {
        reads.set(term, (reads.get(term) ?? 0) + 1);
        return plain.postings(term, fieldId);
      },
    };
    return { reader, reads };
  }
  /** Far more distinct terms (each found nowhere) than the smallest budget holds entries for. */
  const manyTerms = Array.from({ length: 40_000 }, (_, i) => `語${i}`);

  test('a term in use › is weighed once, however many distinct terms are looked up between its uses', () => {
    const { reader: counted, reads } = countingReader();
    const reader = createWeightedReader(counted);
    const text = counted.fieldId('text');

    const first = reader.postings('研修', text);
    manyTerms.forEach((term, i) => {
      reader.postings(term, text);
      if (i % 1000 === 0) expect(reader.postings('研修', text)).toBe(first);
    });

    expect(reads.get('研修')).toBe(1);
  });

  test('a term no longer used › is dropped once enough others were looked up, so the cache stays bounded', () => {
    const { reader: counted, reads } = countingReader();
    const reader = createWeightedReader(counted);
    const text = counted.fieldId('text');

    reader.postings('研修', text);
    for (const term of manyTerms) reader.postings(term, text);
    reader.postings('研修', text);
    for (const term of manyTerms.slice(0, 10)) reader.postings(term, text);

    expect(reads.get('研修')).toBe(2);
    expect(reads.get(manyTerms[0]!)).toBe(2);
  });
});
