import { z } from 'zod';

const schema = z.object({
  STAGE: z.enum(['local', 'test', 'dev', 'prod']).default('local'),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  CONTENT_TABLE: z.string().min(3).default('cmk-local-content'),
  PARTICIPATION_TABLE: z.string().min(3).default('cmk-local-participation'),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
});

export type Env = z.infer<typeof schema> & {
  /** Local and test stages get the explorer page, introspection and field suggestions. */
  readonly isLocal: boolean;
};

/** Parses the settings once; a bad value stops the process with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid API configuration:\n${problems}`);
  }
  return { ...result.data, isLocal: result.data.STAGE === 'local' || result.data.STAGE === 'test' };
}
