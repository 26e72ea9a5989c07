import autocannon from 'autocannon';
import type { HttpRequest } from './workload.ts';

export interface LoadResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Non-2xx answers, socket errors and timeouts: anything but 0 makes the row suspect. */
  readonly failures: number;
}

/**
 * One autocannon run of warm-up plus measured seconds under continuous load: only answers that
 * arrive inside the measured window count, so a slow server's backlog from the warm-up is neither
 * lost nor credited. Latencies come from every counted answer (autocannon's own histogram has
 * p97.5 but no p95); throughput is the 2xx answers per second of the window.
 */
export async function measure(
  baseUrl: string,
  requests: readonly HttpRequest[],
  connections: number,
  warmupSeconds: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const windowStart = performance.now() + warmupSeconds * 1000;
  const windowEnd = windowStart + seconds * 1000;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: baseUrl,
        connections,
        pipelining: 1,
        duration: warmupSeconds + seconds,
        timeout: 30,
        requests: requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers, ...(r.body ? { body: r.body } : {}) })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    const now = performance.now();
    if (now < windowStart || now > windowEnd) return;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await done;
  failures += result.errors + result.timeouts;
  // Let the server finish what is still in flight, so the next run starts on an idle server.
  await once(baseUrl, requests[0]!).catch(() => undefined);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]! : NaN);
  return {
    connections,
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    failures,
  };
}

/** One request, outside the load, to check the answer before timing it. */
export async function once(baseUrl: string, request: HttpRequest, timeoutMs = 60_000): Promise<unknown> {
  const res = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body ? { body: request.body } : {}),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${request.method} ${request.path.slice(0, 120)}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

export interface PublishResult {
  /** Offers in the catalogue that was measured. */
  readonly offers: number;
  /** Read latency of the answers that arrived in the `watchSeconds` after the publish, in ms. */
  readonly maxMs: number;
  readonly p99Ms: number;
  readonly reads: number;
  /** From the publish to the first answer that shows the change, in ms; null when it never showed. */
  readonly visibleMs: number | null;
  readonly failures: number;
}

/**
 * A publish under continuous load: `connections` clients keep asking `requests`; after
 * `warmupSeconds` the change is published (`publish`), and a separate client asks `probe` every
 * 20 ms until `changed` says the answer shows it. Reports the worst read latency of the load in
 * the `watchSeconds` after the publish and how long the change took to show.
 */
export async function publishUnderLoad(options: {
  baseUrl: string;
  requests: readonly HttpRequest[];
  connections: number;
  warmupSeconds: number;
  watchSeconds: number;
  publish: () => Promise<void>;
  probe: HttpRequest;
  changed: (json: unknown) => boolean;
  offers: number;
}): Promise<PublishResult> {
  const { baseUrl, connections, warmupSeconds, watchSeconds } = options;
  const latencies: number[] = [];
  let failures = 0;
  let publishedAt = Infinity;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: baseUrl,
        connections,
        pipelining: 1,
        duration: warmupSeconds + watchSeconds + 1,
        timeout: 30,
        requests: options.requests.map((r) => ({
          method: r.method,
          path: r.path,
          headers: r.headers,
          ...(r.body ? { body: r.body } : {}),
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    const now = performance.now();
    // Every answer that was still being waited for after the publish counts.
    if (now < publishedAt || now > publishedAt + watchSeconds * 1000) return;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
  publishedAt = performance.now();
  await options.publish();
  let visibleMs: number | null = null;
  while (performance.now() - publishedAt < watchSeconds * 1000 + 30_000) {
    const json = await once(baseUrl, options.probe).catch(() => undefined);
    if (json !== undefined && options.changed(json)) {
      visibleMs = performance.now() - publishedAt;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const result = await done;
  failures += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  return {
    offers: options.offers,
    maxMs: latencies.at(-1) ?? NaN,
    p99Ms: latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(0.99 * latencies.length) - 1)]! : NaN,
    reads: latencies.length,
    visibleMs,
    failures,
  };
}
