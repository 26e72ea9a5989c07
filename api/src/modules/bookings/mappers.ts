import type { BookingChangeRecord, BookingGroup, BookingRecord } from '../../domain/records.ts';

export type BookingMapper = BookingRecord;
/** A group carries its booking, so the policy can decide who reads the teacher's name. */
export type BookingGroupMapper = BookingGroup & { readonly booking: BookingRecord };
export type CancellationMapper = NonNullable<BookingRecord['cancellation']>;
export type ActivityHeldMapper = NonNullable<BookingRecord['activity']>;
export interface BookingPayloadMapper {
  readonly booking: BookingRecord;
}
export interface BookingConnectionMapper {
  readonly edges: { cursor: string; node: BookingRecord }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly totalCount: number;
}
export type BookingChangeMapper = BookingChangeRecord;
