import fc from 'fast-check';
import { buildGramPostings, decodePostings, encodePostings, gramDocumentFrequency } from '../../src/indexing/gram-postings';
import { packNumbers, unpackNumbers } from '../../src/indexing/packed-numbers';
import { restoreDocuments, restoreRecords, storeDocuments, storeRecords } from '../../src/indexing/stored-documents';
import { makeFixtureCorpus } from '../query/fixtures';

describe('documents.json by column', () => {
  test('the fixture corpus comes back equal, each record with its keys in the same order', () => {
    const initiatives = makeFixtureCorpus();
    const documents = {
      initiatives,
      topics: initiatives.map((_, i) => (i % 3 === 0 ? ['テレワーク', '育児'] : [])),
      wordFrequency: { テレワーク: 2 },
      grams: buildGramPostings(
        initiatives.map((i) => i.text),
        (text) => [...text],
      ),
    };

    const restored = restoreDocuments(JSON.parse(JSON.stringify(storeDocuments(documents))));

    expect(JSON.stringify(restored)).toBe(JSON.stringify(documents));
    expect(restored.topics[0]).not.toBe(restored.topics[3]);
  });

  test('for any records (objects of any keys and values, or not objects at all), restoring gives them back', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.record({ lines: fc.tuple(fc.nat(), fc.nat()) }));
    const record = fc.oneof(
      { weight: 5, arbitrary: fc.dictionary(fc.constantFrom('id', 'text', 'ministry', 'origin', 'item', '__proto__'), value) },
      { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.string()) },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const restored = restoreRecords(JSON.parse(JSON.stringify(storeRecords(records))));

        expect(JSON.stringify(restored)).toBe(JSON.stringify(records));
      }),
      { numRuns: 500 },
    );
  });

  test('a column whose values mostly repeat is stored once per value', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, ministry: 'テスト省' }));

    const stored = storeRecords(records);

    expect(stored.columns.ministry).toEqual({ distinct: ['テスト省'], codes: '0'.repeat(100) });
    expect(stored.columns.id).toEqual({ values: records.map((r) => r.id) });
  });

  test('a corrupt column is refused naming it', () => {
    const stored = JSON.parse(JSON.stringify(storeRecords([{ a: 1 }, { a: 1 }, { a: 2 }, { a: 2 }]))) as { columns: { a: { codes: string } } };
    stored.columns.a.codes = '0019';

    expect(() => restoreRecords(stored)).toThrow(/initiatives\.a/);
  });
});

describe('packed numbers and n-gram postings', () => {
  test('for any non-negative integers, unpacking gives them back', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(40), fc.nat(), fc.maxSafeNat())), (values) => {
        expect(unpackNumbers(packNumbers(values))).toEqual(values);
      }),
    );
  });

  test('for any ascending postings and frequencies, decoding gives them back, and the count comes first', () => {
    const postings = fc
      .uniqueArray(fc.nat(200_000), { maxLength: 60 })
      .chain((ordinals) =>
        fc.tuple(
          fc.constant(ordinals.sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 1, max: 300 }), { minLength: ordinals.length, maxLength: ordinals.length }),
        ),
      );
    fc.assert(
      fc.property(postings, ([ordinals, frequencies]) => {
        const packed = encodePostings(ordinals.flatMap((ordinal, i) => [ordinal, frequencies[i]!]));

        const decoded = decodePostings(packed);

        expect(Array.from(decoded.ordinals)).toEqual(ordinals);
        expect(Array.from(decoded.frequencies)).toEqual(frequencies);
        expect(gramDocumentFrequency({ postings: { g: packed }, lengths: [], averageLength: 0 }, 'g')).toBe(ordinals.length);
      }),
    );
  });
});
