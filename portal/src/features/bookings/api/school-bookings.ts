import { CancelBookingDocument, EvaluateBookingDocument, SchoolBookingsDocument, type CancellationReason } from '@cmk/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export function useSchoolBookings(schoolId: string, schoolYear: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['school-bookings', ...scope, schoolId, schoolYear],
    queryFn: () => api.request(SchoolBookingsDocument, { schoolId, schoolYear }).then((d) => d.school),
  });
}

export function useCancelBooking() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason: CancellationReason; note?: string }) =>
      api.request(CancelBookingDocument, v).then((d) => d.cancelBooking.booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['school-bookings'] }),
  });
}

export function useEvaluateBooking() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; rating: number; comment?: string }) =>
      api.request(EvaluateBookingDocument, v).then((d) => d.evaluateBooking.booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['school-bookings'] }),
  });
}
