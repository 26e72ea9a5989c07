import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { ActivityHeld, Booking, BookingGroup, Cancellation } from './Booking.ts';
import { cancelBooking } from './Mutation/cancelBooking.ts';
import { confirmBooking } from './Mutation/confirmBooking.ts';
import { declineBooking } from './Mutation/declineBooking.ts';
import { evaluateBooking } from './Mutation/evaluateBooking.ts';
import { markBookingHeld } from './Mutation/markBookingHeld.ts';
import { requestBooking } from './Mutation/requestBooking.ts';
import { Offer } from './Offer.ts';
import { Partner } from './Partner.ts';
import { booking } from './Query/booking.ts';

export const bookingResolvers: Resolvers = {
  Query: { booking },
  Mutation: { requestBooking, confirmBooking, declineBooking, cancelBooking, markBookingHeld, evaluateBooking },
  Booking,
  BookingGroup,
  Cancellation,
  ActivityHeld,
  Partner,
  Offer,
};
