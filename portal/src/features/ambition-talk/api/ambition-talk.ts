import { isCmkError, RecordAmbitionTalkDocument, SchoolStoryDocument, type AmbitionTalkInput, type SchoolStoryQuery } from '@cmk/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export type TalkSchool = NonNullable<SchoolStoryQuery['school']>;
export type Talk = NonNullable<TalkSchool['ambitionTalks']>[number];

/** The school with its talks (final and, for advisors, drafts), its Evi results and bookings: what the form shows beside it. */
export function useTalkSchool(schoolId: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['school-story', ...scope, schoolId],
    // Someone else's school answers NOT_FOUND: the page says it does not exist, as for a wrong address.
    queryFn: () =>
      api.request(SchoolStoryDocument, { schoolId }).then(
        (d) => d.school ?? null,
        (error: unknown) => {
          if (isCmkError(error, 'NOT_FOUND')) return null;
          throw error;
        },
      ),
  });
}

export function useRecordAmbitionTalk() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AmbitionTalkInput) => api.request(RecordAmbitionTalkDocument, { input }).then((d) => d.recordAmbitionTalk),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['school-story'] }),
  });
}
