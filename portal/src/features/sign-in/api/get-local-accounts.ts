import { useQuery } from '@tanstack/react-query';

export interface LocalAccount {
  readonly id: string;
  readonly name: string;
  readonly detail?: string;
}

export interface LocalAccounts {
  readonly schools: readonly LocalAccount[];
  readonly partners: readonly LocalAccount[];
  readonly advisors: readonly LocalAccount[];
  readonly admins: readonly LocalAccount[];
  readonly members: readonly LocalAccount[];
  readonly moderators: readonly LocalAccount[];
}

/** The seeded schools, partners, regions and member profiles the local portal server offers to sign in as (local stage only). */
export function useLocalAccounts(enabled: boolean) {
  return useQuery({
    queryKey: ['local-accounts'],
    enabled,
    queryFn: async (): Promise<LocalAccounts> => {
      const response = await fetch('/local/accounts');
      const body = (await response.json()) as LocalAccounts & { error?: string };
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
      return body;
    },
  });
}
