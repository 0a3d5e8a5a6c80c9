/**
 * A character diff of two wordings of one initiative (last year's and this year's), for marking what changed.
 * Plain LCS over characters: statements are a few hundred characters, so the table stays small; beyond
 * MAX_CELLS the texts are shown as one deletion and one insertion rather than spending the time.
 */

/** A run of the later text (same, ins) or of the earlier one (del). Plain text, never markup. */
export interface DiffPart {
  op: 'same' | 'ins' | 'del';
  text: string;
}

/** 600 × 600 characters: a longer pair is shown whole. */
const MAX_CELLS = 360_000;

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * The runs that turn `before` into `after`, in reading order (a deletion before the insertion that replaces it).
 * @example diffText('年1回実施した。', '年2回実施した。') // [same 年, del 1, ins 2, same 回実施した。]
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = Array.from(before);
  const b = Array.from(after);
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }];
  if (a.length * b.length > MAX_CELLS) {
    return [...(before ? [{ op: 'del' as const, text: before }] : []), ...(after ? [{ op: 'ins' as const, text: after }] : [])];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      push(parts, 'del', a[i++]!);
    } else {
      push(parts, 'ins', b[j++]!);
    }
  }
  if (i < a.length) push(parts, 'del', a.slice(i).join(''));
  if (j < b.length) push(parts, 'ins', b.slice(j).join(''));
  return parts;
}
