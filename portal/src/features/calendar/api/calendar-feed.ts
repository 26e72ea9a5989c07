import { CalendarFeedDocument, CreateCalendarFeedDocument, RevokeCalendarFeedDocument } from '@cmk/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export function useCalendarFeed(schoolId: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['calendar-feed', ...scope, schoolId],
    queryFn: () => api.request(CalendarFeedDocument, { schoolId }).then((d) => d.school?.calendarFeed ?? null),
  });
}

export function useCreateCalendarFeed() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (schoolId: string) => api.request(CreateCalendarFeedDocument, { schoolId }).then((d) => d.createCalendarFeed),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (schoolId: string) => api.request(RevokeCalendarFeedDocument, { schoolId }).then((d) => d.revokeCalendarFeed),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
