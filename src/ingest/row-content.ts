/**
 * A row's content cells → reason (B), statements (C), results (D) and metrics, decided by what each cell holds.
 */
import type { Metric, Status } from '../domain/types';
import { isMetricText, parseMetric } from './metric';
import { splitStatements, type StatementDraft } from './statements';
import { cleanCell, splitBlocks } from './text';

export interface RowContent {
  reason: string | null;
  results: string | null;
  statements: StatementDraft[];
  metrics: Metric[];
}

/** A cell that is column C for sure: it carries change tags, block markup or metrics. */
function isStatementCell(cell: string): boolean {
  return /【[^】]+】/u.test(cell) || /<(p|li)\b/iu.test(cell) || isMetricText(cell);
}

/** Column C → statements and metrics; a metric's printed text is also a statement so search finds it. */
function readColumnC(cell: string, content: RowContent): void {
  for (const block of splitBlocks(cell)) {
    if (isMetricText(block)) {
      for (const paragraph of block.split(/(?=【[^】]{1,40}】\s*目標)/u)) {
        if (!isMetricText(paragraph)) continue;
        const metric = parseMetric(paragraph);
        content.metrics.push(metric);
        content.statements.push({ tag: null, label: metric.label, text: metric.text });
      }
    } else content.statements.push(...splitStatements(block));
  }
}

function join(texts: string[]): string | null {
  const cleaned = texts.map(cleanCell).filter((t) => t.length > 0);
  return cleaned.length > 0 ? cleaned.join(' ') : null;
}

/**
 * Assigns content cells to columns. Plain text before the first statement cell is the reason when the
 * status is 実施未定 (or there are statements after it); plain text after the statements is the results.
 * A row marked 実施 whose only cell is plain text reads it as an untagged statement.
 */
export function readRowContent(contents: string[], status: Status | null): RowContent {
  const content: RowContent = { reason: null, results: null, statements: [], metrics: [] };
  const firstC = contents.findIndex(isStatementCell);
  let before = firstC >= 0 ? contents.slice(0, firstC) : contents;
  const after = firstC >= 0 ? contents.slice(firstC + 1) : [];
  let statementCells = firstC >= 0 ? [contents[firstC]] : [];
  if (firstC < 0 && status !== '実施未定' && before.length > 0) {
    statementCells = [before[0]];
    before = [];
    after.push(...contents.slice(1));
  }
  const results: string[] = [];
  // After column C, only a cell with change tags or metrics is more of C; anything else is D, markup or not.
  for (const cell of after) {
    if (/【(継続|新規|拡充)】/u.test(cell) || isMetricText(cell)) statementCells.push(cell);
    else results.push(cell);
  }
  if (firstC < 0 && status === '実施未定') {
    content.reason = join(before.slice(0, 1));
    results.unshift(...before.slice(1));
  } else content.reason = join(before);
  statementCells.forEach((cell) => readColumnC(cell, content));
  content.results = join(results);
  return content;
}
