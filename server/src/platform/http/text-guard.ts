import type { FieldError } from '@meridian/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '#platform/errors/app-error.ts';

/** NUL, which PostgreSQL text cannot hold, and UTF-16 halves without their pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point of this pattern.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function collect(value: unknown, path: string[], location: string, out: FieldError[], depth = 0): void {
  if (depth > 32 || out.length >= 20) return;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) {
      out.push({
        field: path.join('.'),
        pointer: `/${[location, ...path].join('/')}`,
        code: 'invalid',
        message: 'Contains a character that cannot be stored (NUL or a broken surrogate pair)',
      });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, [...path, String(i)], location, out, depth + 1);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], location, out, depth + 1);
  }
}

/**
 * Text that PostgreSQL cannot store is refused at the edge with the field that holds it,
 * instead of failing deep in a query.
 */
export const textGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const fields: FieldError[] = [];
    collect(request.params, [], 'params', fields);
    collect(request.query, [], 'querystring', fields);
    collect(request.body, [], 'body', fields);
    if (fields.length) throw new AppError('validation_failed', { detail: 'Some text cannot be stored', fields });
  });
});
