import { describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { createQueryClient, shouldRetry } from '@/shared/api/query-client';
import { meKeys } from '@/shared/session/me-query';

const apiError = (status: number, code: string) => new ApiError({ status, code, title: '' });

describe('shouldRetry', () => {
  it('retries network failures and 5xx twice, never 4xx', () => {
    expect(shouldRetry(0, apiError(0, 'unavailable'))).toBe(true);
    expect(shouldRetry(1, apiError(503, 'unavailable'))).toBe(true);
    expect(shouldRetry(2, apiError(503, 'unavailable'))).toBe(false);
    expect(shouldRetry(0, apiError(404, 'not_found'))).toBe(false);
  });
});

describe('createQueryClient', () => {
  it('forgets the session when any query answers 401 unauthenticated', async () => {
    const client = createQueryClient();
    client.setQueryData(meKeys.all, { user: { id: 'u1' } });
    await client
      .fetchQuery({
        queryKey: ['members'],
        queryFn: () => Promise.reject(apiError(401, 'unauthenticated')),
        retry: false,
      })
      .catch(() => undefined);
    expect(client.getQueryData(meKeys.all)).toBeNull();
  });

  it('keeps the session on a wrong current password (401 invalid_credentials)', async () => {
    const client = createQueryClient();
    client.setQueryData(meKeys.all, { user: { id: 'u1' } });
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(apiError(401, 'invalid_credentials')) })
      .execute(undefined)
      .catch(() => undefined);
    expect(client.getQueryData(meKeys.all)).toEqual({ user: { id: 'u1' } });
  });
});
