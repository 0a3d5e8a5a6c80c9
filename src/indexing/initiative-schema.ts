/**
 * The shape of a stored Initiative, checked on every record when index/ is loaded: documents.json that is valid
 * JSON but wrong inside (a null record, a missing field, a number where text belongs) is refused, so the index is
 * rebuilt rather than served with swapped texts or 500s.
 */
import { z } from 'zod';
import { SECTIONS, STATUSES, TAGS, type Initiative as InitiativeType } from '../domain/types';

const Quantity = z.object({
  value: z.number(),
  unit: z.string(),
  period: z.string().nullable(),
  qualifier: z.string().nullable(),
  text: z.string(),
});

const Metric = z.object({
  label: z.string().nullable(),
  target: Quantity.nullable(),
  current: Quantity.nullable(),
  baseline: Quantity.nullable(),
  text: z.string(),
});

const lineRange = z.tuple([z.number().int(), z.number().int()]);

const Origin = z.object({
  lines: lineRange.optional(),
  pages: lineRange.optional(),
  sheet: z.string().optional(),
  cells: z.string().optional(),
});

/** One stored record; its type is the domain's Initiative (checked below). */
export const Initiative = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['statement', 'metric', 'reason', 'title']),
  ministry: z.string().min(1),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  section: z.enum(SECTIONS),
  item: z.number().int().nullable(),
  itemTitle: z.string().nullable(),
  sub: z.string().nullable(),
  subGroup: z.string().nullable(),
  rowTitle: z.string(),
  status: z.enum(STATUSES).nullable(),
  tag: z.enum(TAGS).nullable(),
  label: z.string().nullable(),
  text: z.string(),
  reason: z.string().nullable(),
  results: z.string().nullable(),
  metric: Metric.nullable(),
  rowKey: z.string().min(1),
  position: z.number().int().nonnegative(),
  order: z.number().int().nonnegative(),
  duplicateGroup: z.string().nullable(),
  source: z.string().min(1),
  reportId: z.string(),
  origin: Origin,
});
export type Initiative = z.infer<typeof Initiative>;

// Fails to compile when the domain type and the schema drift apart.
const sameShape: (value: Initiative) => InitiativeType = (value) => value;
void sameShape;

/** The topics stored beside the records: one list of topic names per record. */
export const TopicLists = z.array(z.array(z.string()));

/**
 * The first record that does not validate or repeats an earlier record's id, as
 * "initiatives[12].text: expected string", or null when all are good.
 */
export function findInvalidInitiative(records: unknown[]): string | null {
  const ids = new Set<string>();
  for (let index = 0; index < records.length; index += 1) {
    const parsed = Initiative.safeParse(records[index]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? `.${issue.path.join('.')}` : '';
      return `initiatives[${index}]${path}: ${issue?.message ?? 'invalid'}`;
    }
    if (ids.has(parsed.data.id)) return `initiatives[${index}].id: ${parsed.data.id} repeats an earlier record's id`;
    ids.add(parsed.data.id);
  }
  return null;
}
