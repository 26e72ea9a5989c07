/**
 * Where a webhook may be delivered. In AWS the URL must be https and must not point into private,
 * loopback or link-local address space (the platform's own network and the instance metadata
 * service), so a partner cannot make our Lambda call inside our network. Locally (stages `local`
 * and `test`) http and loopback are allowed, so a receiver on this machine can be used; private
 * and link-local stay refused. The check runs at registration and again before every attempt
 * (the name's addresses may have changed since).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { UserFacingError } from '../../shared/errors.ts';

export interface TargetRules {
  /** Locally: http allowed, loopback allowed. */
  readonly local: boolean;
}

const refused = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  refused.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  refused.addSubnet(net, prefix, 'ipv6');
}
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function classify(address: string): 'loopback' | 'refused' | 'public' {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(ip, family)) return 'loopback';
  return refused.check(ip, family) ? 'refused' : 'public';
}

const bad = (message: string) => new UserFacingError('BAD_USER_INPUT', message, { field: 'url' });

/** The URL, parsed, when deliveries may go there; else BAD_USER_INPUT saying why. */
export async function checkTarget(raw: string, rules: TargetRules): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('url is not a URL.');
  }
  if (url.username || url.password) throw bad('url may not carry a user name or password.');
  if (url.protocol !== 'https:' && !(rules.local && url.protocol === 'http:')) throw bad('url must start with https://.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw bad(`url's host ${host} does not resolve.`);
  for (const address of addresses) {
    const kind = classify(address);
    if (kind === 'refused' || (kind === 'loopback' && !rules.local)) {
      throw bad('url points to a private, loopback or link-local address; use a public https address.');
    }
  }
  return url;
}

/** `local` and `test` run on a developer's machine; `dev` and `prod` in AWS. */
export const targetRulesFor = (stage: string): TargetRules => ({ local: stage === 'local' || stage === 'test' });
