import type { KnowledgeKind, ProfessionalRole } from '../../domain/content.ts';

/** A member profile, as stored in DynamoDB (personal data: only for signed-in members). */
export interface MemberRecord {
  readonly id: string;
  readonly name: string;
  readonly role: ProfessionalRole;
  readonly organisation?: string;
  readonly regionId?: string;
  readonly expertise: readonly string[];
  readonly wantsToLearn: readonly string[];
  /** Consent to be findable by other members. */
  readonly findable: boolean;
  readonly updatedAt: string;
}

export type ProposalStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/** A member's proposal for a knowledge item, in DynamoDB until a moderator decides. */
export interface ProposalRecord {
  readonly id: string;
  readonly proposerId: string;
  readonly title: string;
  readonly kind: KnowledgeKind;
  readonly summary: string;
  readonly body?: string;
  readonly themes: readonly string[];
  readonly disciplines: readonly string[];
  readonly sectors: readonly string[];
  readonly communityId?: string;
  readonly links: readonly { readonly label: string; readonly url: string }[];
  readonly status: ProposalStatus;
  readonly proposedAt: string;
  readonly decidedAt?: string;
  readonly knowledgeItemId?: string;
  readonly rejectionReason?: string;
}

export type MemberMapper = MemberRecord;
export type KnowledgeProposalMapper = ProposalRecord;
