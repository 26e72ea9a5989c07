import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, requestLogger } from '../src/shared/logger.ts';

describe('request logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it("puts the request's id on every line, and keeps apart two requests served at once", () => {
    const lines: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    }
    const logger = createLogger('INFO');
    const a = requestLogger(logger, 'request-a');
    const b = requestLogger(logger, 'request-b');
    a.info('booking requested', { status: 'REQUESTED' });
    b.warn('rate limit reached');
    a.debug('graphql query'); // below INFO: not written
    const written = lines
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(written).toEqual([
      expect.objectContaining({ level: 'INFO', message: 'booking requested', status: 'REQUESTED', requestId: 'request-a' }),
      expect.objectContaining({ level: 'WARN', message: 'rate limit reached', requestId: 'request-b' }),
    ]);
  });
});
