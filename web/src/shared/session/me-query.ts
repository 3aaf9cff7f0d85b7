import type { Me } from '@meridian/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { api, setCsrfToken } from '@/shared/api/client';
import { applyLocale } from '@/shared/i18n/i18n';

export const meKeys = {
  all: ['me'] as const,
};

/** Remembers who is signed in: the CSRF token for later requests, the account's language, the cache. */
export function rememberMe(queryClient: QueryClient, me: Me): Me {
  setCsrfToken(me.csrfToken);
  applyLocale(me.user.locale);
  queryClient.setQueryData(meKeys.all, me);
  return me;
}

/** Forgets the session: drops every cached answer so that the next person sees nothing of this one. */
export function forgetMe(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKeys.all[0] });
  queryClient.setQueryData(meKeys.all, null);
}

/** `null` when nobody is signed in: that is a normal state, not an error. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me', undefined, signal);
    setCsrfToken(me.csrfToken);
    applyLocale(me.user.locale);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQuery = () =>
  queryOptions({ queryKey: meKeys.all, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });

export function useMe() {
  return useQuery(meQuery());
}
