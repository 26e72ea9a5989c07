import { App, Validations, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { addCmkStacks, addNagChecks, appContext, type CmkStacks } from '../lib/cmk-app.ts';
import { stageConfig, type StageName } from '../lib/config.ts';
import { repoRoot } from '../lib/paths.ts';

export interface SynthOptions {
  /** Stack ids whose Lambda code esbuild really bundles; none by default (fast, no asset output). */
  readonly bundleStacks?: readonly string[];
}

export interface SynthResult {
  readonly app: App;
  readonly stacks: CmkStacks;
  readonly assembly: CloudAssembly;
  readonly template: (stack: Stack) => Template;
}

/**
 * Builds and synthesises one stage exactly as bin/app.ts does (same context flags, same cdk-nag
 * plugin). Synthesis is slow: call it once per test file, in beforeAll.
 */
export function synthStage(stage: StageName, options: SynthOptions = {}): SynthResult {
  const app = new App({
    context: {
      ...appContext,
      stage,
      'aws:cdk:bundling-stacks': [...(options.bundleStacks ?? [])],
      'aws:cdk:enable-asset-metadata': true,
    },
  });
  const stacks = addCmkStacks(app, stageConfig(stage), repoRoot);
  addNagChecks(app);
  const assembly = app.synth();
  const templates = new Map<Stack, Template>();
  return {
    app,
    stacks,
    assembly,
    template: (stack) => {
      let template = templates.get(stack);
      if (!template) {
        template = Template.fromJSON(assembly.getStackByName(stack.stackName).template);
        templates.set(stack, template);
      }
      return template;
    },
  };
}

/** Every `Validations.of(x).acknowledge(...)` in the tree: the rule id, its reason and where it was made. */
export function acknowledgements(app: App): { id: string; reason: string; path: string }[] {
  const found: { id: string; reason: string; path: string }[] = [];
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, unknown>)) {
        found.push({ id, reason: String(reason ?? ''), path: construct.node.path });
      }
    }
  }
  return found;
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** Resources of a type as [logicalId, properties] pairs. */
export function resourcesOfType(template: Template, type: string): [string, Record<string, any>][] {
  return Object.entries(template.findResources(type) as Resources).map(([id, r]) => [id, r.Properties ?? {}]);
}
