/** Inputs of the booking operations, shaped like the GraphQL inputs so resolvers pass them on. */
import { z } from 'zod/v3';
import { CANCELLATION_REASONS, dateSchema, schoolIdSchema, schoolYearSchema } from '../../domain/vocabulary.ts';

const id = z.string().trim().min(1).max(128);

export const bookingGroupInput = z.object({
  grade: z.number().int().min(1).max(8),
  pupils: z.number().int().min(1).max(500),
  teacher: z.string().trim().min(1).max(200).optional(),
});

export const requestBookingInput = z.object({
  offerId: id,
  schoolId: schoolIdSchema,
  schoolYear: schoolYearSchema.optional(),
  groups: z.array(bookingGroupInput).min(1).max(30),
  preferredDates: z.array(dateSchema).max(20).optional(),
  blockedDates: z.array(dateSchema).max(50).optional(),
  sessionId: z.string().trim().min(1).max(64).optional(),
  note: z.string().trim().max(2000).optional(),
  idempotencyKey: z.string().trim().min(1).max(200),
});
export type RequestBookingInput = z.input<typeof requestBookingInput>;

export const bookingIdInput = z.object({ id });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 09:30.');
export const confirmBookingInput = z
  .object({ id, agreedDate: dateSchema.optional(), agreedStartTime: hhmm.optional(), agreedEndTime: hhmm.optional() })
  .refine((v) => (v.agreedStartTime === undefined) === (v.agreedEndTime === undefined), {
    message: 'Give both agreedStartTime and agreedEndTime, or neither.',
    path: ['agreedEndTime'],
  })
  .refine((v) => v.agreedDate !== undefined || v.agreedStartTime === undefined, {
    message: 'Times need an agreedDate.',
    path: ['agreedDate'],
  })
  .refine((v) => !v.agreedStartTime || !v.agreedEndTime || v.agreedEndTime > v.agreedStartTime, {
    message: 'agreedEndTime must be after agreedStartTime.',
    path: ['agreedEndTime'],
  });
export type ConfirmBookingInput = z.input<typeof confirmBookingInput>;
export const declineBookingInput = z.object({ id, reason: z.string().trim().min(1).max(2000) });
export const cancelBookingInput = z.object({ id, reason: z.enum(CANCELLATION_REASONS), note: z.string().trim().max(2000).optional() });
export const markBookingHeldInput = z.object({
  id,
  pupilsReached: z.number().int().min(0).max(5000),
  heldOn: dateSchema,
  groupsReached: z.number().int().min(1).max(100).optional(),
});
export const evaluateBookingInput = z.object({
  id,
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(4000).optional(),
});

export type DeclineBookingInput = z.input<typeof declineBookingInput>;
export type CancelBookingInput = z.input<typeof cancelBookingInput>;
export type MarkBookingHeldInput = z.input<typeof markBookingHeldInput>;
export type EvaluateBookingInput = z.input<typeof evaluateBookingInput>;
