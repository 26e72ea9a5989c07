import type { EviResultRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { toEviResult } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { getItem } from '../../../sources/dynamodb/query.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { transactWrite, type TransactItem } from '../../../sources/dynamodb/transact.ts';
import { counterUpdate } from '../../reports/reach-counters.ts';
import { authorizedSchoolFor } from '../../schools/operations/authorized-school.ts';
import { eviResultInput, type EviResultInput } from '../inputs.ts';

/**
 * Records a school's Evi result for a school year (a second one for the same year replaces it).
 * The scenario-spread counters move in the same transaction, conditioned on the revision we read,
 * so concurrent or repeated recordings count each school once per pillar.
 */
export async function recordEviResult(deps: ParticipationDeps, actor: Actor, raw: EviResultInput): Promise<EviResultRecord> {
  authorize(actor, 'Mutation.recordEviResult', undefined, deps.logger);
  const { store } = deps;
  const school = await authorizedSchoolFor(store, actor, 'Mutation.recordEviResult', raw.schoolId, deps.logger);
  const input = parseInput(eviResultInput, raw);
  const key = keys.eviResult(school.id, input.schoolYear);

  for (let attempt = 0; attempt < 10; attempt++) {
    const item = await getItem(store, key, { consistent: true });
    const previous = item ? toEviResult(item) : undefined;
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
