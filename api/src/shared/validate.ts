import type { z } from 'zod/v3';
import { UserFacingError } from './errors.ts';

/** Parses an operation's input; a bad value becomes BAD_USER_INPUT naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new UserFacingError('BAD_USER_INPUT', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), { issues });
}
