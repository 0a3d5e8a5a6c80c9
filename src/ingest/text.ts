/**
 * Text clean-up for report cells: whitespace, HTML markup, and the comparison key used to find repeated paragraphs.
 * Report text is data: markup is parsed away here and never kept.
 */

/** Characters that are not ASCII letters/digits: spaces between two of them are PDF line-wrap artefacts. */
const WIDE = '[^\\x00-\\x7F]';
const SPACE_BETWEEN_WIDE = new RegExp(`(${WIDE}) +(?=${WIDE})`, 'gu');
const SPACE_AFTER_OPEN = /([(（「『【]) +/gu;
const SPACE_BEFORE_CLOSE = / +([)）」』】、。，．：:])/gu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the few HTML entities the extractor emits; unknown entities stay as printed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Collapses whitespace the way the printed page reads: runs become one space, and spaces the PDF put
 * between two Japanese characters (line wraps, vertical text) are removed. Nothing else changes.
 * @example normalizeWhitespace('女性 の中途採用\u3000 ') === '女性の中途採用'
 */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/[\s\u3000]+/gu, ' ')
    .trim()
    .replace(SPACE_BETWEEN_WIDE, '$1')
    .replace(SPACE_AFTER_OPEN, '$1')
    .replace(SPACE_BEFORE_CLOSE, '$1');
}

/** Removes every tag (inline ones such as <b> simply vanish) and decodes entities. */
export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/giu, ' ')
      .replace(/<\/?[a-z][^>]*>/giu, ' ')
      .replace(/<!--.*?-->/gsu, ' '),
  );
}

/** True when the cell holds markup the extractor kept from the source (block or inline tags). */
export function hasMarkup(text: string): boolean {
  return /<\/?(p|li|ul|ol|b|i|u|br|span|div|strong|em)\b[^>]*>/iu.test(text);
}

/** Cleans a single-valued cell (title, reason, results): markup removed, whitespace normalised. */
export function cleanCell(text: string): string {
  return normalizeWhitespace(stripTags(text));
}

/**
 * Splits a cell into its paragraphs: each <p> and each <li> is one block, text outside them is another.
 * A cell without block markup is one block.
 */
export function splitBlocks(cell: string): string[] {
  if (!/<\/?(p|li)\b/iu.test(cell)) return [cell];
  const marked = cell.replace(/<\/?(p|li|ul|ol|div)\b[^>]*>/giu, '\u0000');
  return marked
    .split('\u0000')
    .map(stripTags)
    .map(normalizeWhitespace)
    .filter((block) => block.length > 0);
}

/** A text as compared: width-folded (NFKC) so （ and ( and Ａ and A agree, whitespace removed. */
export function foldedKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/gu, '');
}

/**
 * Key under which two statements count as the same text (the change tag is not part of a statement's text):
 * the folded key, so 「（」 and 「(」 and stray spaces do not make two texts differ.
 */
export function duplicateKey(text: string): string {
  return foldedKey(text);
}

/**
 * Joins a line that a cell wrapped (by the printer or by hand) to the text before it: no space between Japanese
 * characters or inside a number; one between two latin words, since a latin line wraps at a space it then drops.
 * @example joinWrappedLine('業務の', '効率化') === '業務の効率化'; joinWrappedLine('Web', 'site') === 'Web site'
 */
export function joinWrappedLine(before: string, after: string): string {
  if (before.length === 0) return after;
  return /[A-Za-z]$/u.test(before) && /^[A-Za-z]/u.test(after) ? `${before} ${after}` : before + after;
}
