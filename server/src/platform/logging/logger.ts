import pino, { type DestinationStream, type Logger } from 'pino';

/** Request log lines without query strings: invitation and reset links carry secrets there. */
export const LOG_SERIALIZERS = {
  req: (request: { method: string; url: string; ip?: string; id?: string }) => ({
    id: request.id,
    method: request.method,
    url: request.url.split('?')[0],
    remoteAddress: request.ip,
  }),
};

export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
];

/** The application's JSON logger: secrets redacted, query strings dropped from request lines. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: LOG_REDACT, serializers: LOG_SERIALIZERS }, destination);
}
