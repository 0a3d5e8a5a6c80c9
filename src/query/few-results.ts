/**
 * Help when a query finds little: a spelling fix for words that match nothing as typed (hiragana for
 * katakana, a long vowel, okurigana, a one-letter typo, a word cut short, always to a word of the corpus), results that hold all but one
 * of the query's words, and suggestions (「もしかして」 nearest corpus words, related and broader concepts).
 */
import type { AnalyzedQuery } from '../analysis/types';
import type { ReadingTerm } from '../analysis/readings';
import { hasKanji, isHiragana, isKatakana, longVowelVariants, okuriganaVariants, toKatakana, voicingVariants } from '../analysis/spelling';
import { labelsOf } from '../analysis/concept-scheme';
import type { EngineContext } from './search';
import type { QueryCorrection, QuerySuggestion } from './types';
import { MIN_TYPO_LENGTH, vocabularyOf } from './vocabulary';

/** At most this many suggestions are offered. */
const MAX_SUGGESTIONS = 5;

type Fix = QueryCorrection['fixes'][number];

/**
 * The query with each whitespace-separated word that finds nothing, or holds a word no statement can match
 * (`complete` false), replaced by its nearest corpus spelling, or null when no word needed (or had) a fix. Quoted
 * phrases are left as typed.
 */
export function correctQuery(
  context: EngineContext,
  raw: string,
  findsAnything: (q: string) => boolean,
  complete: (q: string) => boolean = () => true,
  /** The query finds much already: a conversion fix must then sound exactly like the word typed (see conversionFix). */
  findsMuch = false,
): Omit<QueryCorrection, 'originalTotal'> | null {
  if (/["“”]/.test(raw)) return null;
  const fixes: Fix[] = [];
  const parts = raw
    .normalize('NFKC')
    .split(/\s+/)
    .filter((part) => part !== '');
  const corrected = parts.map((part) => {
    if (findsAnything(part) && complete(part)) return part;
    const found = spellingFix(context, context.analyzer.normalize(part), findsAnything, findsMuch);
    if (found === null) return part;
    const fix = { ...found, to: printedForm(context, found.to) };
    fixes.push({ from: part, ...fix });
    return fix.to;
  });
  if (fixes.length > 0) return { original: raw, query: corrected.join(' '), fixes };
  // 「育児参可」: a slip that analysis splits apart (参 + 可) is no word of the query to fix, but the text still holds a
  // kanji word no statement prints that reads like one they do (参可 → 参加).
  const slips = soundAlikeSlips(context, raw);
  if (slips.length === 0) return null;
  const fixed = slips.reduce((text, slip) => text.split(slip.from).join(slip.to), raw.normalize('NFKC'));
  return findsAnything(fixed) ? { original: raw, query: fixed, fixes: slips.map((slip) => ({ ...slip, kind: 'conversion' as const })) } : null;
}

/**
 * A fix as the reports print it: normalising folds a katakana word's trailing long vowel (メンター → メンタ) so that
 * both spellings match, but 「もしかして：メンタ」 reads as a typo of its own. The fix searches the same either way.
 */
function printedForm(context: EngineContext, word: string): string {
  if (!/[\p{Script=Katakana}]$/u.test(word) || word.endsWith('ー')) return word;
  const withVowel = `${word}ー`;
  // The texts as printed (full-width katakana, as the reports write it): no normalising of every text per fix.
  return context.corpus.initiatives.some((initiative) => initiative.text.includes(withVowel)) ? withVowel : word;
}

function spellingFix(context: EngineContext, word: string, findsAnything: (q: string) => boolean, findsMuch: boolean): Omit<Fix, 'from'> | null {
  const vocabulary = vocabularyOf(context.corpus, context.analyzer);
  const normalize = context.analyzer.normalize;
  // A word the concept scheme names is a word of the field, not a typo, even where no report prints it:
  // 短時間勤務 is one edit from 長時間勤務 and means the opposite.
  if (vocabulary.isLabel(word)) return null;
  const known = (candidate: string) => vocabulary.has(candidate) || findsAnything(candidate);
  const kana = isHiragana(word) ? normalize(toKatakana(word)) : null;
  if (kana !== null && known(kana)) return { to: kana, kind: 'kana' };
  // Hiragana typed for kanji (ちょうかきんむ): the corpus word or compound read that way.
  const read = kana !== null ? (vocabulary.byReading(word) ?? phraseByReading(vocabulary, word)) : null;
  if (read !== null && findsAnything(read)) return { to: read, kind: 'kana' };
  const katakana = kana ?? (isKatakana(word) ? word : null);
  if (katakana !== null) {
    const variants = longVowelVariants(katakana).map(normalize);
    const variant =
      variants.find((candidate) => vocabulary.has(candidate)) ??
      variants.find((candidate) => vocabulary.isLabel(candidate) && findsAnything(candidate));
    if (variant !== undefined) return { to: variant, kind: kana === null ? 'long-vowel' : 'kana' };
  }
  // Okurigana typed where the reports leave them off (打ち合わせ → 打合せ, 申し込み → 申込).
  const official = okuriganaVariants(word).find((candidate) => findsAnything(candidate));
  if (official !== undefined) return { to: official, kind: 'okurigana' };
  // A kanji word is typed as kana and converted: a word printed with the same reading (取得律 → 取得率) is the likelier
  // slip than one a character away that reads otherwise (取得者).
  // When the query finds little, the homophone need share no character (検収 → 研修); finding much, it must (see conversionFix).
  const homophone = katakana === null ? conversionFix(context, word, findsAnything, true, !findsMuch) : null;
  if (homophone !== null) return { to: homophone, kind: 'conversion' };
  const [nearest] = vocabulary.nearest(katakana ?? word, 1, findsAnything);
  if (nearest !== undefined) return { to: nearest, kind: kana === null ? 'typo' : 'kana' };
  // A voiced mark left out or added in a kana compound the vocabulary holds only as parts (フォローシード → フォローシート).
  if (katakana !== null && katakana.length >= MIN_TYPO_LENGTH) {
    const voiced = voicingVariants(katakana)
      .map(normalize)
      .find((candidate) => findsAnything(candidate));
    if (voiced !== undefined) return { to: voiced, kind: kana === null ? 'typo' : 'kana' };
  }
  // Hiragana one kana off the reading of a printed word (ようえんたいせい → 応援体制).
  const nearRead = kana !== null ? vocabulary.byNearReading(word) : null;
  if (nearRead !== null && findsAnything(nearRead)) return { to: nearRead, kind: 'kana' };
  // A word cut short (ノー残, 超過勤): the corpus word it begins, most often printed first.
  const [completed] = vocabulary.completions(katakana ?? word, 1, findsAnything);
  if (completed !== undefined) return { to: completed, kind: 'completion' };
  const converted = conversionFix(context, word, findsAnything, findsMuch);
  return converted === null ? null : { to: converted, kind: 'conversion' };
}

/**
 * A kanji word no statement prints, replaced by one the statements print that sounds like it (育児休業の所得 →
 * 育児休業の取得, 超過勤務の宿減 → 超過勤務の縮減): Japanese is typed as kana and converted, so a slip gives a word of
 * the same reading or one kana off, not one a letter away. Only a query with one such word is fixed, and only when
 * the whole query then finds something; a word no report prints and no printed word sounds like (単身赴任) stays as
 * typed. When the query finds much without the word, only a word of the same reading replaces it: one kana off
 * turned 優良事例 into 不良事例 and 主体的 into 主催的, words the reports do not print but the asker meant.
 */
function conversionFix(
  context: EngineContext,
  word: string,
  findsAnything: (q: string) => boolean,
  sameReadingOnly: boolean,
  anyPlace = false,
): string | null {
  const { analyzer } = context;
  if (analyzer.readingTerms === undefined || !hasKanji(word)) return null;
  const vocabulary = vocabularyOf(context.corpus, analyzer);
  // Two smallest unprinted words are not one slip but words the reports do not use (受動喫煙: 受動 is one kana from
  // 受講, and 受講喫煙 would still be no word of theirs).
  const smallest = smallestUnprinted(context, word, findsAnything);
  if (smallest.length !== 1) return null;
  const [term] = smallest as [ReadingTerm];
  for (const candidate of vocabulary.soundingLike(term.surface, term.reading, sameReadingOnly, anyPlace)) {
    const fixed = word.replace(term.surface, candidate);
    if (findsAnything(fixed)) return fixed;
  }
  return null;
}

/**
 * A compound typed without spaces that no statement prints, though it would be printed with one of its words replaced
 * by a printed word of exactly the same reading: 超過勤務次官 is 超過勤務時間 with 時間 converted as 次官. Each part is a
 * word the reports use, so the query finds something as typed (事務次官's messages that also speak of overtime), and
 * no word is unprinted for correctQuery to fix; the compound as a whole is what slipped.
 */
export function compoundSlip(context: EngineContext, raw: string): Omit<QueryCorrection, 'originalTotal'> | null {
  const { analyzer } = context;
  const typed = analyzer.normalize(raw.normalize('NFKC'));
  if (/\s/.test(typed) || analyzer.readingTerms === undefined || printedAnywhere(context, typed)) return null;
  const vocabulary = vocabularyOf(context.corpus, analyzer);
  for (const term of analyzer.readingTerms(typed)) {
    if (term.surface.length < 2 || !hasKanji(term.surface) || !typed.includes(term.surface)) continue;
    for (const candidate of vocabulary.soundingLike(term.surface, term.reading, true, true)) {
      const fixed = typed.replace(term.surface, candidate);
      if (printedAnywhere(context, fixed)) return { original: raw, query: fixed, fixes: [{ from: typed, to: fixed, kind: 'conversion' }] };
    }
  }
  return null;
}

/**
 * The conversion slips of a whole text (a question): every smallest kanji word no statement prints and no label names,
 * with the printed word of exactly the same reading that would replace it (本性課室長 → 本省課室長, 育時中 → 育児中,
 * 応援用員 → 応援要員). Unlike conversionFix, several words may slip in one sentence, so only a word of the same reading
 * is offered, never one a kana off; the caller decides whether the fixed text is better (the answer stage tries it only
 * when the text as typed gives no answer).
 */
export function soundAlikeSlips(context: EngineContext, text: string): { from: string; to: string }[] {
  const { analyzer } = context;
  if (analyzer.readingTerms === undefined) return [];
  const vocabulary = vocabularyOf(context.corpus, analyzer);
  const slips: { from: string; to: string }[] = [];
  for (const term of smallestUnprinted(context, analyzer.normalize(text), (surface) => printedAnywhere(context, surface))) {
    const [candidate] = vocabulary.soundingLike(term.surface, term.reading, true);
    if (candidate !== undefined && !slips.some((slip) => slip.from === term.surface)) slips.push({ from: term.surface, to: candidate });
  }
  return slips;
}

/**
 * The smallest kanji words of a text that no statement prints and no label names, with their readings: 所得 rather
 * than 所得率, which holds it. `printed` says whether a statement holds a word the vocabulary does not list.
 */
function smallestUnprinted(context: EngineContext, text: string, printed: (surface: string) => boolean): ReadingTerm[] {
  const vocabulary = vocabularyOf(context.corpus, context.analyzer);
  const unprinted = (context.analyzer.readingTerms?.(text) ?? [])
    .filter((term) => term.surface.length >= 2 && hasKanji(term.surface) && text.includes(term.surface))
    .filter((term) => !vocabulary.has(term.surface) && !vocabulary.inLabel(term.surface) && !printed(term.surface));
  return unprinted.filter((term) => !unprinted.some((other) => other.surface.length < term.surface.length && term.surface.includes(other.surface)));
}

/**
 * Whether any statement's normalised text holds the string (a word kuromoji splits differently is still printed). A
 * character pair no statement has settles it without reading the texts, as it does for most slips (本性, 育時).
 */
function printedAnywhere(context: EngineContext, surface: string): boolean {
  const { corpus } = context;
  for (let i = 0; i + 2 <= surface.length; i++) if (corpus.gramFrequency(surface.slice(i, i + 2)) === 0) return false;
  for (let ordinal = 0; ordinal < corpus.initiatives.length; ordinal++) if (corpus.normalized(ordinal).text.includes(surface)) return true;
  return false;
}

/**
 * A phrase typed in hiragana (じょせいのさいよう): each part between の read as the corpus word it sounds like
 * (女性の採用), or null when a part reads as none. の is kept: the particle is how such phrases are typed.
 */
function phraseByReading(vocabulary: ReturnType<typeof vocabularyOf>, word: string): string | null {
  const parts = word.split('の');
  if (parts.length < 2 || parts.some((part) => part === '')) return null;
  const read = parts.map((part) => vocabulary.byReading(part));
  return read.every((part): part is string => part !== null) ? read.join('の') : null;
}

/** The analysed query without clause `index` (phrases kept): for results that miss one word. */
export function withoutClause(analyzed: AnalyzedQuery, index: number): AnalyzedQuery {
  const dropped = analyzed.clauses[index]!.surface;
  return {
    ...analyzed,
    clauses: analyzed.clauses.filter((_, i) => i !== index),
    expansions: analyzed.expansions.filter((expansion) => expansion.clause !== dropped),
  };
}

/**
 * Queries to try: the nearest corpus words of each clause (one edit away), then the concepts related to or
 * broader than the ones the query names, when they find something.
 */
export function suggestQueries(context: EngineContext, analyzed: AnalyzedQuery, findsAnything: (q: string) => boolean): QuerySuggestion[] {
  const vocabulary = vocabularyOf(context.corpus, context.analyzer);
  const surfaces = analyzed.clauses.map((clause) => clause.surface);
  const suggestions: QuerySuggestion[] = [];
  const offer = (suggestion: QuerySuggestion) => {
    if (suggestions.length < MAX_SUGGESTIONS && !suggestions.some((s) => s.q === suggestion.q) && suggestion.q !== surfaces.join(' '))
      suggestions.push(suggestion);
  };
  analyzed.clauses.forEach((clause, index) => {
    for (const near of vocabulary.nearest(clause.surface, 2, findsAnything)) {
      const q = surfaces.map((surface, i) => (i === index ? near : surface)).join(' ');
      offer({ q, kind: 'spelling', label: `もしかして：${q}` });
    }
  });
  const scheme = context.analyzer.concepts;
  if (scheme === undefined) return suggestions;
  for (const clause of analyzed.clauses) {
    const concept = scheme.concepts.find((c) => c.prefLabel === clause.concept);
    if (!concept) continue;
    for (const id of [...concept.related, ...concept.broader]) {
      const other = scheme.get(id);
      const label = other && labelsOf(other).find((candidate) => findsAnything(candidate));
      if (label) offer({ q: label, kind: 'concept', label: `関連：${label}` });
    }
  }
  return suggestions;
}
