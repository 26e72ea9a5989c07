import { isCmkError, AdvisorSchoolsDocument, SchoolStoryDocument, type SchoolStoryQuery } from '@cmk/client';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export type StorySchool = NonNullable<SchoolStoryQuery['school']>;

/** One school with every school year of its story (null when it does not exist or is not the caller's). */
export function useSchoolStory(schoolId: string) {
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

/** The schools the advisor may open, a page of 50 at a time. */
export function useAdvisorSchools(text: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useInfiniteQuery({
    queryKey: ['advisor-schools', ...scope, text],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api
        .request(AdvisorSchoolsDocument, { first: 50, ...(pageParam ? { after: pageParam } : {}), ...(text ? { text } : {}) })
        .then((d) => d.schools),
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });
}
