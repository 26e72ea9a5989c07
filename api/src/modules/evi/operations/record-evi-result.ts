import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../../../context.ts';
import { stripKeys } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { transactWrite, type TransactItem } from '../../../sources/dynamodb/transact.ts';
import { canSeeSchool, notFound, requireRole } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { counterUpdate } from '../../reports/reach-counters.ts';
import { loadSchool } from '../../schools/operations/get-school.ts';
import { eviResultInput, type EviResultInput, type EviResultRecord } from '../inputs.ts';

/**
 * Records a school's Evi result for a school year (a second one for the same year replaces it).
 * The scenario-spread counters move in the same transaction, conditioned on the revision we read,
 * so concurrent or repeated recordings count each school once per pillar.
 */
export async function recordEviResult(deps: ParticipationDeps, viewer: Viewer, raw: EviResultInput): Promise<EviResultRecord> {
  const input = parseInput(eviResultInput, raw);
  requireRole(viewer, ['SCHOOL', 'ADVISOR', 'ADMIN'], 'record an Evi result');
  const { store } = deps;
  const school = await loadSchool(store, input.schoolId);
  if (!school || !(await canSeeSchool(deps, viewer, school))) throw notFound('School', input.schoolId);
  const key = keys.eviResult(school.id, input.schoolYear);

  for (let attempt = 0; attempt < 10; attempt++) {
    const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
    const previous = Item ? stripKeys<EviResultRecord>(Item) : undefined;
    const record: EviResultRecord = {
      ...input,
      municipalityCode: school.municipalityCode,
      revision: (previous?.revision ?? 0) + 1,
      recordedAt: nowOf(store).toISOString(),
    };
    const deltas = new Map<string, Record<string, number>>();
    const add = (pillar: string, scenario: number, delta: number) => {
      const d = deltas.get(pillar) ?? {};
      d[`s${scenario}`] = (d[`s${scenario}`] ?? 0) + delta;
      deltas.set(pillar, d);
    };
    for (const p of previous?.pillars ?? []) add(p.pillar, p.scenario, -1);
    for (const p of record.pillars) add(p.pillar, p.scenario, 1);
    const counters: TransactItem[] = [...deltas]
      .filter(([, d]) => Object.values(d).some(Boolean))
      .map(([pillar, d]) =>
        counterUpdate(store.tableName, keys.reachEvi(input.schoolYear, school.municipalityCode, pillar), d, {
          type: 'ReachEvi',
          schoolYear: input.schoolYear,
          municipalityCode: school.municipalityCode,
          pillar,
        }),
      );
    const result = await transactWrite(store, [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...key, ...indexKeys.eviResult(input.schoolYear, school.municipalityCode, school.id), type: 'EviResult', ...record },
          ConditionExpression: previous ? 'revision = :rev' : 'attribute_not_exists(pk)',
          ...(previous ? { ExpressionAttributeValues: { ':rev': previous.revision } } : {}),
        },
      },
      ...counters,
    ]);
    if (result.ok) return record;
    // Someone recorded in between: read again and move the counters from what is there now.
  }
  throw new Error(`Evi result for ${school.id} kept conflicting`);
}
