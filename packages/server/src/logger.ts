import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Secrets never reach a log line: tokens, codes, keys and passwords
 * are redacted by path, and request logs carry the path without its query string.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'mentorkit' },
    redact: {
      paths: ['*.token', '*.accessToken', '*.refreshToken', '*.code', '*.secretKey', '*.password', '*.authorization', 'authorization'],
      censor: '[redacted]',
    },
  });
}
