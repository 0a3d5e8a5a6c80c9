/**
 * Every input the web service accepts, validated with zod at the edge. A schema and its type share a name.
 * API schemas are strict (an unknown parameter is a 400 naming it, so a typo such as `ministy=` is not silently
 * ignored); page schemas drop unknown parameters, so a shared link with tracking parameters still opens.
 */
import { z } from 'zod';
import { SECTIONS, STATUSES, TAGS } from '../domain/types';

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 100;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_OFFSET = 100_000;
const MAX_VALUES_PER_FACET = 50;

/** A form sends an empty field as ""; treat it as absent so that defaults apply. */
const blankAsAbsent = (value: unknown): unknown => (value === '' ? undefined : value);

/** A query parameter that may repeat (`?tag=新規&tag=拡充`) read as an array. */
function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Array.isArray(value) ? value : [value]),
    z
      .array(item)
      .max(MAX_VALUES_PER_FACET, { error: `at most ${MAX_VALUES_PER_FACET} values` })
      .optional(),
  );
}

function integerText(name: string, min: number, max: number) {
  return z
    .string({ error: `${name} must be given once, as a whole number` })
    .regex(/^\d{1,7}$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `${name} must be at least ${min}` })
        .max(max, { error: `${name} must be at most ${max}` }),
    );
}

const queryText = z
  .string({ error: 'q must be given once, as text' })
  .max(MAX_QUERY_LENGTH, { error: `q must be at most ${MAX_QUERY_LENGTH} characters` })
  .transform((q) => q.trim());

const booleanText = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

/** The sort orders a user can pick; `year` is the short form of `year-desc`. */
export const SORT_VALUES = ['relevance', 'year-desc', 'year-asc', 'year'] as const;

const searchShape = {
  q: z.preprocess((v) => (v === undefined ? '' : v), queryText),
  section: repeated(z.enum(SECTIONS, { error: `section must be one of ${SECTIONS.join(', ')}` })),
  item: repeated(integerText('item', 1, 99)),
  tag: repeated(z.enum([...TAGS, 'none'], { error: `tag must be one of ${TAGS.join(', ')}, none` })),
  ministry: repeated(z.string().min(1).max(50, { error: 'ministry is too long' })),
  year: repeated(integerText('year', 1989, 2100)),
  status: repeated(z.enum([...STATUSES, 'none'], { error: `status must be one of ${STATUSES.join(', ')}, none` })),
  topic: repeated(z.string().min(1).max(50, { error: 'topic is too long' })),
  sort: z.preprocess(
    blankAsAbsent,
    z
      .enum(SORT_VALUES, { error: `sort must be one of ${SORT_VALUES.join(', ')}` })
      .transform((s) => (s === 'year' ? 'year-desc' : s))
      .default('relevance'),
  ),
  limit: z.preprocess(blankAsAbsent, integerText('limit', 1, MAX_LIMIT).default(DEFAULT_PAGE_SIZE)),
  offset: z.preprocess(blankAsAbsent, integerText('offset', 0, MAX_OFFSET).default(0)),
  /** typed=1: the words as typed, without the spelling fix a query that finds little gets. */
  typed: z.preprocess(blankAsAbsent, booleanText.default(false)),
};

/** GET /api/search and /api/search.csv. */
export const SearchQuery = z.strictObject(searchShape);
export type SearchQuery = z.infer<typeof SearchQuery>;

/** GET / (the search page): the same parameters, unknown ones dropped. */
export const SearchPageQuery = z.object({
  ...searchShape,
  /** The query as typed, once the ministries and years it named became filters (shown once, with a link to search it as typed). */
  scoped: z.preprocess(blankAsAbsent, queryText.optional()),
});
export type SearchPageQuery = z.infer<typeof SearchPageQuery>;

/** An initiative id: 12 lowercase hex characters. */
export const InitiativeIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/, { error: 'id must be 12 lowercase hexadecimal characters' }),
});
export type InitiativeIdParams = z.infer<typeof InitiativeIdParams>;

/** A report id (GET /reports/:id): 12 lowercase hex characters from ministry and fiscal year. */
export const ReportIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/, { error: 'id must be 12 lowercase hexadecimal characters' }),
});
export type ReportIdParams = z.infer<typeof ReportIdParams>;

/** POST /admin/reports/preview: the fields beside the file (the file itself is checked by content). */
export const AdminUploadForm = z.object({
  csrf: z.string().max(200),
  token: z.string().max(500),
});
export type AdminUploadForm = z.infer<typeof AdminUploadForm>;

/** POST /admin/reports/confirm. */
export const AdminConfirmForm = z.object({
  csrf: z.string().max(200),
  staged: z.string().regex(/^[0-9a-f]{32}$/, { error: 'staged must be the id of a staged upload' }),
  ticket: z.string().max(100),
  replace: z.enum(['on', '1', 'true']).optional(),
});
export type AdminConfirmForm = z.infer<typeof AdminConfirmForm>;

/** GET /api/initiatives. */
export const ListQuery = z.strictObject({
  limit: z.preprocess(blankAsAbsent, integerText('limit', 1, MAX_LIMIT).default(MAX_LIMIT)),
  offset: z.preprocess(blankAsAbsent, integerText('offset', 0, MAX_OFFSET).default(0)),
});
export type ListQuery = z.infer<typeof ListQuery>;

/** GET /metrics: which page of the metric cards. */
export const MetricsPageQuery = z.strictObject({
  offset: z.preprocess(blankAsAbsent, integerText('offset', 0, MAX_OFFSET).default(0)),
});
export type MetricsPageQuery = z.infer<typeof MetricsPageQuery>;

/** GET /api/initiatives/:id/similar. */
export const SimilarQuery = z.strictObject({
  limit: z.preprocess(blankAsAbsent, integerText('limit', 1, MAX_LIMIT).default(10)),
  otherMinistries: z.preprocess(blankAsAbsent, booleanText.default(false)),
  otherYears: z.preprocess(blankAsAbsent, booleanText.default(false)),
});
export type SimilarQuery = z.infer<typeof SimilarQuery>;

/** A template item as `section:item` (働き方改革:4) or a bare item number (4). */
const templateItemText = z
  .string({ error: 'item must be given once' })
  .regex(/^(?:[^:]{1,40}:)?\d{1,2}$/, { error: 'item must be a number or section:number, e.g. 働き方改革:4' })
  .transform((text) => {
    const colon = text.lastIndexOf(':');
    return { section: colon < 0 ? undefined : text.slice(0, colon), item: Number(text.slice(colon + 1)) };
  })
  .refine((ref) => ref.section === undefined || (SECTIONS as readonly string[]).includes(ref.section), {
    error: `item's section must be one of ${SECTIONS.join(', ')}`,
  });

const compareShape = {
  item: z.preprocess(blankAsAbsent, templateItemText.optional()),
  q: z.preprocess(blankAsAbsent, queryText.optional()),
};

/** GET /api/compare: a template item, a query, or both. */
export const CompareQuery = z.strictObject(compareShape);
export type CompareQuery = z.infer<typeof CompareQuery>;

/** GET /compare: the same, both optional (the page then shows only the chooser). */
export const ComparePageQuery = z.object(compareShape);
export type ComparePageQuery = z.infer<typeof ComparePageQuery>;

/** GET /api/timeline: the search's query and filters (no sort or paging: it counts every result). */
export const TimelineQuery = SearchQuery.omit({ sort: true, limit: true, offset: true });
export type TimelineQuery = z.infer<typeof TimelineQuery>;

const questionText = queryText.pipe(z.string().min(1, { error: 'q (the question) must not be empty' }));

/** GET /api/ask. */
export const AskQuery = z.strictObject({ q: questionText });
export type AskQuery = z.infer<typeof AskQuery>;

/** GET /ask: the question is optional (no question shows the form). */
export const AskPageQuery = z.object({ q: z.preprocess(blankAsAbsent, questionText.optional()) });
export type AskPageQuery = z.infer<typeof AskPageQuery>;

/** Routes that take no parameters. */
export const NoQuery = z.strictObject({});
export type NoQuery = z.infer<typeof NoQuery>;
