import type { LearningCommunityPageQuery } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import Markdown from 'react-markdown';
import { Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import type { Viewer } from '../../../lib/viewer.ts';
import { useMembership } from '../api/knowledge.ts';
import { Fact } from './fact.tsx';
import { KnowledgeList } from './knowledge-list.tsx';
import { MemberList } from './member-list.tsx';

export type CommunityDetail = NonNullable<LearningCommunityPageQuery['learningCommunity']>;

/** Join or leave: only members and moderators with a profile; the answer says where the caller stands now. */
function Membership({ community, viewer }: { community: CommunityDetail; viewer: Viewer }) {
  const { t } = useI18n();
  const membership = useMembership(community.id);
  const memberId = viewer.member?.id;
  const listed = Boolean(memberId && community.members?.some((m) => m.id === memberId));
  const joined = membership.data ? membership.data.joined : listed;
  return (
    <div className="portal-actions">
      {membership.data && <Notice>{membership.data.joined ? t('community.joined') : t('community.left')}</Notice>}
      {membership.isError && <Notice kind="error">{describeError(membership.error, t)}</Notice>}
      <Button
        appearance={joined ? 'secondary-action-button' : 'primary-action-button'}
        busy={membership.isPending}
        onClick={() => membership.mutate(!joined)}
      >
        {joined ? t('community.leave') : t('community.join')}
      </Button>
    </div>
  );
}

/** A learning community: what it works on, its meetings, its members (signed-in members only) and its knowledge. */
export function CommunityView({
  community,
  viewer,
  labels,
}: {
  community: CommunityDetail;
  viewer: Viewer | undefined;
  labels: ReadonlyMap<string, string> | undefined;
}) {
  const { t, language } = useI18n();
  const canJoin = (viewer?.role === 'MEMBER' || viewer?.role === 'MODERATOR') && Boolean(viewer.member);
  const knowledge = community.knowledgeItems.edges.map((e) => e.node);
  return (
    <article className="portal-offer">
      <h1 className="utrecht-heading-1">{community.title}</h1>
      <p className="utrecht-paragraph">
        {community.statusLabel} ·{' '}
        {community.memberCount === 1 ? t('communities.memberCountOne') : t('communities.memberCount', { count: community.memberCount })}
      </p>
      {canJoin && viewer && <Membership community={community} viewer={viewer} />}

      <h2 className="utrecht-heading-2">{t('community.works')}</h2>
      <dl className="utrecht-data-list portal-facts">
        <Fact term={t('community.question')}>{community.question}</Fact>
        <Fact term={t('community.goal')}>{community.goal ?? t('community.noGoal')}</Fact>
        <Fact term={t('community.status')}>{community.statusLabel}</Fact>
        {community.themes.length > 0 && (
          <Fact term={t('knowledge.themes')}>{community.themes.map((c) => labels?.get(c) ?? c).join(', ')}</Fact>
        )}
        {community.disciplines.length > 0 && (
          <Fact term={t('knowledge.disciplines')}>{community.disciplines.map((c) => labels?.get(c) ?? c).join(', ')}</Fact>
        )}
        {community.sectors.length > 0 && (
          <Fact term={t('knowledge.sectors')}>{community.sectors.map((c) => labels?.get(c) ?? c).join(', ')}</Fact>
        )}
        {community.regions.length > 0 && <Fact term={t('community.regions')}>{community.regions.map((r) => r.name).join(', ')}</Fact>}
        {community.moderators.length > 0 && <Fact term={t('community.moderators')}>{community.moderators.join(', ')}</Fact>}
        {community.project && <Fact term={t('community.project')}>{community.project.title}</Fact>}
      </dl>
      {community.summary && <p className="utrecht-paragraph utrecht-paragraph--lead">{community.summary}</p>}
      {community.description && (
        <div className="utrecht-rich-text portal-offer__description">
          <Markdown>{community.description}</Markdown>
        </div>
      )}

      <h2 className="utrecht-heading-2">{t('community.meetings')}</h2>
      {community.meetings.length === 0 ? (
        <p className="utrecht-paragraph">{t('community.noMeetings')}</p>
      ) : (
        <ul className="portal-plain-list" data-testid="meetings">
          {community.meetings.map((m, i) => (
            <li key={`${m.date}-${i}`}>
              <h3 className="utrecht-heading-3">{formatDate(m.date, language)}</h3>
              <p className="utrecht-paragraph">
                {[m.online ? t('community.online') : undefined, m.place ? `${t('community.place')}: ${m.place}` : undefined]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {m.report && (
                <div className="utrecht-rich-text">
                  <p className="utrecht-paragraph">
                    <strong>{t('community.report')}</strong>
                  </p>
                  <Markdown>{m.report}</Markdown>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 className="utrecht-heading-2">{t('community.members')}</h2>
      {community.members === null || community.members === undefined ? (
        <p className="utrecht-paragraph" data-testid="members-hidden">
          {t('community.membersHidden')}
        </p>
      ) : community.members.length === 0 ? (
        <p className="utrecht-paragraph">{t('community.noMembers')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('community.membersHint')}</p>
          <MemberList members={community.members} label={t('community.members')} />
        </>
      )}

      <h2 className="utrecht-heading-2">{t('community.knowledge')}</h2>
      {knowledge.length === 0 ? (
        <p className="utrecht-paragraph">{t('community.noKnowledge')}</p>
      ) : (
        <KnowledgeList items={knowledge} labels={labels} label={t('community.knowledge')} />
      )}
    </article>
  );
}
