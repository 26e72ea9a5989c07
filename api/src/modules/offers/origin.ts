/**
 * The origin of `near` and `distanceKm(from:)` for one request. A school is read through the policy
 * as Query.school(id) would be (its own school, its advisor, admin; otherwise NOT_FOUND or
 * FORBIDDEN), once per request however many offers measure from it.
 */
import type { Context } from '../../context.ts';
import { authorize } from '../../shared/policy.ts';
import { authorizedSchoolFor } from '../schools/operations/authorized-school.ts';
import { checkOrigin, resolveOrigin, type Origin, type OriginInput } from './near.ts';

const perRequest = new WeakMap<Context, Map<string, Promise<Origin>>>();

export function originOf(input: OriginInput, field: string, context: Context): Promise<Origin> {
  checkOrigin(input, field);
  let memo = perRequest.get(context);
  if (!memo) perRequest.set(context, (memo = new Map()));
  const key = input.schoolId ? `school:${input.schoolId}` : `point:${input.latitude},${input.longitude}`;
  let origin = memo.get(key);
  if (!origin) {
    origin = (async () => {
      const catalogue = await context.services.catalogue.get(context.locale);
      const actor = await context.actor();
      // The role first, so a caller who may not read schools cannot tell an existing one from a missing one.
      if (input.schoolId) authorize(actor, 'Query.school', undefined, context.logger);
      return resolveOrigin(input, catalogue, (schoolId) =>
        authorizedSchoolFor(context.participation.store, actor, 'Query.school', schoolId, context.logger),
      );
    })();
    memo.set(key, origin);
  }
  return origin;
}
