import { z } from 'zod/v3';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const identifier = z.string().regex(/^[A-Za-z0-9_.:/-]{1,256}$/, 'letters, digits and _ . : / - only');

const schema = z
  .object({
    STAGE: z.enum(['local', 'test', 'dev', 'prod']).default('local'),
    AWS_REGION: z.string().min(1).default('eu-west-1'),
    /** Set for DynamoDB Local; unset in AWS. */
    DYNAMODB_ENDPOINT: z.string().url().optional(),
    CONTENT_TABLE: z.string().min(3).default('cmk-local-content'),
    PARTICIPATION_TABLE: z.string().min(3).default('cmk-local-participation'),
    LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),

    // Access control (api/docs/access.md).
    /** The `iss` every token must carry. Local default `cmk-local`; in AWS the Cognito pool's issuer URL. */
    JWT_ISSUER: identifier.optional(),
    /** The `aud` of ID tokens (Cognito: the app client id; access tokens carry it as `client_id`). Local default `cmk-api`. */
    JWT_AUDIENCE: identifier.optional(),
    /** Remote JWKS (Cognito: `<issuer>/.well-known/jwks.json`). */
    JWKS_URL: z.string().url().optional(),
    /** Local/test only: a JWKS file; unset locally means `.data/keys/jwks.json`, made on first use. */
    LOCAL_JWKS_FILE: z.string().min(1).optional(),
    /** Alternative to JWT_ISSUER + JWKS_URL: both are derived from the pool id and AWS_REGION. */
    COGNITO_USER_POOL_ID: z
      .string()
      .regex(/^[a-z]{2}-[a-z]+-\d_[0-9A-Za-z]+$/, 'a Cognito user pool id such as eu-west-1_AbC123')
      .optional(),
    /** Signature algorithms accepted; anything else (and `none`) is refused. */
    JWT_ALGORITHMS: z
      .string()
      .default('RS256,ES256')
      .transform((value) => value.split(',').map((a) => a.trim()))
      .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'EdDSA'])).min(1)),
    /** Seconds of clock skew tolerated on `exp` and `nbf`. */
    JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
    /** Per partner API key: requests per second and per minute (fixed windows counted in DynamoDB). */
    API_KEY_RATE_PER_SECOND: positiveInt(10),
    API_KEY_RATE_PER_MINUTE: positiveInt(1000),
    /** Who must send trusted documents by hash (client/README.md): `off`, `partners` (API keys), `all`. Default: `partners` on dev/prod. */
    TRUSTED_DOCUMENTS: z.enum(['off', 'partners', 'all']).optional(),
    /** Memory for anonymous answers kept per process (shared/response-cache.ts), in MB; 0 switches the cache off. */
    /** Base of media URLs Strapi gives as paths (its local upload provider); unset where they are absolute (S3 behind the CDN). */
    MEDIA_BASE_URL: z.string().url().optional(),
    /** Public base of this API for calendar feed URLs; unset: the request's own host in AWS, http://localhost:$API_PORT locally. */
    CALENDAR_BASE_URL: z.string().url().optional(),
    /** The portal's base URL; when set, calendar events link to the school's bookings page there. */
    PORTAL_BASE_URL: z.string().url().optional(),
    /**
     * Where approveProposal publishes knowledge items: Strapi's base URL and its publish token (create
     * and publish knowledge items only), as a value (tests), a file (local stack) or a Secrets Manager
     * ARN (AWS). Unset: approveProposal answers INTERNAL_SERVER_ERROR.
     */
    STRAPI_URL: z.string().url().optional(),
    STRAPI_PUBLISH_TOKEN: z.string().min(1).optional(),
    STRAPI_PUBLISH_TOKEN_FILE: z.string().min(1).optional(),
    STRAPI_PUBLISH_TOKEN_SECRET_ARN: z.string().startsWith('arn:').optional(),
    RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(1024).default(32),
    /**
     * How long this process reuses offer figures it read (capacity, bookings, reach), in ms; its own
     * bookings show at once, another process's within this time. `0` reads them on every request.
     */
    FIGURES_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  })
  .superRefine((env, ctx) => {
    const deployed = env.STAGE === 'dev' || env.STAGE === 'prod';
    if (!deployed) return;
    if (!env.JWT_ISSUER && !env.COGNITO_USER_POOL_ID) {
      ctx.addIssue({ code: 'custom', path: ['JWT_ISSUER'], message: `required on stage ${env.STAGE} (or set COGNITO_USER_POOL_ID)` });
    }
    if (!env.JWT_AUDIENCE) {
      ctx.addIssue({ code: 'custom', path: ['JWT_AUDIENCE'], message: `required on stage ${env.STAGE} (the Cognito app client id)` });
    }
    if (!env.JWKS_URL && !env.COGNITO_USER_POOL_ID) {
      ctx.addIssue({ code: 'custom', path: ['JWKS_URL'], message: `required on stage ${env.STAGE} (or set COGNITO_USER_POOL_ID)` });
    }
    if (env.LOCAL_JWKS_FILE) {
      ctx.addIssue({ code: 'custom', path: ['LOCAL_JWKS_FILE'], message: `not allowed on stage ${env.STAGE}: tokens come from Cognito` });
    }
  });

export type Env = Omit<z.infer<typeof schema>, 'TRUSTED_DOCUMENTS'> & {
  readonly TRUSTED_DOCUMENTS: 'off' | 'partners' | 'all';
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
  const deployed = result.data.STAGE === 'dev' || result.data.STAGE === 'prod';
  return {
    ...result.data,
    TRUSTED_DOCUMENTS: result.data.TRUSTED_DOCUMENTS ?? (deployed ? 'partners' : 'off'),
    isLocal: result.data.STAGE === 'local' || result.data.STAGE === 'test',
  };
}
