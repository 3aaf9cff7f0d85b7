import type { FieldError } from '@meridian/contracts';

/** An error answered by the API (or the network), parsed from RFC 9457 problem+json. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;
  /** On `version_conflict`: the record as it is now on the server. */
  readonly current: unknown;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: FieldError[];
    retryAfterSeconds?: number | undefined;
    requestId?: string | undefined;
    current?: unknown;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
    this.current = init.current;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The error code to assume when a response carries no problem body (a proxy's HTML page, say). */
export function codeForStatus(status: number): string {
  const known = CODE_BY_STATUS[status];
  if (known) return known;
  if (status === 0) return 'unavailable';
  return status >= 500 ? 'internal' : 'bad_request';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    field: asString(item.field) ?? '',
    pointer: asString(item.pointer) ?? '',
    code: asString(item.code) ?? 'invalid',
    message: asString(item.message) ?? '',
    ...(isRecord(item.params) ? { params: item.params } : {}),
  }));
}

/** Seconds from a `Retry-After` header: either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns a non-2xx response body into an ApiError, tolerating bodies that are not problem+json. */
export function parseProblem(status: number, body: unknown, retryAfterHeader: string | null = null): ApiError {
  const problem = isRecord(body) ? body : {};
  const retryAfter =
    typeof problem.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : parseRetryAfter(retryAfterHeader);
  return new ApiError({
    status: typeof problem.status === 'number' ? problem.status : status,
    code: asString(problem.code) ?? codeForStatus(status),
    title: asString(problem.title) ?? `HTTP ${status}`,
    detail: asString(problem.detail),
    errors: parseFieldErrors(problem.errors),
    retryAfterSeconds: retryAfter,
    requestId: asString(problem.requestId),
    current: problem.current,
  });
}

/** Whole minutes to wait, at least one, for "try again in N minutes". */
export function retryAfterMinutes(error: ApiError): number | undefined {
  return error.retryAfterSeconds === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
}
