/**
 * Character n-grams for the n-gram field, which gives recall on compounds and partial words that
 * kuromoji keeps whole (テレワークマネジメント is one unknown token, yet 「テレワーク」 must find it).
 */

/**
 * Index-side n-grams of already normalised text: the bigrams of each run of word characters
 * (spaces and punctuation end a run), plus the run's last character alone. With that trailing
 * unigram, a one-character query found by prefix search on this field reaches every position of
 * every run (護 → 護, 護X …), while bigram queries match exactly.
 * @example indexNgrams('介護休暇') // ['介護', '護休', '休暇', '暇']
 */
export function indexNgrams(normalized: string): string[] {
  const grams: string[] = [];
  forEachRun(normalized, (run) => grams.push(...bigramsOf(run), ...run.slice(-1)));
  return grams;
}

/**
 * Query-side n-grams of normalised text: bigrams only, so that every gram must occur in a match;
 * a run of one character gives that character (to be matched by prefix).
 */
export function queryNgrams(normalized: string): string[] {
  const grams: string[] = [];
  forEachRun(normalized, (run) => grams.push(...(run.length === 1 ? run : bigramsOf(run))));
  return grams;
}

/** Each pair of adjacent characters of a run, in order (['介', '護', '休'] → ['介護', '護休']). */
function bigramsOf(run: string[]): string[] {
  const grams: string[] = [];
  let previous: string | null = null;
  for (const ch of run) {
    if (previous !== null) grams.push(previous + ch);
    previous = ch;
  }
  return grams;
}

/** Calls `visit` with each maximal (never empty) run of word characters, as an array of characters (code points). */
function forEachRun(text: string, visit: (run: string[]) => void): void {
  let run: string[] = [];
  for (const ch of text) {
    if (isWordCharacter(ch)) {
      run.push(ch);
    } else if (run.length > 0) {
      visit(run);
      run = [];
    }
  }
  if (run.length > 0) visit(run);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if ((code >= 0x3041 && code <= 0x30fa) || code === 0x30fc || code === 0x3005) return true; // kana, ー, 々
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return WORD_CHARACTER.test(ch);
}
