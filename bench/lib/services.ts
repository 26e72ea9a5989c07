import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { terminate } from '../../scripts/lib/terminate.ts';

export interface ServiceSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Resolves true once the service answers; polled every 250 ms. */
  readonly ready: () => Promise<boolean>;
  readonly readyTimeoutMs: number;
  /** Lines of the child's output to show (all by default). */
  readonly show?: (line: string) => boolean;
}

/**
 * The benchmark's child processes: each in its own process group (so a stop also ends what it
 * spawned), output prefixed with its name, stopped newest first. A child that dies while the
 * benchmark needs it fails the run with its name.
 */
export class Services {
  private readonly running = new Map<string, ChildProcess>();
  private stopping = false;
  private readonly stoppingOne = new Set<string>();

  constructor(private readonly say: (line: string) => void) {}

  async start(spec: ServiceSpec): Promise<ChildProcess> {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.running.set(spec.name, child);
    const prefix = `[${spec.name}]`.padEnd(11);
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (!spec.show || spec.show(line)) this.say(`${prefix} ${line}`);
      });
    }
    const exited = new Promise<never>((_resolve, reject) => {
      child.once('exit', (code, signal) => {
        this.running.delete(spec.name);
        if (this.stopping || this.stoppingOne.has(spec.name)) return;
        reject(new Error(`${spec.name} stopped (${signal ?? `exit code ${code}`}); its last lines:\n${tail.join('\n')}`));
      });
      child.once('error', (error) => reject(new Error(`could not start ${spec.name}: ${error.message}`)));
    });
    exited.catch(() => undefined);
    const deadline = Date.now() + spec.readyTimeoutMs;
    const ready = (async () => {
      while (Date.now() < deadline) {
        if (await spec.ready().catch(() => false)) return;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`${spec.name} did not become ready within ${Math.round(spec.readyTimeoutMs / 1000)} s`);
    })();
    await Promise.race([exited, ready]);
    return child;
  }

  /** Stops one service (SIGTERM, SIGKILL after the grace period) while the others keep running. */
  async stopOne(name: string, graceMs = 8000): Promise<void> {
    const child = this.running.get(name);
    if (!child) return;
    this.stoppingOne.add(name);
    await terminate(child, graceMs);
    this.running.delete(name);
  }

  /** SIGTERM to every process group, SIGKILL after the grace period. */
  async stop(graceMs = 8000): Promise<void> {
    this.stopping = true;
    const children = [...this.running.values()].reverse();
    await Promise.all(children.map((child) => terminate(child, graceMs)));
    this.running.clear();
  }
}

/** Peak resident memory of a process (VmHWM) in MiB, or null when it cannot be read (not Linux, gone). */
export function peakMemoryMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function httpOk(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}
