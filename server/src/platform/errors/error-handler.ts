import type { ErrorCode, FieldError, Problem } from '@meridian/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';
import { STATUS_BY_CODE } from './status-by-code.ts';
import { fieldErrorsFromValidation } from './validation.ts';

const PROBLEM_TYPE = 'https://meridian.dev/problems/';

export function problemFor(code: ErrorCode, extra: Partial<Problem> = {}): Problem {
  const { status, title } = STATUS_BY_CODE[code];
  return { type: `${PROBLEM_TYPE}${code.replace(/_/g, '-')}`, title, status, code, ...extra };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

type PgError = { code?: string; constraint?: string; detail?: string };

function fromDatabase(error: PgError): { code: ErrorCode; fields?: FieldError[] } | null {
  if (error.code === '23505') return { code: 'already_exists' };
  if (error.code === '23503') return { code: 'validation_failed', fields: [] };
  // Malformed values that slipped past validation: bad text, out-of-range numbers or dates.
  if (['22P02', '22P05', '22003', '22007', '22008', '22021'].includes(error.code ?? '')) return { code: 'bad_request' };
  return null;
}

/** The one error handler: everything leaves as problem+json, and no stack trace ever does. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & PgError, request: FastifyRequest, reply: FastifyReply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      const { detail, fields, retryAfterSeconds, current, duplicates } = error.options;
      return sendProblem(
        reply,
        problemFor(error.code, { detail, errors: fields, retryAfterSeconds, current, duplicates, requestId }),
      );
    }
    if (error.validation) {
      const errors = fieldErrorsFromValidation(error.validation, error.validationContext ?? 'body');
      return sendProblem(
        reply,
        problemFor('validation_failed', { detail: 'Some fields are invalid', errors, requestId }),
      );
    }
    // Drizzle wraps the driver's error: the PostgreSQL code is on its cause.
    const db = fromDatabase(error.code ? error : ((error.cause as PgError | undefined) ?? error));
    if (db) {
      request.log.warn({ err: { code: error.code, constraint: error.constraint } }, 'database constraint');
      return sendProblem(reply, problemFor(db.code, { errors: db.fields, requestId }));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, problemFor('payload_too_large', { requestId }));
    if (status === 415) return sendProblem(reply, problemFor('unsupported_media_type', { requestId }));
    if (status === 429) return sendProblem(reply, problemFor('rate_limited', { requestId }));
    if (status >= 400 && status < 500) {
      return sendProblem(reply, problemFor('bad_request', { detail: safeDetail(error.message), requestId }));
    }
    request.log.error({ err: redactError(error) }, 'unhandled error');
    return sendProblem(reply, problemFor('internal', { requestId }));
  });

  app.setNotFoundHandler((request, reply) => {
    return sendProblem(
      reply,
      problemFor('route_not_found', {
        detail: `${request.method} ${request.url.split('?')[0]}`,
        requestId: request.id,
      }),
    );
  });
}

/** Fastify's own 4xx messages (bad JSON, wrong content type) are safe to show; cap their length. */
function safeDetail(message: string): string {
  return message.slice(0, 200);
}

/** Drizzle puts query parameters (hashes, tokens) in its messages: keep them out of the log. */
export function redactError(error: Error & { code?: string; cause?: unknown }) {
  const strip = (text: string | undefined) => (text ?? '').split('\nparams:')[0] ?? '';
  const cause =
    error.cause instanceof Error
      ? { message: strip(error.cause.message), code: (error.cause as { code?: string }).code }
      : undefined;
  return {
    type: error.name,
    message: strip(error.message),
    code: error.code,
    cause,
    stack: strip(error.stack).split('\n').slice(0, 8).join('\n'),
  };
}
