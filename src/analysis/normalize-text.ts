/**
 * Text normalisation shared by indexing, querying and highlighting.
 * Every step keeps, on request, a map from each output character back to the original string,
 * so that a match found in normalised text can be highlighted on the text as printed.
 */
import type { NormalizedText } from './types';

export interface NormalizeOptions {
  /** Drop the trailing ー of katakana words of 4+ characters (サーバー → サーバ). */
  foldLongVowels: boolean;
}

/** A string being normalised, with (optionally) the original index of each character. */
interface Mapped {
  chars: string[];
  origin: number[] | null;
}

const LONG_VOWEL = 'ー';
const MIDDLE_DOT = '・';
/** Hyphen-like characters PDFs and typists put where a katakana long vowel belongs (ワ－ク, ワ‐ク). */
const HYPHEN_LIKE = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', 'ｰ']);
/** A katakana word this long (ー included) loses its trailing ー, in the spirit of JIS Z 8301. */
const MIN_FOLDED_KATAKANA_LENGTH = 4;

const nfkcCache = new Map<string, string>();

/**
 * Normalises text for matching: NFKC, ASCII lower case, iteration marks, katakana hyphens and
 * middle dots, whitespace (spaces between two Japanese characters are PDF artefacts and go),
 * and katakana long vowels.
 * @example normalize('ｗｅｂ会議を実施未 定のサーバー') // 'web会議を実施未定のサーバ'
 */
export function normalize(text: string, options: NormalizeOptions = { foldLongVowels: true }): string {
  return runPipeline(text, false, options).chars.join('');
}

/** Like normalize, with toOriginal[i] = index in `text` of normalised character i (and a final entry for the end). */
export function normalizeWithMap(text: string, options: NormalizeOptions = { foldLongVowels: true }): NormalizedText {
  const { chars, origin } = runPipeline(text, true, options);
  const toOriginal = origin ?? [];
  toOriginal.push(text.length);
  return { text: chars.join(''), toOriginal };
}

/**
 * The span of the original text that normalised characters [start, end) come from. Use this rather than
 * toOriginal[end] alone: one original character can expand into several (ⅲ → iii, ㈱ → (株)), and a span
 * ending inside such an expansion must still cover the whole original character.
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { toOriginal } = normalized;
  let after = end;
  while (after < toOriginal.length - 1 && end > start && toOriginal[after] === toOriginal[end - 1]) after++;
  const from = toOriginal[start];
  const to = toOriginal[after];
  if (from === undefined || to === undefined) {
    throw new RangeError(`span [${start}, ${end}) is outside the normalised text (${toOriginal.length - 1} characters)`);
  }
  return [from, to];
}

/** The long-vowel step alone, for text that is otherwise normalised already (kuromoji surfaces of normalised text). */
export function foldLongVowels(normalizedText: string): string {
  if (!normalizedText.includes(LONG_VOWEL)) return normalizedText;
  return foldTrailingLongVowels({ chars: [...normalizedText], origin: null }).chars.join('');
}

/** Drops the trailing ー of one katakana word of 4+ characters; other strings are returned unchanged. */
export function foldLongVowel(term: string): string {
  if (term.length < MIN_FOLDED_KATAKANA_LENGTH || !term.endsWith(LONG_VOWEL)) return term;
  for (let i = 0; i < term.length; i++) if (!isKatakana(term.charCodeAt(i))) return term;
  return term.slice(0, -1);
}

function runPipeline(text: string, withMap: boolean, options: NormalizeOptions): Mapped {
  let mapped = applyNfkcAndCase(text, withMap);
  mapped = rewriteMarksAndSpaces(mapped);
  if (options.foldLongVowels) mapped = foldTrailingLongVowels(mapped);
  return mapped;
}

/** NFKC cluster by cluster (a character and its combining marks), so each output character knows its source. */
function applyNfkcAndCase(text: string, withMap: boolean): Mapped {
  const chars: string[] = [];
  const origin: number[] | null = withMap ? [] : null;
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += codePointLength(text, i);
    while (i < text.length && isCombining(text.codePointAt(i) ?? 0)) i += codePointLength(text, i);
    const normalised = nfkcOf(text.slice(start, i));
    for (const ch of normalised) {
      chars.push(ch);
      origin?.push(start);
    }
  }
  return { chars, origin };
}

function nfkcOf(cluster: string): string {
  const code = cluster.charCodeAt(0);
  if (cluster.length === 1 && code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cluster;
  let normalised = nfkcCache.get(cluster);
  if (normalised === undefined) {
    normalised = lowerAscii(cluster.normalize('NFKC'));
    if (nfkcCache.size < 50_000) nfkcCache.set(cluster, normalised);
  }
  return normalised;
}

/** Iteration marks ゝゞヽヾ, hyphens inside katakana, middle dots between katakana, and whitespace. */
function rewriteMarksAndSpaces(input: Mapped): Mapped {
  const { chars, origin } = input;
  const out: string[] = [];
  const outOrigin: number[] | null = origin ? [] : null;
  // origin, when kept, has one entry per character of chars: origin[at]! below is in range as chars[at] is.
  const emit = (ch: string, at: number): void => {
    out.push(ch);
    outOrigin?.push(origin ? origin[at]! : at);
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const previous = out.at(-1) ?? '';
    if (isWhitespace(ch)) {
      let next = i + 1;
      while (next < chars.length && isWhitespace(chars[next]!)) next++;
      const keepSpace = previous !== '' && next < chars.length && !(isJapanese(previous) && isJapanese(chars[next]!));
      if (keepSpace) emit(' ', i);
      i = next - 1;
    } else if (isIterationMark(ch)) {
      emit(expandIterationMark(ch, previous), i);
    } else if (HYPHEN_LIKE.has(ch) && isKatakanaChar(previous) && previous !== LONG_VOWEL && isKatakanaChar(chars[i + 1] ?? '')) {
      emit(LONG_VOWEL, i);
    } else if (ch === MIDDLE_DOT && isKatakanaChar(previous) && isKatakanaChar(chars[i + 1] ?? '')) {
      continue;
    } else {
      emit(ch, i);
    }
  }
  return { chars: out, origin: outOrigin };
}

/** Drops the ー ending a katakana run of 4+ characters (サーバー室 → サーバ室, センター → センタ, カー stays). */
function foldTrailingLongVowels(input: Mapped): Mapped {
  const { chars, origin } = input;
  const out: string[] = [];
  const outOrigin: number[] | null = origin ? [] : null;
  let runLength = 0;
  for (const [i, ch] of chars.entries()) {
    runLength = isKatakanaChar(ch) ? runLength + 1 : 0;
    const endsRun = !isKatakanaChar(chars[i + 1] ?? '');
    const dropped = ch === LONG_VOWEL && endsRun && runLength >= MIN_FOLDED_KATAKANA_LENGTH && chars[i - 1] !== LONG_VOWEL;
    if (dropped) continue;
    out.push(ch);
    // origin, when kept, has one entry per character of chars.
    outOrigin?.push(origin ? origin[i]! : i);
  }
  return { chars: out, origin: outOrigin };
}

function expandIterationMark(mark: string, previous: string): string {
  const code = previous.charCodeAt(0);
  const wantsHiragana = mark === 'ゝ' || mark === 'ゞ';
  const fits = wantsHiragana ? code >= 0x3041 && code <= 0x3096 : code >= 0x30a1 && code <= 0x30f6;
  if (!fits) return mark;
  const voiced = mark === 'ゞ' || mark === 'ヾ';
  return voiced ? voice(previous) : previous;
}

/** か → が, カ → ガ: the voiced kana is one code point after the plain one for the kana that have one. */
function voice(kana: string): string {
  const voicedForm = String.fromCharCode(kana.charCodeAt(0) + 1);
  return (kana + '\u3099').normalize('NFC') === voicedForm ? voicedForm : kana;
}

function isIterationMark(ch: string): boolean {
  return ch === 'ゝ' || ch === 'ゞ' || ch === 'ヽ' || ch === 'ヾ';
}

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\f' || ch === '\v';
}

function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

function isKatakanaChar(ch: string): boolean {
  return ch.length === 1 && isKatakana(ch.charCodeAt(0));
}

/** Kanji, kana and Japanese punctuation: a space between two of these is a PDF line-break artefact. */
export function isJapanese(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
