import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJava, checkNode, javaMajor } from '../lib/prerequisites.ts';
import { ROOT } from '../lib/settings.ts';

describe('prerequisites', () => {
  it('reads Java versions of every vendor format', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
  });

  it('accepts Java 17 and refuses Java 11 with advice', () => {
    const fake = (stderr: string) => () => ({ status: 0, stderr, stdout: '' }) as never;
    expect(checkJava(fake('openjdk version "17.0.15" 2025-04-15'))).toEqual([]);
    const [problem] = checkJava(fake('openjdk version "11.0.2" 2019-01-15'));
    expect(problem?.what).toBe('Java 11 is too old');
    expect(problem?.advice).toContain('openjdk-17-jre-headless');
  });

  it('refuses Node.js 18', () => {
    expect(checkNode('v18.19.0')[0]?.advice).toContain('Node.js 20');
    expect(checkNode('v20.20.2')).toEqual([]);
  });

  it('npm start without Java prints what to install and exits non-zero', () => {
    // A PATH with node but no java.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-nojava-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: { ...process.env, PATH: bin },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No Java runtime found');
    expect(result.stderr).toContain('Java 17+');
  });
});
