/**
 * A row's content cells → reason (B), statements (C), results (D) and metrics, decided by what each cell holds.
 */
import type { Metric, Status } from '../domain/types';
import { isMetricText, parseMetric } from './metric';
import type { KnownColumns } from './row-cells';
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
 * Splits content cells into columns B (reason), C (statements) and D (results). A cell with tags, paragraph
 * markup or metrics is C, what stands before it is B, and after it only more tags or metrics are C, the rest D.
 * Without such a cell, plain cells follow the column order: B, C, D for 実施未定 (the reason comes first),
 * C, D otherwise.
 */
function assignColumns(contents: string[], status: Status | null): { b: string[]; c: string[]; d: string[] } {
  const first = contents.findIndex(isStatementCell);
  if (first < 0) {
    const reasonFirst = status === '実施未定';
    const c = reasonFirst ? contents.slice(1, 2) : contents.slice(0, 1);
    return { b: reasonFirst ? contents.slice(0, 1) : [], c, d: contents.slice(reasonFirst ? 2 : 1) };
  }
  const columns = { b: contents.slice(0, first), c: [contents[first]!], d: [] as string[] }; // first is findIndex's hit
  for (const cell of contents.slice(first + 1)) {
    if (/【(継続|新規|拡充)】/u.test(cell) || isMetricText(cell)) columns.c.push(cell);
    else columns.d.push(cell);
  }
  return columns;
}

/**
 * Reads a row's content cells into reason, statements, metrics and results. With `known` columns (a PDF's or
 * workbook's geometry), B and D are taken as given and each C paragraph is read as a block of its own.
 */
export function readRowContent(contents: string[], status: Status | null, known?: KnownColumns): RowContent {
  if (known) {
    const content: RowContent = {
      reason: join(known.reason ? [known.reason] : []),
      results: join(known.results ? [known.results] : []),
      statements: [],
      metrics: [],
    };
    known.statements.forEach((paragraph) => readColumnC(paragraph, content));
    return content;
  }
  const { b, c, d } = assignColumns(contents, status);
  const content: RowContent = { reason: join(b), results: join(d), statements: [], metrics: [] };
  c.forEach((cell) => readColumnC(cell, content));
  return content;
}
