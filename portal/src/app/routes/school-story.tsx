import { useParams } from 'react-router-dom';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { SchoolStory } from '../../features/school-story/components/school-story.tsx';

/** A school's story: for the school itself, the advisor of its region and admin (the API answers NOT_FOUND to anyone else). */
export default function SchoolStoryRoute() {
  const { schoolId = '' } = useParams();
  return (
    <RequireRole role={['SCHOOL', 'ADVISOR', 'ADMIN']}>
      {(viewer) => <SchoolStory schoolId={schoolId} canRecordTalks={viewer.role !== 'SCHOOL'} />}
    </RequireRole>
  );
}
