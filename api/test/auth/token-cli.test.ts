import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseTokenArgs, UsageError } from '../../../scripts/token.ts';
import { ask, bearer, coldHandler, tempDir } from './support.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
afterAll(() => vi.unstubAllEnvs());

describe('npm run token', () => {
  it('prints a token (stdout) that the handler accepts, and a curl example (stderr)', async () => {
    const dataDir = tempDir('token-cli');
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/token.ts', '--role', 'school', '--school', '00aa00'],
      {
        cwd: root,
        env: { ...process.env, CMK_DATA_DIR: dataDir, STAGE: 'local' },
      },
    );
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    expect(stderr).toContain('curl -s http://localhost:4000/graphql');
    const handler = await coldHandler({ LOCAL_JWKS_FILE: path.join(dataDir, 'keys', 'jwks.json') });
    const answer = await ask(handler, bearer(token));
    expect(answer.body).toEqual({ data: { me: { role: 'SCHOOL', schoolId: '00AA00', partnerId: null, regionId: null } } });
  });

  it('explains bad arguments and exits with 2', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--role', 'school'], {
      cwd: root,
      env: { ...process.env, CMK_DATA_DIR: tempDir('token-cli-bad') },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('--role school needs --school <BRIN6>');
  });
});

describe('token arguments', () => {
  it.each([
    [['--role', 'admin'], { role: 'ADMIN' }],
    [['--role', 'school', '--school', '12ab34'], { role: 'SCHOOL', schoolId: '12AB34' }],
    [['--role', 'partner', '--partner', 'k3x9'], { role: 'PARTNER', partnerId: 'k3x9' }],
    [['--role', 'ADVISOR', '--region', 'hart', '--expires', '2h'], { role: 'ADVISOR', regionId: 'hart' }],
  ])('%j', (argv, viewer) => {
    expect(parseTokenArgs(argv).viewer).toEqual(viewer);
  });

  it.each([
    [[], /--role is required/],
    [['--role', 'teacher'], /not a role/],
    [['--role', 'school', '--school', '00AA0'], /not a BRIN6/],
    [['--role', 'school', '--school', 'AA0000'], /not a BRIN6/],
    [['--role', 'partner'], /needs --partner/],
    [['--role', 'advisor'], /needs --region/],
    [['--role', 'admin', '--school', '00AA00'], /does not apply/],
    [['--role', 'partner', '--partner', 'a b'], /not an id/],
    [['--role', 'admin', '--expires', 'soon'], /not a duration/],
    [['--role', 'admin', '--expires', '30d'], /too long/],
    [['--role', 'admin', '--bogus'], /Unknown option/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(UsageError);
    expect(() => parseTokenArgs(argv)).toThrow(message);
  });
});
