/**
 * Sub-categories of target rows (【本省課室長相当職】, 【係長相当職(本省)】, 【総合職】): which ones a question names, and
 * whether a matched row has them. A row that lacks the one named must not answer with its other label: the report
 * does not give that figure.
 */
import type { MetricEntry, SearchEngine } from '../query/types';
import { normalizeForMatch } from './relevance';

/** A label as matched: whole (係長相当職本省) and without its parenthesised qualifier (係長相当職). */
interface LabelForm {
  forms: [string, ...string[]];
}

const labelsByEngine = new WeakMap<SearchEngine, LabelForm[]>();

/** The forms a label is named by: whole (係長相当職本省) and without its parenthesised qualifier (係長相当職). */
export function labelForms(label: string): string[] {
  const whole = normalizeForMatch(label);
  const core = normalizeForMatch(label.normalize('NFKC').replace(/\([^)]*\)/g, ''));
  return [...new Set([whole, core])].filter((form) => form.length >= 2);
}

/** Every label the engine's target rows print, longest first (so a label inside a longer one is not named twice). */
function knownLabels(engine: SearchEngine): LabelForm[] {
  const cached = labelsByEngine.get(engine);
  if (cached) return cached;
  const labels = [...new Set(engine.metrics().flatMap((e) => (e.metric.label ? [e.metric.label] : [])))]
    .map((label) => ({ forms: labelForms(label) }))
    .filter((label): label is LabelForm => label.forms.length > 0)
    .sort((a, b) => b.forms[0].length - a.forms[0].length);
  labelsByEngine.set(engine, labels);
  return labels;
}

/** The labels a question names, each by the form it was found in (whole or without its qualifier). */
export function namedLabels(engine: SearchEngine, question: string): string[] {
  let rest = normalizeForMatch(question);
  const named: string[] = [];
  for (const label of knownLabels(engine)) {
    const form = label.forms.find((f) => rest.includes(f));
    if (form === undefined) continue;
    named.push(form);
    rest = rest.split(form).join('　');
  }
  return named;
}

/**
 * Whether a row (all its entries of one report) lacks a label the question names: no label, title or printed text
 * of the row holds it. 「政府全体の目標」 in a row's text holds 全体.
 */
export function lacksNamedLabel(named: string[], row: MetricEntry[]): boolean {
  if (named.length === 0) return false;
  const text = normalizeForMatch(row.map((e) => `${e.rowTitle}${e.metric.label ?? ''}${e.metric.text}`).join(''));
  return named.some((form) => !text.includes(form));
}

/** The entries of the same row of the same report as `entry`. */
export function rowOf(entries: MetricEntry[], entry: MetricEntry): MetricEntry[] {
  return entries.filter((e) => e.rowTitle === entry.rowTitle && e.ministry === entry.ministry && e.fiscalYear === entry.fiscalYear);
}
