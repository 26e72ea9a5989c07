import type { MemberFilter, ProfessionalRole } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SelectField, TextField } from '../../components/ui/form.tsx';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../components/ui/states.tsx';
import { describeError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Viewer } from '../../lib/viewer.ts';
import { useColleagues, useSetFindable } from '../../features/knowledge/api/knowledge.ts';
import { MemberList } from '../../features/knowledge/components/member-list.tsx';
import { useRegions } from '../../features/search/api/get-offers.ts';

const ROLES: readonly ProfessionalRole[] = [
  'ICC_COORDINATOR',
  'ARTS_TEACHER',
  'CULTURAL_PARTNER',
  'CIVIL_SERVANT',
  'HEAD_TEACHER',
  'ADVISOR',
  'ARTIST',
];
const FIELDS = { expertise: 'expertise', wantsToLearn: 'leren', text: 'q', role: 'rol', region: 'regio' } as const;

function filterOf(params: URLSearchParams): MemberFilter {
  const filter: MemberFilter = {};
  const expertise = params.get(FIELDS.expertise)?.trim();
  if (expertise) filter.expertise = [expertise];
  const learn = params.get(FIELDS.wantsToLearn)?.trim();
  if (learn) filter.wantsToLearn = [learn];
  const text = params.get(FIELDS.text)?.trim();
  if (text) filter.text = text;
  const role = params.get(FIELDS.role);
  if (role && (ROLES as readonly string[]).includes(role)) filter.role = role as ProfessionalRole;
  const region = params.get(FIELDS.region);
  if (region) filter.regionId = region;
  return filter;
}

/** The caller's own consent: shown, and switched, here where it matters. */
function Findable({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const setFindable = useSetFindable();
  const findable = setFindable.data?.findable ?? viewer.member?.findable;
  if (!viewer.member) return null;
  return (
    <div className="portal-actions">
      <p className="utrecht-paragraph">{findable ? t('colleagues.findable') : t('colleagues.notFindable')}</p>
      <Button appearance="secondary-action-button" busy={setFindable.isPending} onClick={() => setFindable.mutate(!findable)}>
        {findable ? t('colleagues.makeHidden') : t('colleagues.makeFindable')}
      </Button>
      {setFindable.isError && <Notice kind="error">{describeError(setFindable.error, t)}</Notice>}
    </div>
  );
}

function Colleagues({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const found = useColleagues(filter);
  const everyone = useColleagues({});
  const regions = useRegions();
  const [form, setForm] = useState({ expertise: '', wantsToLearn: '', text: '' });
  useEffect(
    () =>
      setForm({
        expertise: params.get(FIELDS.expertise) ?? '',
        wantsToLearn: params.get(FIELDS.wantsToLearn) ?? '',
        text: params.get(FIELDS.text) ?? '',
      }),
    [params],
  );
  const set = (next: URLSearchParams, name: string, value: string) => {
    if (value.trim()) next.set(name, value.trim());
    else next.delete(name);
    return next;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    set(next, FIELDS.expertise, form.expertise);
    set(next, FIELDS.wantsToLearn, form.wantsToLearn);
    set(next, FIELDS.text, form.text);
    setParams(next);
  };
  // The tags members named most, as suggestions for the expertise field.
  const tags = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { node } of everyone.data?.edges ?? []) for (const tag of node.expertise) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  }, [everyone.data]);
  const members = found.data?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <Findable viewer={viewer} />
      <div className="portal-search__layout">
        <aside className="portal-search__filters">
          <form className="portal-filters" role="search" aria-label={t('colleagues.title')} onSubmit={submit}>
            <TextField
              label={t('colleagues.expertise')}
              description={t('colleagues.expertiseHint')}
              name={FIELDS.expertise}
              list="expertise-tags"
              value={form.expertise}
              onChange={(e) => setForm({ ...form, expertise: e.target.value })}
            />
            <datalist id="expertise-tags">
              {tags.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <TextField
              label={t('colleagues.wantsToLearn')}
              name={FIELDS.wantsToLearn}
              value={form.wantsToLearn}
              onChange={(e) => setForm({ ...form, wantsToLearn: e.target.value })}
            />
            <TextField
              label={t('colleagues.text')}
              type="search"
              name={FIELDS.text}
              value={form.text}
              onChange={(e) => setForm({ ...form, text: e.target.value })}
            />
            <SelectField
              label={t('colleagues.role')}
              name={FIELDS.role}
              value={params.get(FIELDS.role) ?? ''}
              onChange={(e) => setParams(set(new URLSearchParams(params), FIELDS.role, e.target.value))}
            >
              <option value="">{t('colleagues.anyRole')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('colleagues.region')}
              name={FIELDS.region}
              value={params.get(FIELDS.region) ?? ''}
              onChange={(e) => setParams(set(new URLSearchParams(params), FIELDS.region, e.target.value))}
            >
              <option value="">{t('colleagues.anyRegion')}</option>
              {(regions.data ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </SelectField>
            <div className="portal-actions">
              <Button type="submit" appearance="primary-action-button">
                {t('colleagues.submit')}
              </Button>
              {[...params.keys()].length > 0 && (
                <Button appearance="secondary-action-button" onClick={() => setParams(new URLSearchParams())}>
                  {t('colleagues.clear')}
                </Button>
              )}
            </div>
          </form>
          {tags.length > 0 && (
            <section aria-labelledby="tag-suggestions">
              <h2 id="tag-suggestions" className="utrecht-heading-3">
                {t('colleagues.suggestions')}
              </h2>
              <ul className="portal-plain-list">
                {tags.slice(0, 12).map((tag) => (
                  <li key={tag}>
                    <Button appearance="subtle-button" onClick={() => setParams(set(new URLSearchParams(params), FIELDS.expertise, tag))}>
                      {tag}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
        <section className="portal-search__results" aria-labelledby="colleague-count">
          <h2 id="colleague-count" className="utrecht-heading-2" aria-live="polite" data-testid="colleague-count">
            {found.data
              ? found.data.totalCount === 1
                ? t('colleagues.countOne')
                : t('colleagues.count', { count: found.data.totalCount })
              : ''}
          </h2>
          {found.isPending && <Loading />}
          {found.isError && <ErrorState error={found.error} onRetry={() => void found.refetch()} />}
          {found.data && members.length === 0 && <EmptyState title={t('colleagues.empty')} hint={t('colleagues.emptyHint')} />}
          {members.length > 0 && <MemberList members={members} label={t('colleagues.title')} />}
        </section>
      </div>
    </>
  );
}

export default function ColleaguesRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('colleagues.title')}</h1>
      <p className="utrecht-paragraph">{t('colleagues.intro')}</p>
      <RequireRole role={['MEMBER', 'MODERATOR', 'ADMIN']}>{(viewer) => <Colleagues viewer={viewer} />}</RequireRole>
    </>
  );
}
