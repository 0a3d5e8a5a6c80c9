/**
 * documents.json as written: the records by column rather than one JSON object each. A record repeated its twenty
 * or so key names and its report's and row's values (ministry, year, section, item and row titles, source) on every
 * statement: at 100x the records took 11.5 MB, more than MiniSearch's whole index. A column whose values are
 * primitives and mostly repeat is stored as its distinct values and a packed code per record; any other column
 * (texts, ids, origins) as its values. Restoring gives records equal to those stored, their keys in the same order
 * (each distinct key order is kept once); a record that is not an object is kept as it is, so that validation
 * (./initiative-schema.ts) still names what is wrong with it.
 */
import type { CorpusDocuments } from './build-index';
import { isPacked, packNumbers, unpackNumbers } from './packed-numbers';

/** One column: its values, or its distinct values and each record's code into them. */
type StoredColumn = { values: unknown[] } | { distinct: unknown[]; codes: string };

/** Lists of strings (the topics of each record): the distinct lists and each record's code into them. */
interface StoredLists {
  distinctLists: string[][];
  codes: string;
}

/** Records by column. */
export interface StoredRecords {
  count: number;
  /** Each distinct order of keys. */
  shapes: string[][];
  /** Each record's shape (packed); a record that is not an object has shape shapes.length and is in `others`. */
  shapeCodes: string;
  /** By key, the values of the records whose shape has it, in record order. */
  columns: Record<string, StoredColumn>;
  /** Records that are not objects, by position. */
  others: Record<string, unknown>;
}

/** documents.json's content. */
export interface StoredDocuments extends Omit<CorpusDocuments, 'initiatives' | 'topics'> {
  initiatives: StoredRecords;
  topics: StoredLists;
}

/** A column is stored by codes when its distinct values are at most this share of its values. */
const MAX_DISTINCT_SHARE = 0.5;

export function storeDocuments(documents: CorpusDocuments): StoredDocuments {
  return { ...documents, initiatives: storeRecords(documents.initiatives), topics: storeLists(documents.topics) };
}

/** The documents as built, from documents.json's content; throws a TypeError naming what is not as stored. */
export function restoreDocuments(stored: unknown): CorpusDocuments {
  if (!isObject(stored)) throw new TypeError('documents: not an object');
  // Spread first, so that the documents' keys keep their order.
  return {
    ...(stored as unknown as CorpusDocuments),
    initiatives: restoreRecords(stored.initiatives) as CorpusDocuments['initiatives'],
    topics: restoreLists(stored.topics),
  };
}

export function storeRecords(records: readonly unknown[]): StoredRecords {
  const shapes: string[][] = [];
  const shapeOf = new Map<string, number>();
  const codes: number[] = [];
  const byKey = new Map<string, unknown[]>();
  const others: Record<string, unknown> = {};
  records.forEach((record, index) => {
    if (!isObject(record)) {
      others[index] = record;
      codes.push(-1);
      return;
    }
    const keys = Object.keys(record);
    const shapeKey = keys.join('\u0000');
    let shape = shapeOf.get(shapeKey);
    if (shape === undefined) {
      shapeOf.set(shapeKey, (shape = shapes.length));
      shapes.push(keys);
    }
    codes.push(shape);
    for (const key of keys) {
      let column = byKey.get(key);
      if (column === undefined) byKey.set(key, (column = []));
      column.push(record[key]);
    }
  });
  // fromEntries defines each key as the object's own, __proto__ too.
  const columns = Object.fromEntries([...byKey].map(([key, values]) => [key, storeColumn(values)])) as Record<string, StoredColumn>;
  return { count: records.length, shapes, shapeCodes: packNumbers(codes.map((code) => (code < 0 ? shapes.length : code))), columns, others };
}

export function restoreRecords(stored: unknown): unknown[] {
  if (!isObject(stored)) throw new TypeError('initiatives: not stored by column');
  const { count, shapes, shapeCodes, columns, others } = stored as Partial<StoredRecords>;
  if (
    typeof count !== 'number' ||
    !Array.isArray(shapes) ||
    !shapes.every((shape) => Array.isArray(shape) && shape.every((key) => typeof key === 'string'))
  ) {
    throw new TypeError('initiatives: no count or key orders');
  }
  if (!isPacked(shapeCodes) || !isObject(columns) || !isObject(others)) throw new TypeError('initiatives: no shapes, columns or others');
  const codes = unpackNumbers(shapeCodes);
  if (codes.length !== count) throw new TypeError(`initiatives: ${codes.length} shapes for ${count} records`);
  const values = new Map<string, unknown[]>();
  const next = new Map<string, number>();
  const valuesOf = (key: string): unknown[] => {
    let column = values.get(key);
    if (column === undefined) values.set(key, (column = restoreColumn(columns[key], `initiatives.${key}`)));
    return column;
  };
  const records: unknown[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const shape = shapes[codes[index]!];
    if (shape === undefined) {
      records[index] = others[index];
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const key of shape) {
      const column = valuesOf(key);
      const at = next.get(key) ?? 0;
      if (at >= column.length) throw new TypeError(`initiatives.${key}: fewer values than records`);
      if (key === '__proto__') Object.defineProperty(record, key, { value: column[at], enumerable: true, writable: true, configurable: true });
      else record[key] = column[at];
      next.set(key, at + 1);
    }
    records[index] = record;
  }
  return records;
}

function storeColumn(values: readonly unknown[]): StoredColumn {
  if (!values.every(isPrimitive)) return { values: [...values] };
  const distinct: unknown[] = [];
  const codeOf = new Map<unknown, number>();
  const codes = values.map((value) => {
    let code = codeOf.get(value);
    if (code === undefined) {
      codeOf.set(value, (code = distinct.length));
      distinct.push(value);
    }
    return code;
  });
  return distinct.length > MAX_DISTINCT_SHARE * values.length ? { values: [...values] } : { distinct, codes: packNumbers(codes) };
}

function restoreColumn(stored: unknown, name: string): unknown[] {
  if (isObject(stored) && Array.isArray(stored.values)) return stored.values as unknown[];
  if (isObject(stored) && Array.isArray(stored.distinct) && isPacked(stored.codes)) {
    const distinct = stored.distinct as unknown[];
    return unpackNumbers(stored.codes).map((code) => {
      if (code >= distinct.length) throw new TypeError(`${name}: a code past its values`);
      return distinct[code];
    });
  }
  throw new TypeError(`${name}: not a stored column`);
}

function storeLists(lists: readonly string[][]): StoredLists {
  const distinctLists: string[][] = [];
  const codeOf = new Map<string, number>();
  const codes = lists.map((list) => {
    const key = JSON.stringify(list);
    let code = codeOf.get(key);
    if (code === undefined) {
      codeOf.set(key, (code = distinctLists.length));
      distinctLists.push(list);
    }
    return code;
  });
  return { distinctLists, codes: packNumbers(codes) };
}

/** Each record's list, a copy of its own (they are not shared between records). */
function restoreLists(stored: unknown): string[][] {
  if (!isObject(stored) || !Array.isArray(stored.distinctLists) || !isPacked(stored.codes)) throw new TypeError('topics: not stored as lists');
  const distinct = stored.distinctLists as unknown[];
  return unpackNumbers(stored.codes).map((code) => {
    const list = distinct[code];
    if (!Array.isArray(list)) throw new TypeError('topics: a code past its lists');
    return [...(list as string[])];
  });
}

/** Values a code may stand for: shared between records, so never an object (a record's origin, its metric). */
function isPrimitive(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
