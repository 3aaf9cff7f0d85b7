import { describe, expect, it } from 'vitest';
import { ApiError, codeForStatus, parseProblem, parseRetryAfter, retryAfterMinutes } from '@/shared/api/api-error';

describe('parseProblem', () => {
  it('reads every field of a problem+json body', () => {
    const error = parseProblem(422, {
      type: 'https://meridian.dev/problems/validation-failed',
      title: 'The request has invalid fields',
      status: 422,
      code: 'validation_failed',
      detail: '2 fields are invalid',
      requestId: 'req-1',
      errors: [
        { field: 'email', pointer: '/body/email', code: 'format', message: 'must match format "email"' },
        {
          field: 'password',
          pointer: '/body/password',
          code: 'too_short',
          message: 'too short',
          params: { limit: 12 },
        },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation_failed',
      title: 'The request has invalid fields',
      detail: '2 fields are invalid',
      requestId: 'req-1',
    });
    expect(error.errors).toHaveLength(2);
    expect(error.errors[1]).toEqual({
      field: 'password',
      pointer: '/body/password',
      code: 'too_short',
      message: 'too short',
      params: { limit: 12 },
    });
  });

  it('keeps retryAfterSeconds and the current record of a conflict', () => {
    expect(
      parseProblem(429, { code: 'rate_limited', title: 'Too many', retryAfterSeconds: 90 }).retryAfterSeconds,
    ).toBe(90);
    const conflict = parseProblem(409, { code: 'version_conflict', title: 'Changed', current: { version: 3 } });
    expect(conflict.current).toEqual({ version: 3 });
  });

  it('falls back to the status when the body is not a problem (a proxy page, say)', () => {
    const error = parseProblem(502, undefined);
    expect(error).toMatchObject({ status: 502, code: 'internal', title: 'HTTP 502', errors: [] });
    expect(parseProblem(429, '<html>', '120').retryAfterSeconds).toBe(120);
  });

  it('ignores malformed field errors instead of crashing', () => {
    const error = parseProblem(422, { code: 'validation_failed', errors: [null, 'x', { code: 7 }] });
    expect(error.errors).toEqual([{ field: '', pointer: '', code: 'invalid', message: '' }]);
  });
});

describe('codeForStatus', () => {
  it('maps statuses without a body to known codes', () => {
    expect(codeForStatus(401)).toBe('unauthenticated');
    expect(codeForStatus(0)).toBe('unavailable');
    expect(codeForStatus(503)).toBe('unavailable');
    expect(codeForStatus(500)).toBe('internal');
    expect(codeForStatus(418)).toBe('bad_request');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-05-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Fri, 01 May 2026 00:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('retryAfterMinutes', () => {
  it('rounds up to whole minutes, at least one', () => {
    const error = (seconds?: number) =>
      new ApiError({ status: 429, code: 'rate_limited', title: '', retryAfterSeconds: seconds });
    expect(retryAfterMinutes(error(5))).toBe(1);
    expect(retryAfterMinutes(error(61))).toBe(2);
    expect(retryAfterMinutes(error())).toBeUndefined();
  });
});
