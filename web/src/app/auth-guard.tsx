import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useMe } from '@/shared/session/me-query';
import { safeNextPath, signInPathFor } from '@/shared/session/next-path';
import { SessionContext, useAbility } from '@/shared/session/session-context';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { ForbiddenResult } from '@/shared/ui/ForbiddenResult';
import { FullPageSpin } from '@/shared/ui/FullPageSpin';

/** Pages behind it need a session; without one the user goes to /sign-in and comes back after. */
export function AuthGuard() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  // A failed refetch keeps the session we had: only an unknown session shows the error.
  if (me === undefined && error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!me) return <Navigate to={signInPathFor(location)} replace />;
  return (
    <SessionContext.Provider value={me}>
      <Outlet />
    </SessionContext.Provider>
  );
}

export type GuestOnlyProps = { children: ReactNode };

/** Sign-in and sign-up make no sense when signed in: go where `?next=` says, or home. */
export function GuestOnly({ children }: GuestOnlyProps) {
  const { data: me, isPending } = useMe();
  const [searchParams] = useSearchParams();
  if (isPending) return <FullPageSpin />;
  if (me) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
  return children;
}

export type RequireAbilityProps = { ability: string; children: ReactNode };

/** 403 for a page whose ability the member lacks (the menu hides it too, but links can be shared). */
export function RequireAbility({ ability, children }: RequireAbilityProps) {
  const isAllowed = useAbility(ability);
  if (!isAllowed) return <ForbiddenResult />;
  return children;
}
