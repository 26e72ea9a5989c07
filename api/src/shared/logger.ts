import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger. Messages are short phrases; data goes in fields; never tokens or personal data. */
export function createLogger(level: string, serviceName = 'cmk-api'): Logger {
  return new Logger({ serviceName, logLevel: level as 'INFO' });
}
