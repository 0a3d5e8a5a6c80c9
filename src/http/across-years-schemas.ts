/**
 * Inputs of the across-years routes (history, 今年度の変化, compare, targets), validated with zod at the edge.
 * As in schemas.ts: API schemas are strict (an unknown parameter is a 400 naming it), page schemas drop unknown ones.
 */
import { z } from 'zod';
import { CompareQuery as BaseCompareQuery, ComparePageQuery as BaseComparePageQuery } from './schemas';

const blankAsAbsent = (value: unknown): unknown => (value === '' ? undefined : value);

const ministryText = z
  .string({ error: (issue) => (issue.input === undefined ? 'ministry is required' : 'ministry must be given once, as text') })
  .min(1, { error: 'ministry must not be empty' })
  .max(50, { error: 'ministry is too long' });

const yearText = z
  .string({ error: (issue) => (issue.input === undefined ? 'year is required' : 'year must be given once, as a fiscal year such as 2021') })
  .regex(/^\d{4}$/, { error: 'year must be a fiscal year such as 2021' })
  .transform(Number)
  .pipe(z.number().int().min(1989, { error: 'year must be 1989 or later' }).max(2100, { error: 'year must be 2100 or earlier' }));

/** `?year=2021&year=2022` (or one value) as a list of years. */
const yearList = z.preprocess(
  (value) => (value === undefined || value === '' ? undefined : Array.isArray(value) ? value : [value]),
  z.array(yearText).max(20, { error: 'at most 20 years' }).optional(),
);

const indicatorText = z
  .string({ error: 'indicator must be given once, as text' })
  .min(1, { error: 'indicator must not be empty' })
  .max(120, { error: 'indicator is too long' });

/** GET /api/changes and /api/changes.csv: both required. */
export const ChangesQuery = z.strictObject({
  ministry: z.preprocess(blankAsAbsent, ministryText),
  year: z.preprocess(blankAsAbsent, yearText),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/** GET /changes: both optional (the page then offers the reports to choose from). */
export const ChangesPageQuery = z.object({
  ministry: z.preprocess(blankAsAbsent, ministryText.optional()),
  year: z.preprocess(blankAsAbsent, yearText.optional()),
});
export type ChangesPageQuery = z.infer<typeof ChangesPageQuery>;

/** A concept of the scheme (src/analysis/data/concepts.json) by id or label. */
const conceptText = z
  .string({ error: 'concept must be given once, as an id or a label' })
  .min(1, { error: 'concept must not be empty' })
  .max(60, { error: 'concept is too long' });

/** GET /api/compare: a template item, a query or a concept, and the years to show (all when absent). */
export const CompareQuery = BaseCompareQuery.extend({ year: yearList, concept: z.preprocess(blankAsAbsent, conceptText.optional()) });
export type CompareQuery = z.infer<typeof CompareQuery>;

/** GET /compare: the same, plus the one ministry to show (a phone shows one at a time). */
export const ComparePageQuery = BaseComparePageQuery.extend({
  year: yearList,
  concept: z.preprocess(blankAsAbsent, conceptText.optional()),
  ministry: z.preprocess(blankAsAbsent, ministryText.optional()),
});
export type ComparePageQuery = z.infer<typeof ComparePageQuery>;

/** GET /api/targets: an indicator, a ministry, or both. */
export const TargetsQuery = z
  .strictObject({
    indicator: z.preprocess(blankAsAbsent, indicatorText.optional()),
    ministry: z.preprocess(blankAsAbsent, ministryText.optional()),
  })
  .refine((q) => q.indicator !== undefined || q.ministry !== undefined, { error: 'give an indicator or a ministry', path: ['indicator'] });
export type TargetsQuery = z.infer<typeof TargetsQuery>;

/** GET /targets: both optional (the page then lists the indicators). */
export const TargetsPageQuery = z.object({
  indicator: z.preprocess(blankAsAbsent, indicatorText.optional()),
  ministry: z.preprocess(blankAsAbsent, ministryText.optional()),
});
export type TargetsPageQuery = z.infer<typeof TargetsPageQuery>;
