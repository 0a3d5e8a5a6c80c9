/**
 * How much of a question's subject a text covers, by character bigrams of the subject's chunks (the parts between
 * particles and punctuation). Bigrams suit Japanese compounds (「産休取得率」 vs 「休暇取得率」) without a tokeniser, so
 * the same measure works on titles, statements and metric labels.
 */

/** NFKC, lower case, no spaces or punctuation: the form both sides are compared in. */
export function normalizeForMatch(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, '')
      // 「職員1人あたり」 and 「職員一人当たり」 are one phrase, in the two spellings of 一人 and 当たり in use.
      .replace(/一人/g, '1人')
      .replace(/当(た)?り/g, 'あたり')
  );
}

/**
 * A word without its trailing kana (試験的に → 試験的, 増やした → 増や), as a subject may hold it with its particle gone
 * and a statement may print it in another form of the verb (増やし、).
 */
export function wordStem(word: string): string {
  return word.replace(/(?<=.)\p{Script=Hiragana}+$/u, '');
}

/**
 * Punctuation and hiragana runs separate a subject's chunks. A chunk's bigrams must all come from one side of a
 * separator: 「試験で女性」 must not need 「験で」 in the text. Hiragana carry particles and verb endings
 * (「された」「なっていますか」), while what a question is about is written in kanji, katakana and latin letters.
 */
const CHUNK_SEPARATORS = /[\p{Script=Hiragana}、。・･\s「」『』（）()【】［］[\]"“”?？!！:：]+/u;

/**
 * Verbs that, after に, only relate the parts of a question (compound particles): 「採用した職員に占める女性の割合」 asks
 * for 女性の採用割合, 「育児に関する休暇」 for 育児の休暇. Their lone kanji (占める, 関する, 対して, 伴う …) are how the
 * question is phrased, not what it is about; a verb that carries the question (寄せられた意見) still counts.
 */
const RELATING_VERB = /に(占|対|関|係|伴|基|応|向|際|通)(?=\p{Script=Hiragana})/gu;

/**
 * Suffixes that say whom or when, not what: 職員向けの (for staff) asks about 職員, 育休中の (during leave) about 育休.
 * Left as they are they make bigrams no statement holds (員向, 休中) that weigh as missing subject.
 */
const FOR_OR_DURING = /(?<=\p{Script=Han}{2})(向(?=け)|中(?=[\p{Script=Hiragana}、。\s]|$))/gu;

/**
 * The units a subject is matched by: bigrams of each chunk, or a one-kanji chunk on its own (「男」).
 * @param occurs whether a unit stands anywhere in the corpus. A bigram no text holds, between two that texts do hold,
 * straddles two words of a compound (休取 in 産休取得率: 産休 + 取得率) rather than naming anything: it is left out, so
 * that it does not weigh as a subject the reports never mention. Every unit is kept without it.
 */
export function matchUnits(subject: string, occurs?: (unit: string) => boolean): string[] {
  const units = new Set<string>();
  const text = subject.normalize('NFKC').toLowerCase().replace(FOR_OR_DURING, '');
  const relating = new Set([...text.matchAll(RELATING_VERB)].map((match) => match[1]!));
  for (const { raw, inflected } of chunksOf(text)) {
    const chunk = normalizeForMatch(raw);
    if (ABOUT_THE_REPORTS.test(chunk)) continue;
    if (chunk.length === 1 && /\p{Script=Han}/u.test(chunk) && !relating.has(chunk) && !(inflected && COMPARING_STEM.test(chunk))) units.add(chunk);
    const bigrams: string[] = [];
    for (let i = 0; i + 2 <= chunk.length; i++) bigrams.push(chunk.slice(i, i + 2));
    bigrams
      .filter((bigram, i) => {
        const before = bigrams[i - 1];
        const after = bigrams[i + 1];
        return !occurs || occurs(bigram) || before === undefined || after === undefined || !occurs(before) || !occurs(after);
      })
      .forEach((bigram) => units.add(bigram));
  }
  return [...units];
}

/**
 * Words about the reports rather than what they report (「報告に載っている」「府省ごとの件数」「成果欄の数字」), left in a
 * subject once its scaffolding went: no statement is about them, so as units they only weigh as missing.
 */
const ABOUT_THE_REPORTS = /^(報告|報告書|年度|度|府省|府省庁|省庁|各府省|件数|項目|一覧|中身|内容|記載|数字|数値)$/u;

/**
 * Particles that may follow a one-kanji noun (「男の」「女が」); other hiragana after a lone kanji are its okurigana.
 */
const PARTICLE_AFTER_NOUN = /^[のがはをにでともやへ]/u;

/**
 * Adjectives of degree (少なくなった, 多い, 高く, 短い) say how the question compares, not what it is about. Verbs stay:
 * they can carry the subject (寄せられた意見; 減らした作業時間, which the reports print as 削減).
 */
const COMPARING_STEM = /^[多少高低長短広狭]$/u;

/** The chunks of a text between separators, each with whether okurigana follow it (hiragana other than a particle). */
function chunksOf(text: string): { raw: string; inflected: boolean }[] {
  const chunks: { raw: string; inflected: boolean }[] = [];
  const separators = new RegExp(CHUNK_SEPARATORS.source, 'gu');
  let start = 0;
  for (const match of text.matchAll(separators)) {
    const raw = text.slice(start, match.index);
    const after = match[0];
    chunks.push({ raw, inflected: /^\p{Script=Hiragana}/u.test(after) && !PARTICLE_AFTER_NOUN.test(after) });
    start = match.index + after.length;
  }
  chunks.push({ raw: text.slice(start), inflected: false });
  return chunks;
}

/** A subject ready to be matched: its units with their weights, and alternative spellings (synonyms) with their own units. */
export interface SubjectMatcher {
  units: string[];
  /** weights[i] is the weight of units[i]: rare units (採用) tell more than ones every statement has (職員). */
  weights: number[];
  /** Each alternative (育休 for 育児休業 …) with the units of the surface it stands for. */
  alternatives: { normalized: string; replaces: string[] }[];
}

/**
 * Builds a matcher for a subject and its synonym alternatives (surface → alternatives as the analyser expanded them).
 * @param weightOf a unit's weight (an inverse document frequency); every unit weighs 1 without it
 * @param occurs whether a unit stands in the corpus, to leave out bigrams that straddle two words (see matchUnits)
 */
export function buildSubjectMatcher(
  subject: string,
  synonyms: { surface: string; alternatives: string[] }[] = [],
  weightOf: (unit: string) => number = () => 1,
  occurs?: (unit: string) => boolean,
): SubjectMatcher {
  const alternatives = synonyms.flatMap((synonym) =>
    synonym.alternatives
      .map((alternative) => ({ normalized: normalizeForMatch(alternative), replaces: matchUnits(synonym.surface) }))
      .filter((alternative) => alternative.normalized.length >= 2),
  );
  const units = matchUnits(subject, occurs);
  return { units, weights: units.map(weightOf), alternatives };
}

/** A normalised text with its one- and two-character grams, so that each unit is looked up rather than searched for. */
export interface MatchTarget {
  text: string;
  grams: Set<string>;
}

export function toMatchTarget(normalizedText: string): MatchTarget {
  const grams = new Set<string>();
  for (let i = 0; i < normalizedText.length; i++) {
    grams.add(normalizedText.charAt(i));
    if (i + 1 < normalizedText.length) grams.add(normalizedText.slice(i, i + 2));
  }
  return { text: normalizedText, grams };
}

/**
 * The weighted share (0..1) of the subject's units found in a normalised text; a unit also counts as found when an
 * alternative spelling of the surface it belongs to is in the text.
 */
export function coverage(matcher: SubjectMatcher, target: string | MatchTarget): number {
  const { units, weights, alternatives } = matcher;
  if (units.length === 0) return 0;
  const { text, grams } = typeof target === 'string' ? toMatchTarget(target) : target;
  // Runs for every initiative on every question: count without building sets unless a synonym is present.
  const viaAlternative = new Set<string>();
  for (const alternative of alternatives) {
    if (text.includes(alternative.normalized)) alternative.replaces.forEach((unit) => viaAlternative.add(unit));
  }
  let found = 0;
  let total = 0;
  units.forEach((unit, i) => {
    const weight = weights[i]!; // weights is units.map(weightOf): one per unit
    total += weight;
    if (grams.has(unit) || viaAlternative.has(unit)) found += weight;
  });
  return total === 0 ? 0 : found / total;
}
