import type { SchoolRecord } from '../../sources/dynamodb/items.ts';

export type SchoolMapper = SchoolRecord;
