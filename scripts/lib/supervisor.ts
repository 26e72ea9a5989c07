import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { terminate } from './terminate.ts';

export interface ServiceSpec {
  /** Short name, shown as the prefix of every log line and in failure messages. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Resolves true once the service answers; polled until `readyTimeoutMs`. */
  readonly ready: () => Promise<boolean>;
  readonly readyTimeoutMs?: number;
}

export class ServiceFailedError extends Error {
  constructor(
    readonly service: string,
    message: string,
  ) {
    super(message);
  }
}

type Output = (line: string) => void;

const COLORS = [36, 35, 33, 32, 34];

/**
 * Starts services in order, each only after the previous one is healthy, and keeps them running.
 * If one dies, the others are stopped and `done` rejects naming it; `stop()` ends them all.
 * Children run in their own process group, so a stop also ends what they spawned.
 */
export class Supervisor {
  private readonly running = new Map<string, ChildProcess>();
  private stopping = false;
  private failed?: ServiceFailedError;
  private rejectDone!: (error: ServiceFailedError) => void;
  /** Settles when every service has stopped: resolves after `stop()`, rejects when one died. */
  readonly done: Promise<void>;
  private resolveDone!: () => void;

  constructor(
    private readonly out: Output = (l) => process.stdout.write(`${l}\n`),
    private readonly color = process.stdout.isTTY ?? false,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // Callers await `start()`; an unobserved `done` must not crash the process.
    this.done.catch(() => undefined);
  }

  prefix(name: string): string {
    const label = `[${name}]`.padEnd(12);
    if (!this.color) return label;
    const color = COLORS[[...name].reduce((a, c) => a + c.charCodeAt(0), 0) % COLORS.length];
    return `\u001b[${color}m${label}\u001b[0m`;
  }

  /** Starts one service and waits until it is healthy; throws ServiceFailedError if it dies or times out. */
  async start(spec: ServiceSpec): Promise<void> {
    if (this.stopping) throw new ServiceFailedError(spec.name, 'the stack is stopping');
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.running.set(spec.name, child);
    const prefix = this.prefix(spec.name);
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) readline.createInterface({ input: stream }).on('line', (line) => this.out(`${prefix} ${line}`));
    }

    const exited = new Promise<never>((_resolve, reject) => {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        this.running.delete(spec.name);
        const error = new ServiceFailedError(
          spec.name,
          `${spec.name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); see its [${spec.name}] lines above.`,
        );
        reject(error);
        if (!this.stopping) void this.failWith(error);
      };
      child.once('exit', onExit);
      child.once('error', (err) => {
        child.off('exit', onExit);
        this.running.delete(spec.name);
        const error = new ServiceFailedError(spec.name, `could not start ${spec.name} (${spec.command}): ${err.message}`);
        reject(error);
        if (!this.stopping) void this.failWith(error);
      });
    });
    exited.catch(() => undefined);

    // Only poll for health once the process exists: a missing command reports through 'error' instead.
    const spawned = new Promise<void>((resolve) => child.once('spawn', () => resolve()));
    await Promise.race([exited, spawned.then(() => this.waitReady(spec))]);
  }

  private async waitReady(spec: ServiceSpec): Promise<void> {
    const timeout = spec.readyTimeoutMs ?? 120_000;
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (!this.running.has(spec.name)) return new Promise(() => undefined); // the exit handler reports it
      if (await spec.ready().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    const error = new ServiceFailedError(spec.name, `${spec.name} did not become healthy within ${Math.round(timeout / 1000)} s.`);
    await this.failWith(error);
    throw error;
  }

  private async failWith(error: ServiceFailedError): Promise<void> {
    this.failed ??= error;
    await this.stop();
  }

  /** Stops every running service (SIGTERM, then SIGKILL after the grace period), newest first. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const children = [...this.running.entries()].reverse();
    await Promise.all(children.map(([, child]) => terminate(child, graceMs)));
    this.running.clear();
    if (this.failed) this.rejectDone(this.failed);
    else this.resolveDone();
  }

  get names(): string[] {
    return [...this.running.keys()];
  }
}

/** Runs a command to completion with prefixed output (e.g. the admin build); rejects on a non-zero exit. */
export function runStep(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; out?: Output; prefix?: string } = {},
): Promise<void> {
  const out = options.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const prefix = options.prefix ?? `[${name}]`.padEnd(12);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => out(`${prefix} ${line}`));
    }
    child.once('error', (err) => reject(new ServiceFailedError(name, `could not run ${command}: ${err.message}`)));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new ServiceFailedError(name, `${name} failed (exit code ${code}); see its lines above.`)),
    );
  });
}
