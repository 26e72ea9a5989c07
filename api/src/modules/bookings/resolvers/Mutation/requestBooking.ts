import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorize, subjects } from '../../../../shared/policy.ts';
import { normalizeSchoolId, remember, withoutNulls } from '../../../participation/resolve.ts';
import { requestBooking as request } from '../../operations/request-booking.ts';

/** A school books for itself (admin for any school); the operation checks input, capacity and the one booking per year. */
export const requestBooking: NonNullable<MutationResolvers['requestBooking']> = async (_parent, { input }, context) => {
  const actor = await context.actor();
  authorize(actor, 'Mutation.requestBooking', undefined, context.logger);
  const schoolId = normalizeSchoolId(input.schoolId);
  const school = await context.loaders.schools.load(schoolId);
  // An unknown school is checked like a known one, so "not yours" and "does not exist" answer alike.
  authorize(
    actor,
    'Mutation.requestBooking',
    school ? subjects.school(school) : subjects.school({ id: schoolId, municipalityCode: '' }),
    context.logger,
  );
  const booking = await request(context.participation, context.viewer, withoutNulls(input));
  context.logger.info('booking requested', { status: booking.status });
  return remember(context, booking);
};
