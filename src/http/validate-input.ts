/**
 * Turns zod failures into the one AppError (INVALID_INPUT) with the offending field named, and checks the
 * open-valued filters (ministry, topic) against what the corpus actually holds.
 */
import type { z } from 'zod';
import { AppError } from '../domain/errors';
import type { Facets } from '../query/types';

/** Parses `input` with `schema`, or throws INVALID_INPUT naming the first offending field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // zod reports at least one issue with every failure; should one come without, the input is still refused.
  if (issue === undefined) throw new AppError('INVALID_INPUT', 'invalid input', {});
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? '');
  const message = issue.code === 'unrecognized_keys' ? `unknown parameter '${field}'` : issue.message;
  throw new AppError('INVALID_INPUT', message, field ? { field } : {});
}

/** Filters whose values are open text: a value the corpus does not hold is a typo, reported as such. */
const OPEN_VALUED_FILTERS = ['ministry', 'topic'] as const;

/** Throws INVALID_INPUT when a ministry or topic filter names a value the corpus does not hold. */
export function checkKnownValues(filters: { ministry?: string[]; topic?: string[] }, corpusFacets: Facets): void {
  for (const name of OPEN_VALUED_FILTERS) {
    const given = filters[name] ?? [];
    if (given.length === 0) continue;
    const unknown = given.find((value) => !corpusFacets[name].some((f) => f.value === value));
    if (unknown !== undefined) {
      throw new AppError('INVALID_INPUT', `unknown ${name} '${unknown}'`, { field: name });
    }
  }
}
