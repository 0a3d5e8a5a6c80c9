/**
 * Text items → the lines of one cell, and a cell's lines → paragraphs. A printed cell wraps its text at the
 * cell's edge, so a new line is not a new statement; a 【tag】, a bullet, or a line after one that ended short
 * with 「。」 starts one.
 */
import { joinWrappedLine } from '../text';
import type { TextItem } from './pdf-page';

/** One printed line of a cell: its text and where it ends, to tell a wrap from a paragraph's end. */
export interface TextLine {
  text: string;
  left: number;
  right: number;
  top: number;
  size: number;
}

const isBlank = (item: TextItem): boolean => item.str.trim().length === 0;

/** NFKC takes a Kangxi radical to the traditional form; Japanese text prints the common one. */
const JAPANESE_FORM: Record<string, string> = { 靑: '青', 黑: '黒', 黃: '黄', 麥: '麦', 齒: '歯', 龜: '亀' };
/** CJK Radicals Supplement characters that fonts map glyphs of ordinary kanji to (a ToUnicode table's choice). */
const SUPPLEMENT_FORM: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻑': '長',
  '⻘': '青',
  '⻝': '食',
  '⻤': '鬼',
  '⻣': '骨',
  '⻩': '黄',
  '⻭': '歯',
  '⻲': '亀',
  '⻨': '麦',
  '⻫': '斉',
  '⻯': '竜',
};

/**
 * Repairs what a font's ToUnicode table says instead of the character printed: Kangxi radicals and radical
 * supplements for ordinary kanji (「⽅」 for 方, 「⻑」 for 長, as Chromium's and Office's subset fonts often
 * map them), CJK compatibility ideographs, and 「‧」 (hyphenation point) for the middle dot 「・」.
 */
export function repairGlyphText(text: string): string {
  return text.replace(/[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u2027]/gu, (ch) => {
    if (ch === '\u2027') return '・';
    const supplement = SUPPLEMENT_FORM[ch];
    if (supplement) return supplement;
    const folded = ch.normalize('NFKC');
    return JAPANESE_FORM[folded] ?? folded;
  });
}

/** Joins items on one baseline left to right, with a space where the printed gap is wider than a narrow space. */
function joinLine(items: TextItem[]): TextLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  for (const item of sorted) {
    if (text.length > 0 && item.x - right > item.size * 0.3) text += ' ';
    text += repairGlyphText(item.str);
    right = Math.max(right, item.x + item.w);
  }
  const size = Math.max(...sorted.map((i) => i.size));
  return { text, left: Math.min(...sorted.map((i) => i.x)), right, top: Math.min(...sorted.map((i) => i.y)), size };
}

/**
 * Groups a cell's items into lines, top to bottom: items whose tops lie within half a font size of each other
 * share a line. Vertical text (one character per line, or rotated runs) comes out one line per character.
 */
export function toLines(items: TextItem[]): TextLine[] {
  const visible = items.filter((item) => !isBlank(item)).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Array<[TextItem, ...TextItem[]]> = [];
  for (const item of visible) {
    const line = lines.find((candidate) => Math.abs(candidate[0].y - item.y) < Math.min(candidate[0].size, item.size) * 0.5);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines.map(joinLine).sort((a, b) => a.top - b.top);
}

/** A line that opens an entry: a change tag or bracket label, a bullet, a numbered point, a note. */
const OPENS_ENTRY = /^[\s\u3000]*(?:【|[・●○◯◆◇■□▪▫※☆★]|[①-⑳]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]\s)/u;
/** A sentence's end: a line that ends here and short of the cell's edge ended its paragraph. */
const ENDS_SENTENCE = /[。.．]$/u;

/** True when `next` starts a new paragraph after `previous`: it opens an entry, or `previous` ended short with 。. */
export function startsParagraph(previous: TextLine | null, next: TextLine, cellRight: number): boolean {
  if (previous === null || OPENS_ENTRY.test(next.text)) return true;
  return ENDS_SENTENCE.test(previous.text.trim()) && previous.right < cellRight - previous.size * 2;
}

/**
 * A cell's lines → paragraphs. `cellRight` is the cell's right edge: a line that ends a sentence well before it
 * ended its paragraph on purpose.
 */
export function toParagraphs(lines: TextLine[], cellRight: number): string[] {
  const paragraphs: string[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const open = paragraphs[last];
    if (open === undefined || startsParagraph(previous, line, cellRight)) paragraphs.push(line.text.trim());
    else paragraphs[last] = joinWrapped(open, line.text.trim());
    previous = line;
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** Joins a wrapped line to the text before it (the rule every reader of the form shares). */
export const joinWrapped = joinWrappedLine;

/** All lines of a cell as one text (titles, reasons, results). */
export function joinLines(lines: TextLine[]): string {
  return lines.reduce((text, line) => joinWrapped(text, line.text.trim()), '');
}
