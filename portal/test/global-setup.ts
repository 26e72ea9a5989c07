import { buildPortal, portalBuildNeeded } from '../scripts/build-lib.ts';

/** The tests serve the real production build, so it is (re)built when its sources changed. */
export default async function setup(): Promise<void> {
  if (portalBuildNeeded()) await buildPortal({ logLevel: 'warn' });
}
