import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { resourcesOfType, synthStage, type SynthResult } from './synth.ts';

describe('CMS stack', () => {
  let prod: SynthResult;
  let template: Template;
  beforeAll(() => {
    prod = synthStage('prod');
    template = prod.template(prod.stacks.cms);
  });

  it('keeps PostgreSQL private: not public, in isolated subnets, encrypted, multi-AZ and protected in prod', () => {
    const [[, db]] = resourcesOfType(template, 'AWS::RDS::DBInstance') as [[string, any]];
    expect(db.PubliclyAccessible).toBe(false);
    expect(db.StorageEncrypted).toBe(true);
    expect(db.MultiAZ).toBe(true);
    expect(db.DeletionProtection).toBe(true);
    expect(db.Engine).toBe('postgres');
    const [[, subnetGroup]] = resourcesOfType(template, 'AWS::RDS::DBSubnetGroup') as [[string, any]];
    const subnetIds = JSON.stringify(subnetGroup.SubnetIds);
    expect(subnetIds).toMatch(/dataSubnet/);
    expect(subnetIds).not.toMatch(/publicSubnet/);
    // Only the Strapi service may connect.
    const ingress = resourcesOfType(template, 'AWS::EC2::SecurityGroupIngress').filter(([, p]) =>
      JSON.stringify(p.GroupId).includes('Database'),
    );
    expect(ingress).toHaveLength(1);
    expect(JSON.stringify(ingress[0]![1].SourceSecurityGroupId)).toContain('StrapiService');
  });

  it('blocks public access to the uploads bucket and enforces TLS', () => {
    const uploads = resourcesOfType(template, 'AWS::S3::Bucket').find(([id]) => id.startsWith('UploadsBucket'));
    expect(uploads).toBeDefined();
    const [logicalId, props] = uploads!;
    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(props.BucketEncryption).toBeDefined();
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('checks Strapi health on /_health and deploys one task at a time', () => {
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
      HealthCheckPath: '/_health',
      Matcher: { HttpCode: '200-204' },
    });
    template.hasResourceProperties('AWS::ECS::Service', {
      LaunchType: 'FARGATE',
      DesiredCount: 1,
      DeploymentConfiguration: Match.objectLike({
        MinimumHealthyPercent: 100,
        MaximumPercent: 200,
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      }),
    });
  });

  it('injects every Strapi secret from Secrets Manager, none as plain environment', () => {
    const [[, taskDefinition]] = resourcesOfType(template, 'AWS::ECS::TaskDefinition') as [[string, any]];
    const [container] = taskDefinition.ContainerDefinitions;
    const secretNames = (container.Secrets as any[]).map((s) => s.Name).sort();
    expect(secretNames).toEqual(
      [
        'ADMIN_JWT_SECRET',
        'API_TOKEN_SALT',
        'APP_KEYS',
        'DATABASE_HOST',
        'DATABASE_NAME',
        'DATABASE_PASSWORD',
        'DATABASE_PORT',
        'DATABASE_USERNAME',
        'ENCRYPTION_KEY',
        'JWT_SECRET',
        'CMS_SYNC_SECRET',
        'CMS_ADMIN_PASSWORD',
        'TRANSFER_TOKEN_SALT',
      ].sort(),
    );
    const environment = Object.fromEntries((container.Environment as any[]).map((e) => [e.Name, e.Value]));
    for (const name of secretNames) expect(environment[name]).toBeUndefined();
    expect(environment).toMatchObject({ NODE_ENV: 'production', DATABASE_SSL: 'true' });
    expect(environment.UPLOADS_BUCKET).toBeDefined();
    // No access keys for S3: the task role is the credential.
    expect(Object.keys(environment).some((k) => /ACCESS_KEY|SECRET_KEY/.test(k))).toBe(false);
    expect(taskDefinition.RuntimePlatform).toEqual({ CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' });
  });

  it('takes the super admin from the deploy command and a generated secret, with no demo seed', () => {
    const [[, taskDefinition]] = resourcesOfType(template, 'AWS::ECS::TaskDefinition') as [[string, any]];
    const [container] = taskDefinition.ContainerDefinitions;
    const secret = (container.Secrets as any[]).find((s) => s.Name === 'CMS_ADMIN_PASSWORD');
    const secretId = secret.ValueFrom.Ref as string;
    const secrets = template.findResources('AWS::SecretsManager::Secret');
    expect(secrets[secretId]?.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 32, RequireEachIncludedType: true });
    expect(secrets[secretId]?.Properties.SecretString).toBeUndefined();

    const environment = Object.fromEntries((container.Environment as any[]).map((e) => [e.Name, e.Value]));
    expect(environment.CMS_SEED).toBe('lists');
    const parameterId = environment.CMS_ADMIN_EMAIL.Ref as string;
    const parameter = template.toJSON().Parameters[parameterId];
    expect(parameter).toMatchObject({ Type: 'String' });
    expect(parameter.Default).toBeUndefined();
    for (const name of ['CMS_EDITOR_EMAIL', 'CMS_EDITOR_PASSWORD', 'CMS_PARTNER_EMAIL', 'CMS_PARTNER_PASSWORD']) {
      expect(environment[name], name).toBeUndefined();
    }
  });

  it('puts no default login anywhere in any template of either stage', () => {
    const dev = synthStage('dev');
    for (const result of [prod, dev]) {
      for (const stack of result.assembly.stacks) {
        const text = JSON.stringify(stack.template);
        // The local logins of README.md: the Welkom-… passwords and the @cmk.local addresses.
        expect(text, stack.stackName).not.toMatch(/Welkom-|cmk\.local/i);
      }
    }
  });

  it('serves uploads through CloudFront with origin access control', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
      }),
    });
  });

  it('builds the image from cms/Dockerfile with a filtered repository-root context', () => {
    const assets = JSON.parse(readFileSync(join(prod.assembly.directory, `${prod.stacks.cms.stackName}.assets.json`), 'utf8'));
    const images = Object.values(assets.dockerImages) as any[];
    expect(images).toHaveLength(1);
    expect(images[0].source).toMatchObject({ dockerFile: 'cms/Dockerfile', platform: 'linux/arm64' });
    // Synth only staged the filtered context (no Docker needed): manifests and cms/, no node_modules.
    const context = join(prod.assembly.directory, images[0].source.directory);
    for (const file of ['package.json', 'package-lock.json', 'cms/Dockerfile', 'cms/package.json']) {
      expect(existsSync(join(context, file)), file).toBe(true);
    }
    for (const excluded of ['node_modules', 'cms/node_modules', 'infra/lib', 'api/src', '.git']) {
      expect(existsSync(join(context, excluded)), excluded).toBe(false);
    }
  });
});
