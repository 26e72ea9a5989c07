import { RequestBookingDocument, type RequestBookingInput } from '@cmk/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../lib/api-client.tsx';

/** Sent once per click; the form's idempotency key makes a second click or a retry return the same booking. */
export function useRequestBooking() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBookingInput) => api.request(RequestBookingDocument, { input }).then((d) => d.requestBooking.booking),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
