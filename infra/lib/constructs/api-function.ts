import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { GRAPHQL_BUNDLE_ALIASES } from '../graphql-bundle.ts';

export interface ApiFunctionProps {
  /** Absolute path of the TypeScript entry that exports `handler`. */
  readonly entry: string;
  /** The monorepo root: esbuild resolves workspace packages from here, the lockfile sits here. */
  readonly projectRoot: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /**
   * Packages installed beside the bundle instead of bundled: large ones only some requests load
   * (with a dynamic import), and ones that read their own files at run time (pdfkit's font metrics).
   */
  readonly nodeModules?: readonly string[];
}

/**
 * The one place that decides how API code runs on Lambda: Node 22 on arm64 (Graviton is cheaper
 * per ms), ESM bundled and minified by the local esbuild (no Docker), source maps on so stack
 * traces point at TypeScript, a log group with retention, and a role that may write only to
 * that log group. Access to tables and secrets is granted by the stack, per function.
 */
export class ApiFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: LogGroup;
  public readonly role: Role;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs go to this log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot.replace(/\/$/, '')}/package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      // Source maps only help if Node reads them. NODE_ENV=production: graphql-js otherwise checks
      // every type test for a second copy of itself (a development aid that costs each request).
      environment: { NODE_OPTIONS: '--enable-source-maps', NODE_ENV: 'production', ...props.environment },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        // UTF-8 output instead of \u escapes: smaller, and Node reads sources as UTF-8 anyway.
        // (Passed as an argument: this aws-cdk-lib version ignores the typed `charset` option.)
        esbuildArgs: {
          '--charset': 'utf8',
          // The stubs and single copies of Apollo and graphql-js (lib/graphql-bundle.ts).
          ...Object.fromEntries(Object.entries(GRAPHQL_BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, to])),
        },
        sourceMap: true,
        mainFields: ['module', 'main'],
        // The Node 22 runtime ships AWS SDK v3; bundling it again would only add cold-start weight.
        externalModules: ['@aws-sdk/*'],
        ...(props.nodeModules?.length ? { nodeModules: [...props.nodeModules] } : {}),
        // Some CommonJS dependencies call require() for Node built-ins inside the ESM bundle.
        banner: "import { createRequire as __cmkCreateRequire } from 'node:module'; const require = __cmkCreateRequire(import.meta.url);",
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is the project runtime on purpose: the same major the API is developed and tested with (tsconfig target, esbuild target node22); moving to a newer runtime is a deliberate upgrade, not a drift.',
    });
  }
}
