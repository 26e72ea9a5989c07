/**
 * The security headers of every portal page, in one place: the local portal server sends them and
 * the CloudFront response headers policy (infra/lib/constructs/portal-hosting.ts) is built from them.
 */

export interface CspSources {
  /** Origins the page may call besides its own: the API's, and in AWS the Cognito domain for the token exchange. */
  readonly connect: readonly string[];
  /** Where a sign-in form may post to (the Cognito hosted UI); empty locally. */
  readonly formAction?: readonly string[];
  /** Where offer images and logos come from: the uploads CDN in AWS, Strapi locally. */
  readonly img?: readonly string[];
}

/** No inline script, no eval, nothing from another host but what `connect` and `img` name. */
export function contentSecurityPolicy(sources: CspSources): string {
  const connect = ["'self'", ...sources.connect].join(' ');
  const formAction = ["'self'", ...(sources.formAction ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...(sources.img ?? [])].join(' '),
    "font-src 'self'",
    `connect-src ${connect}`,
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
/** Two years, subdomains included: the portal is HTTPS only. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** The headers as the local server sends them (HSTS only matters over HTTPS, but the same set keeps tests honest). */
export function securityHeaders(sources: CspSources): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(sources),
    'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': REFERRER_POLICY,
    'x-frame-options': 'DENY',
  };
}
