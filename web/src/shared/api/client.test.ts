import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { api, setCsrfToken, toQueryString } from '@/shared/api/client';

describe('toQueryString', () => {
  it('skips empty values and encodes the rest', () => {
    expect(toQueryString({ q: '张 伟', role: undefined, status: '', limit: 50, cursor: null, x: false })).toBe(
      '?q=%E5%BC%A0+%E4%BC%9F&limit=50&x=false',
    );
    expect(toQueryString({})).toBe('');
  });
});

describe('api', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  const stubFetch = (response: Response) => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => response);
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };

  it('sends the CSRF token on writes only, with same-origin credentials', async () => {
    setCsrfToken('tok-1');
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await api.post('/auth/logout');
    await api.get('/me');
    const [postUrl, postInit] = fetchMock.mock.calls[0] ?? [];
    const [, getInit] = fetchMock.mock.calls[1] ?? [];
    expect(postUrl).toBe('/api/v1/auth/logout');
    expect(postInit).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(postInit?.headers).toMatchObject({ 'X-CSRF-Token': 'tok-1' });
    expect(getInit?.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('resolves JSON, and undefined for 204', async () => {
    stubFetch(new Response(JSON.stringify({ id: 1 }), { status: 200 }));
    await expect(api.get('/x')).resolves.toEqual({ id: 1 });
    stubFetch(new Response(null, { status: 204 }));
    await expect(api.delete('/x')).resolves.toBeUndefined();
  });

  it('rejects with an ApiError from problem+json', async () => {
    stubFetch(
      new Response(JSON.stringify({ code: 'email_taken', title: 'Taken', status: 409 }), {
        status: 409,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    await expect(api.post('/auth/signup', {})).rejects.toMatchObject({ status: 409, code: 'email_taken' });
  });

  it('turns a network failure into an "unavailable" ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const failure = await api.get('/me').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0, code: 'unavailable' });
  });
});
