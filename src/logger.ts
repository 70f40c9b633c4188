import pino from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'linkgraph' },
    // Victims' and suspects' details must never reach the logs, even through a request's variables.
    redact: { paths: ['variables', '*.variables', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
export type Logger = ReturnType<typeof createLogger>;
