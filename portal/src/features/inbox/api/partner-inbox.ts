import {
  ConfirmBookingDocument,
  DeclineBookingDocument,
  MarkBookingHeldDocument,
  PartnerBookingsDocument,
  type BookingStatus,
} from '@cmk/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

/** The partner's offers with their figures and the bookings of those offers, by status. */
export function usePartnerInbox(partnerId: string, status: BookingStatus | undefined) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['partner-inbox', ...scope, partnerId, status ?? 'ALL'],
    queryFn: () => api.request(PartnerBookingsDocument, { partnerId, first: 100, ...(status ? { status } : {}) }).then((d) => d.partner),
  });
}

function useInboxMutation<V>(run: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner-inbox'] }) });
}

export function useConfirmBooking() {
  const api = useApi();
  return useInboxMutation((v: { id: string }) => api.request(ConfirmBookingDocument, v));
}

export function useDeclineBooking() {
  const api = useApi();
  return useInboxMutation((v: { id: string; reason: string }) => api.request(DeclineBookingDocument, v));
}

export function useMarkBookingHeld() {
  const api = useApi();
  return useInboxMutation((v: { id: string; pupilsReached: number; heldOn: string }) => api.request(MarkBookingHeldDocument, v));
}
