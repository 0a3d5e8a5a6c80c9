/**
 * A string as a literal in a regular expression: 「テスト省」, 「R4年度(見込み)」 and a file name with dots match only
 * themselves. One place for the pattern every stage that builds a RegExp from data needs.
 * @example new RegExp(`${escapeRegExp('1.5%')}$`).test('約1.5%') // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
