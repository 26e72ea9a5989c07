import { Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';

/** One structured JSON logger. Messages are short phrases; data goes in fields; never tokens or personal data. */
export function createLogger(level: string, serviceName = 'cmk-api'): Logger {
  return new Logger({ serviceName, logLevel: level as 'INFO' });
}

type LogMethod = (message: string, ...attributes: LogAttributes[]) => void;

/** What a request logs through (a `Logger` is one too). */
export interface RequestLogger {
  readonly debug: LogMethod;
  readonly info: LogMethod;
  readonly warn: LogMethod;
  readonly error: LogMethod;
}

/**
 * The process's logger with the request's id on every line. Not `createChild`, which builds a
 * new Logger for each request (reading its environment variables again: about 7% of a simple
 * request's CPU), nor `appendKeys`, which the local adapter's concurrent requests would share.
 */
export function requestLogger(logger: Logger, requestId: string): RequestLogger {
  const line =
    (level: 'debug' | 'info' | 'warn' | 'error'): LogMethod =>
    (message, ...attributes) =>
      logger[level](message, ...attributes, { requestId });
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
