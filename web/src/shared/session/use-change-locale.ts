import type { Me, UpdateMeBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { applyLocale } from '@/shared/i18n/i18n';
import type { AppLocale } from '@/shared/i18n/locale';
import { meKeys, rememberMe } from '@/shared/session/me-query';

/**
 * Changes the language everywhere at once. Signed in, the choice is saved on the account (so it
 * follows the user to other devices and to e-mails); before sign-in, in this browser only.
 */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  const showError = useApiErrorHandler();
  const mutation = useMutation({
    mutationFn: (body: UpdateMeBody) => api.patch<Me>('/me', body),
    onSuccess: (me) => rememberMe(queryClient, me),
    onError: (error) => showError(error),
  });
  return (locale: AppLocale) => {
    // Switch at once so the click feels instant; the saved account answer confirms it.
    applyLocale(locale);
    if (queryClient.getQueryData<Me | null>(meKeys.all)) mutation.mutate({ locale });
  };
}
