import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child and everything it started: SIGTERM to its process group, SIGKILL after `graceMs`.
 * Children are spawned detached (their own group), so whatever they started stops with them.
 */
export function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal); // the whole process group
      } catch {
        child.kill(signal);
      }
    };
    const timer = setTimeout(() => kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    kill('SIGTERM');
  });
}
