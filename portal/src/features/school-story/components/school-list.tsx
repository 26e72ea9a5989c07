import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TextField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useAdvisorSchools } from '../api/school-story.ts';

/** The advisor's way in: the schools of its region, each with its story and a new ambition talk. */
export function SchoolList() {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [text, setText] = useState('');
  const schools = useAdvisorSchools(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };
  const nodes = schools.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  return (
    <>
      <form role="search" onSubmit={submit} className="portal-filters__text">
        <TextField label={t('schools.search')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" appearance="secondary-action-button">
          {t('schools.submit')}
        </Button>
      </form>
      {schools.isPending ? (
        <Loading />
      ) : schools.isError ? (
        <ErrorState error={schools.error} onRetry={() => void schools.refetch()} />
      ) : nodes.length === 0 ? (
        <EmptyState title={t('schools.empty')} />
      ) : (
        <>
          <p className="utrecht-paragraph" role="status">
            {t('schools.count', { count: schools.data.pages[0]!.totalCount })}
          </p>
          <ul className="portal-plain-list">
            {nodes.map((school) => (
              <li key={school.id} className="portal-card" data-school={school.id}>
                <h2 className="utrecht-heading-3 portal-card__title">{school.name}</h2>
                <p className="utrecht-paragraph">
                  {school.place} · {school.sectorLabel}
                </p>
                <p className="utrecht-paragraph portal-actions">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/scholen/${school.id}`}>
                    {t('schools.story', { name: school.name })}
                  </Link>
                  <Link className="utrecht-link utrecht-link--html-a" to={`/scholen/${school.id}/ambitiegesprek/nieuw`}>
                    {t('schools.newTalk', { name: school.name })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
          {schools.hasNextPage && (
            <Button appearance="secondary-action-button" busy={schools.isFetchingNextPage} onClick={() => void schools.fetchNextPage()}>
              {t('schools.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
