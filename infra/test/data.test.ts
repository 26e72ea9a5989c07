import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { tableDefinitions, type TableDefinition } from '@cmk/api/table-definition';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';

const tableOf = (template: Template, definition: TableDefinition) => {
  const match = resourcesOfType(template, 'AWS::DynamoDB::Table').find(([, props]) =>
    String(props.TableName).endsWith(`-${definition.id}`),
  );
  if (!match) throw new Error(`no table for ${definition.id}`);
  return match;
};

describe('data stack', () => {
  let prod: SynthResult;
  let dev: SynthResult;
  beforeAll(() => {
    prod = synthStage('prod');
    dev = synthStage('dev');
  });

  describe.each(tableDefinitions)('the $id table', (definition) => {
    it('has the keys, indexes and TTL of the shared definition', () => {
      const [, props] = tableOf(prod.template(prod.stacks.data), definition);
      expect(props.TableName).toBe(`cmk-prod-${definition.id}`);
      expect(props.KeySchema).toEqual([
        { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
      ]);
      const gsis = (props.GlobalSecondaryIndexes as any[]).map((gsi) => ({
        indexName: gsi.IndexName,
        partitionKey: { name: gsi.KeySchema[0].AttributeName, type: 'S' },
        sortKey: { name: gsi.KeySchema[1].AttributeName, type: 'S' },
        keyTypes: gsi.KeySchema.map((k: any) => k.KeyType),
        projection: gsi.Projection.ProjectionType,
      }));
      expect(gsis).toEqual(
        definition.globalSecondaryIndexes.map((index) => ({
          ...index,
          keyTypes: ['HASH', 'RANGE'],
          projection: 'ALL',
        })),
      );
      const keyNames = [
        definition.partitionKey,
        definition.sortKey,
        ...definition.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      const expectedAttributes = new Map(keyNames.map((k) => [k.name, k.type]));
      expect(new Map((props.AttributeDefinitions as any[]).map((a) => [a.AttributeName, a.AttributeType]))).toEqual(expectedAttributes);
      expect(props.TimeToLiveSpecification).toEqual({
        AttributeName: definition.timeToLiveAttribute,
        Enabled: true,
      });
    });

    it('is on demand, encrypted, with PITR and deletion protection in prod, and retained on stack deletion', () => {
      const template = prod.template(prod.stacks.data);
      const [logicalId, props] = tableOf(template, definition);
      expect(props.BillingMode).toBe('PAY_PER_REQUEST');
      expect(props.SSESpecification).toEqual({ SSEEnabled: true });
      expect(props.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(props.DeletionProtectionEnabled).toBe(true);
      const resource = template.toJSON().Resources[logicalId];
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.UpdateReplacePolicy).toBe('Retain');
    });

    it('may be destroyed in dev, still with PITR', () => {
      const template = dev.template(dev.stacks.data);
      const [logicalId, props] = tableOf(template, definition);
      expect(props.TableName).toBe(`cmk-dev-${definition.id}`);
      expect(props.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(props.DeletionProtectionEnabled).toBe(false);
      expect(template.toJSON().Resources[logicalId].DeletionPolicy).toBe('Delete');
    });
  });

  it('holds exactly the tables of the shared definition', () => {
    const names = resourcesOfType(prod.template(prod.stacks.data), 'AWS::DynamoDB::Table').map(([, p]) => p.TableName);
    expect(names.sort()).toEqual(tableDefinitions.map((d) => `cmk-prod-${d.id}`).sort());
  });
});
