import type { MemberCardFragment } from '@cmk/client';
import { useI18n } from '../../../lib/i18n.tsx';

/** Members as cards: name, role, organisation, region, what they know and want to learn. */
export function MemberList({ members, label }: { members: readonly MemberCardFragment[]; label: string }) {
  const { t } = useI18n();
  return (
    <ul className="portal-results" aria-label={label}>
      {members.map((m) => (
        <li key={m.id} className="portal-card" data-member={m.id}>
          <h3 className="utrecht-heading-3 portal-card__title">{m.name}</h3>
          <p className="utrecht-paragraph portal-card__partner">
            {[m.roleLabel, m.organisation, m.region?.name].filter(Boolean).join(' · ')}
          </p>
          {m.expertise.length > 0 && (
            <p className="utrecht-paragraph">
              <strong>{t('colleagues.knows')}:</strong> {m.expertise.join(', ')}
            </p>
          )}
          {m.wantsToLearn.length > 0 && (
            <p className="utrecht-paragraph">
              <strong>{t('colleagues.learns')}:</strong> {m.wantsToLearn.join(', ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
