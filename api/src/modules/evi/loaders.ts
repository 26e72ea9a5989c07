import DataLoader from 'dataloader';
import type { EviResultRecord } from '../../domain/records.ts';
import { toEviResult } from '../../sources/dynamodb/items.ts';
import { queryIndex } from '../../sources/dynamodb/query.ts';
import type { Table } from '../../sources/dynamodb/store.ts';

export interface EviLoaders {
  /** A school's Evi results, oldest school year first. */
  readonly eviResultsBySchool: DataLoader<string, EviResultRecord[]>;
}

export function createEviLoaders(store: Table): EviLoaders {
  return {
    eviResultsBySchool: new DataLoader((ids) =>
      Promise.all(ids.map(async (id) => (await queryIndex(store, null, `SCHOOL#${id}`, 'EVI#')).map(toEviResult))),
    ),
  };
}
