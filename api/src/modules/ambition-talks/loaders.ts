import DataLoader from 'dataloader';
import type { AmbitionTalkRecord } from '../../domain/records.ts';
import { toAmbitionTalk } from '../../sources/dynamodb/items.ts';
import { queryIndex } from '../../sources/dynamodb/query.ts';
import type { Table } from '../../sources/dynamodb/store.ts';

export interface AmbitionTalkLoaders {
  /** A school's ambition talks, oldest first. */
  readonly ambitionTalksBySchool: DataLoader<string, AmbitionTalkRecord[]>;
}

export function createAmbitionTalkLoaders(store: Table): AmbitionTalkLoaders {
  return {
    ambitionTalksBySchool: new DataLoader((ids) =>
      Promise.all(ids.map(async (id) => (await queryIndex(store, null, `SCHOOL#${id}`, 'AMBITION#')).map(toAmbitionTalk))),
    ),
  };
}
