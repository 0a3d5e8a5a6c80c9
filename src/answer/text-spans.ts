/**
 * Spans of a statement an answer quotes: its sentences, and the clause around a number or date (between the
 * 、/。 that stand outside brackets), so an answer shows what a count counts without the whole paragraph.
 */
/** Splits a statement into sentences (ending with 。), keeping each sentence's offset in the statement. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/[^。]+。?/g)) {
    if (match[0].trim() !== '') sentences.push({ text: match[0], start: match.index ?? 0 });
  }
  return sentences;
}

const OPENING = '(（「『[［【';
const CLOSING = ')）」』]］】';

/** Index of the first 、 or 。 from `from` in `step` direction that stands outside brackets, or the text's end. */
function clauseEdge(text: string, from: number, step: 1 | -1): number {
  let depth = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const char = text.charAt(i);
    if ((step === 1 ? OPENING : CLOSING).includes(char)) depth++;
    else if ((step === 1 ? CLOSING : OPENING).includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '、' || char === '。')) return i;
  }
  return step === 1 ? text.length : -1;
}

/**
 * The clause around [start, end): between the 、 or 。 before and after it, skipping those inside brackets
 * (「(2020年度は、コロナ禍により中止)」 stays whole).
 */
export function clauseAround(text: string, start: number, end: number): string {
  const depthAt = (index: number): number => {
    let depth = 0;
    for (const char of text.slice(0, index)) depth += OPENING.includes(char) ? 1 : CLOSING.includes(char) ? -1 : 0;
    return Math.max(0, depth);
  };
  // A number inside brackets belongs to the clause that holds the brackets: step out of them first.
  let left = start;
  let right = end;
  for (let depth = depthAt(start); depth > 0; depth--) {
    left = openingBefore(text, left);
    right = closingAfter(text, right);
  }
  return text.slice(clauseEdge(text, left - 1, -1) + 1, clauseEdge(text, right, 1)).trim();
}

function openingBefore(text: string, index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (CLOSING.includes(text.charAt(i))) depth++;
    else if (OPENING.includes(text.charAt(i))) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return 0;
}

function closingAfter(text: string, index: number): number {
  let depth = 0;
  for (let i = index; i < text.length; i++) {
    if (OPENING.includes(text.charAt(i))) depth++;
    else if (CLOSING.includes(text.charAt(i))) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return text.length;
}
