import type { ErrorCode, FieldError } from '@meridian/contracts';

export type AppErrorOptions = {
  detail?: string;
  fields?: FieldError[];
  retryAfterSeconds?: number;
  /** On version_conflict: the current record, so the client can merge. */
  current?: unknown;
  /** On a duplicate conflict: the records the new one matches. */
  duplicates?: unknown[];
};

/** A failure a service reports; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly options: AppErrorOptions;
  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.options = options;
  }
}

/** A single-field validation failure, e.g. `fieldError('email', 'taken', 'E-mail already in use')`. */
export function fieldError(field: string, code: string, message: string, location = 'body'): FieldError {
  return { field, pointer: `/${location}/${field.split('.').join('/')}`, code, message };
}

export const notFound = (detail = 'Not found') => new AppError('not_found', { detail });
export const forbidden = (detail = 'You are not allowed to do this') => new AppError('forbidden', { detail });
