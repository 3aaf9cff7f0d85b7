import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { setCsrfToken } from '@/shared/api/client';
import { meKeys } from '@/shared/session/me-query';

/** Retry only what may succeed on a second try: network failures and 5xx, twice at most. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status >= 500;
}

/**
 * When the session ends (expired, signed out elsewhere) any request answers 401: marking "me" as
 * nobody makes the auth guard send the user to /sign-in with `?next=` to come back.
 */
export function createQueryClient(): QueryClient {
  const handleUnauthenticated = (error: unknown) => {
    // Only a missing or expired session: a wrong current password, say, must not sign anybody out.
    if (!isApiError(error) || error.status !== 401 || error.code !== 'unauthenticated') return;
    if (queryClient.getQueryData(meKeys.all) === null) return;
    setCsrfToken(null);
    queryClient.setQueryData(meKeys.all, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleUnauthenticated }),
    mutationCache: new MutationCache({ onError: handleUnauthenticated }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
