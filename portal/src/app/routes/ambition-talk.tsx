import { useLocation, useParams } from 'react-router-dom';
import type { AmbitionTalkStatus } from '@cmk/client';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { ErrorState, Loading, Notice } from '../../components/ui/states.tsx';
import { useTalkSchool } from '../../features/ambition-talk/api/ambition-talk.ts';
import { AmbitionTalkForm } from '../../features/ambition-talk/components/ambition-talk-form.tsx';
import { AmbitionTalkView } from '../../features/ambition-talk/components/ambition-talk-view.tsx';
import { emptyForm, formOf, schoolTypeOf } from '../../features/ambition-talk/talk-form.ts';
import type { Viewer } from '../../lib/viewer.ts';
import { formatDate, useI18n } from '../../lib/i18n.tsx';

const today = () => new Date().toISOString().slice(0, 10);

function TalkPage({ viewer }: { viewer: Viewer }) {
  const { t, language } = useI18n();
  const { schoolId = '', date = 'nieuw' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: AmbitionTalkStatus } | null)?.saved;
  const query = useTalkSchool(schoolId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const school = query.data;
  if (!school) return <Notice kind="warning">{t('talk.notFound')}</Notice>;
  const advisor = viewer.role !== 'SCHOOL';

  if (date === 'nieuw') {
    if (!advisor) return <Notice kind="warning">{t('signIn.wrongRole')}</Notice>;
    const initial = emptyForm({
      date: today(),
      place: school.place,
      schoolType: schoolTypeOf(school.sector),
      advisorId: (school.participations ?? []).at(-1)?.advisorId ?? '',
    });
    return (
      <>
        <h1 id="talk-title" className="utrecht-heading-1">
          {t('talk.titleNew', { name: school.name })}
        </h1>
        <p className="utrecht-paragraph">{t('talk.intro')}</p>
        <AmbitionTalkForm key="new" school={school} initial={initial} />
      </>
    );
  }

  const final = (school.ambitionTalks ?? []).find((x) => x.date === date);
  const draft = advisor ? (school.ambitionTalkDrafts ?? []).find((x) => x.date === date) : undefined;
  const talk = final ?? draft;
  // Just saved: the list is being read again and may not hold the new talk yet.
  if (!talk && query.isFetching) return <Loading />;
  if (!talk) return <Notice kind="warning">{t('talk.notFound')}</Notice>;
  return (
    <>
      <h1 id="talk-title" className="utrecht-heading-1">
        {t('talk.titleOf', { name: school.name, date: formatDate(talk.date, language) })}
      </h1>
      {advisor ? (
        <AmbitionTalkForm
          key={talk.date}
          school={school}
          initial={formOf(talk)}
          savedStatus={talk.status}
          {...(saved ? { savedNotice: saved } : {})}
        />
      ) : (
        <AmbitionTalkView talk={talk} schoolName={school.name} />
      )}
    </>
  );
}

/** A new talk (advisors), or a saved one: advisors edit it, the school reads its own final talks. */
export default function AmbitionTalkRoute() {
  return <RequireRole role={['SCHOOL', 'ADVISOR', 'ADMIN']}>{(viewer) => <TalkPage viewer={viewer} />}</RequireRole>;
}
