import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StageName } from '../lib/config.ts';
import { acknowledgements, synthStage, type SynthResult } from './synth.ts';

interface ReportedViolation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath?: string }[];
}

/** The findings cdk-nag 3 reported through CDK's policy validation (cloud assembly's validation-report.json). */
function reportedFindings(result: SynthResult): string[] {
  const report = JSON.parse(readFileSync(join(result.assembly.directory, 'validation-report.json'), 'utf8'));
  return (report.pluginReports as { pluginName: string; violations: ReportedViolation[] }[])
    .filter((plugin) => plugin.pluginName === 'AwsSolutions')
    .flatMap((plugin) =>
      plugin.violations.map((v) => `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`),
    );
}

describe.each<StageName>(['dev', 'prod'])('cdk-nag AwsSolutions, %s stage', (stage) => {
  let result: SynthResult | undefined;
  let synthError: unknown;
  beforeAll(() => {
    try {
      result = synthStage(stage);
    } catch (error) {
      // cdk-nag errors stop synthesis; the message carries the full report.
      synthError = error;
    }
  });

  it('synthesises with no unacknowledged finding (errors or warnings)', () => {
    expect(synthError instanceof Error ? synthError.message : synthError).toBeUndefined();
    expect(reportedFindings(result!)).toEqual([]);
  });

  it('finds nothing when the pack is run directly over the synthesised tree', () => {
    const report = new AwsSolutionsChecks().validateScope(result!.app);
    const findings = report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('gives every acknowledgement a reason', () => {
    // Only ours: aws-cdk-lib acknowledges a few of its own CloudFormation-Validate warnings.
    const acks = acknowledgements(result!.app).filter((ack) => ack.id.includes('AwsSolutions-'));
    expect(acks.length).toBeGreaterThan(10);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^(Annotation::)?AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.trim().length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('the nag check itself', () => {
  it('reports a finding that nobody acknowledged, and stops reporting it once acknowledged', () => {
    const app = new App();
    const stack = new Stack(app, 'Probe');
    const bucket = new Bucket(stack, 'Careless');
    const before = new AwsSolutionsChecks().validateScope(app);
    expect(before.violations.map((v) => v.ruleName)).toContain('AwsSolutions-S10');

    Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S10', reason: 'probe: proves acknowledgements are honoured' });
    const after = new AwsSolutionsChecks().validateScope(app);
    expect(after.violations.map((v) => v.ruleName)).not.toContain('AwsSolutions-S10');
  });
});
