import type {
  AcceptInvitationBody,
  LoginBody,
  Me,
  PasswordResetBody,
  PasswordResetRequestBody,
  SignupBody,
  SwitchOrgBody,
} from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { forgetMe, rememberMe } from '@/shared/session/me-query';

/** After any sign-in: nothing cached for a previous session may show, then the new session. */
function useStartSession() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries();
    rememberMe(queryClient, me);
  };
}

export function useSignIn() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: (body: LoginBody) => api.post<Me>('/auth/login', body), onSuccess: startSession });
}

export function useSignUp() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: (body: SignupBody) => api.post<Me>('/auth/signup', body), onSuccess: startSession });
}

export function useAcceptInvitation() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => api.post<Me>('/invitations/accept', body),
    onSuccess: startSession,
  });
}

/**
 * Signs out on the server, then loads the sign-in page afresh: the local session is forgotten even if
 * the server had already ended it, and a full load leaves nothing of the account in memory. With
 * `stay`, the current page stays (accepting an invitation for another account).
 */
export function useSignOut({ stay = false }: { stay?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      forgetMe(queryClient);
      if (!stay) window.location.replace('/sign-in');
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequestBody) => api.post<void>('/auth/password-reset-requests', body),
  });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: PasswordResetBody) => api.post<void>('/auth/password-resets', body) });
}

/** Everything cached belongs to the old organisation, so the whole cache goes. */
export function useSwitchOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SwitchOrgBody) => api.post<Me>('/me/switch-org', body),
    onSuccess: (me) => {
      queryClient.clear();
      rememberMe(queryClient, me);
    },
  });
}
