/**
 * What goes into each cell of the form for one parsed row: title (with its variant on a second line), status,
 * and column C as one line per statement. Kept apart from the workbook layout so the three layouts write the same text.
 */

/** A row variant such as 「(独自実施のもの)」 at the end of a title. */
const VARIANT = /[(（][^()（）]{2,40}[)）]$/u;

/** Splits a title into its base and variant (null when it has none). */
export function splitVariant(title) {
  const match = VARIANT.exec(title);
  if (!match || match.index === 0) return { base: title, variant: null };
  return { base: title.slice(0, match.index), variant: match[0] };
}

/**
 * A title's variant counts only when a neighbouring row of the same item and sub-item shares the base: the forms'
 * variant rows come in pairs (独自実施 / 派遣), while 「…の計画的な育成（配置、研修、個別の育成方針の策定等）」 is
 * simply a title that ends in brackets.
 */
function isVariantRow(rows, index) {
  const { base, variant } = splitVariant(rows[index].title);
  if (variant === null) return false;
  const sameRow = (other) => other && other.section === rows[index].section && other.item === rows[index].item && other.sub === rows[index].sub;
  return [rows[index - 1], rows[index + 1]].some((other) => sameRow(other) && splitVariant(other.title).base === base);
}

/** The title cell: the base and its variant on two lines, or only the variant under a row with the same base. */
export function titleCell(rows, index) {
  const row = rows[index];
  if (!isVariantRow(rows, index)) return row.title;
  const { base, variant } = splitVariant(row.title);
  const previous = rows[index - 1];
  if (previous && previous.item === row.item && previous.sub === row.sub && splitVariant(previous.title).base === base) {
    return variant;
  }
  return `${base}\n${variant}`;
}

/** Column A as the forms print it: 実施 / 実施未定, 「－」 on a metric row, else empty. */
export function statusCell(row) {
  if (row.status) return row.status;
  return row.metrics.length > 0 ? '－' : '';
}

/**
 * One line of column C. A tag or a bracket label goes in front as 【…】; an untagged line after the first gets the
 * bullet 「・」 the printed lists carry, because in a PDF nothing else tells a new paragraph from a wrapped line
 * (the parser drops a leading bullet, so the statement reads the same).
 */
export function statementLine(statement, position) {
  const { tag, label, text } = statement;
  if (tag) return `【${tag}】${text}`;
  if (label && !text.startsWith(`${label}：`) && !text.startsWith(`${label}:`)) return `【${label}】${text}`;
  return position > 0 ? `・${text}` : text;
}

/** Column C: one line per statement, joined by line breaks inside the cell. */
export function statementsCell(row) {
  return row.statements.map(statementLine).join('\n');
}

/** The cells of one body row, by column name. */
export function rowCells(rows, index) {
  const row = rows[index];
  return {
    section: row.section,
    number: row.sub === null && row.item !== null ? row.item : '',
    group: row.subGroup ?? '',
    kana: row.sub ?? '',
    title: titleCell(rows, index),
    status: statusCell(row),
    reason: row.reason ?? '',
    actions: statementsCell(row),
    results: row.results ?? '',
  };
}

const escapeHtml = (text) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Checks that column C, read back the way the TXT parser reads a cell (each line a paragraph), gives the row's
 * statements again; throws naming the row when it does not.
 */
export function checkStatementsRoundTrip(row, statementsModule, where) {
  const lines = statementsCell(row)
    .split('\n')
    .filter((line) => line.length > 0);
  const drafts =
    row.metrics.length > 0
      ? lines.map((line) => statementsModule.readEntry(line, { leadLabels: false }))
      : statementsModule.splitStatements(lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
  const key = (s) => `${s.tag ?? ''}|${s.label ?? ''}|${s.text}`;
  const want = row.statements.map(key);
  const got = drafts.map(key);
  if (want.join('\n') !== got.join('\n')) {
    throw new Error(
      `${where}: column C does not read back as the same statements:\n  want ${want.join('\n       ')}\n  got  ${got.join('\n       ')}`,
    );
  }
}
