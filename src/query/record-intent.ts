/**
 * Queries that ask for records by what the template's columns hold rather than by what they speak of (「成果を数字で
 * 示している取組」「目標設定時の数値が書かれていない数値目標」「共通項目以外に独自に報告した取組」「年に2回行っている取組」):
 * their words (実績, 数字, 取組, 行う) match long statements on anything, and what answers them is a property of the
 * record: figures in its results column (D), a target row without its baseline, a row under the template's 「その他」,
 * a frequency printed in its text. The records the intent names are ranked first, as lineage intents' are
 * (./lineage-intent.ts).
 */
import type { Initiative } from '../domain/types';
import type { Corpus } from './corpus';

/** What the query asks of a record's columns; a frequency carries the pattern of its count per period. */
export type RecordIntent =
  { kind: 'resultsFigures' } | { kind: 'noBaseline' } | { kind: 'ownItems' } | { kind: 'frequency'; key: string; pattern: RegExp };

/** A number with the unit of a figure the reports give, after NFKC (as the corpus reads figures). */
const FIGURE = /[0-9]+(?:\.[0-9]+)?\s*(?:%|人|名|日|件|回|時間|ポイント|割|台|組)/;

const INTENTS: [RegExp, RecordIntent][] = [
  // 「実績を数字で示している取組」「成果欄に数値がある取組」「成果を数字で書いている」
  [
    /(実績|成果)[^。？?]{0,6}?(数字|数値)で|(実績|成果)(欄|の欄)?に[^。？?]{0,4}?(数字|数値)が|(数字|数値)で[^。？?]{0,4}?(実績|成果)/,
    { kind: 'resultsFigures' },
  ],
  // 「目標設定時の数値が書かれていない数値目標」「目標設定時が空欄の目標」
  [/目標設定時[^。？?]{0,8}?(書かれていな|書いていな|記載(が|されてい)?な|空欄|未記入|抜けて|欠けて)/, { kind: 'noBaseline' }],
  // 「共通項目以外に各省庁が独自に報告した取組」「その他の欄に書かれた取組」「府省独自の取組」
  [/共通(の)?項目(以外|のほか|にない)|(各省庁|各府省|府省|省庁)が?独自|独自に(報告|記載)|その他(の)?(欄|項目)/, { kind: 'ownItems' }],
];

/** 「年に2回」「年２回」「年二回」「月1回」「週に1日」: a period and a count, after NFKC. */
const FREQUENCY = /(年|月|週|毎月|毎年|毎週)(に|間)?([0-9]+|[一二三四五六七八九十]+)(回|日|度)/;
const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The record intent of a query (NFKC), or null. */
export function recordIntentOf(query: string): RecordIntent | null {
  const normalized = query.normalize('NFKC');
  const named = INTENTS.find(([cue]) => cue.test(normalized))?.[1];
  if (named !== undefined) return named;
  const frequency = FREQUENCY.exec(normalized);
  if (frequency === null) return null;
  const period = frequency[1]!.replace(/^毎/, '');
  const count = /^[0-9]+$/.test(frequency[3]!) ? Number(frequency[3]) : kanjiCount(frequency[3]!);
  if (count === null) return null;
  const unit = frequency[4] === '度' ? '回' : frequency[4]!;
  const kanji = Object.entries(KANJI_DIGITS).find(([, value]) => value === count)?.[0] ?? '';
  // 年2回 and 年に2回, 毎月1回 and 月1回, 年2度: the same frequency as printed in any of its ways.
  const counts = kanji === '' ? `${count}` : `(?:${count}|${kanji})`;
  const units = unit === '回' ? '(?:回|度)' : unit;
  return { kind: 'frequency', key: `${period}${count}${unit}`, pattern: new RegExp(`(?:毎)?${period}(?:に|間)?${counts}${units}`) };
}

function kanjiCount(text: string): number | null {
  if (text === '十') return 10;
  if (text.length === 1) return KANJI_DIGITS[text] ?? null;
  if (text.length === 2 && text[0] === '十') return 10 + (KANJI_DIGITS[text[1]!] ?? NaN) || null;
  return null;
}

const remembered = new WeakMap<Corpus, Map<string, Uint8Array>>();
/** Intents remembered per corpus (a mark per record each: 141 kB at 1000x). */
const MAX_REMEMBERED = 32;

/** 1 for each record the intent names (computed once per corpus and intent). */
export function recordsOfRecordIntent(corpus: Corpus, intent: RecordIntent): Uint8Array {
  let byIntent = remembered.get(corpus);
  if (byIntent === undefined) remembered.set(corpus, (byIntent = new Map()));
  const key = intent.kind === 'frequency' ? `frequency:${intent.key}` : intent.kind;
  let marks = byIntent.get(key);
  if (marks === undefined) {
    // Frequencies are as many as people type (年2回, 月1回 …): the oldest is forgotten past a bound.
    if (byIntent.size >= MAX_REMEMBERED) byIntent.delete(byIntent.keys().next().value!);
    byIntent.set(key, (marks = Uint8Array.from(corpus.initiatives, (record) => (names(intent, record) ? 1 : 0))));
  }
  return marks;
}

function names(intent: RecordIntent, record: Initiative): boolean {
  switch (intent.kind) {
    case 'resultsFigures':
      return record.results !== null && FIGURE.test(record.results.normalize('NFKC'));
    case 'noBaseline':
      return record.kind === 'metric' && record.metric !== null && record.metric.baseline === null;
    case 'ownItems':
      return record.rowTitle === 'その他' && record.text.trim() !== '' && record.text !== record.rowTitle;
    case 'frequency':
      return intent.pattern.test(record.text.normalize('NFKC'));
  }
}
