import type { Me } from '@meridian/contracts';
import { createContext, useContext } from 'react';

/**
 * The session as the auth guard last rendered it. Pages read it from here rather than from the
 * "me" query, so that when the session ends (me → null) nothing below the guard renders with a
 * missing session while the guard redirects to /sign-in.
 */
export const SessionContext = createContext<Me | null>(null);

/** The signed-in session; only for components rendered behind the auth guard. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() used outside the auth guard');
  return me;
}

/** Whether the signed-in member may do something, from the abilities the server sent. */
export function useAbility(ability: string): boolean {
  return useContext(SessionContext)?.abilities[ability] === true;
}
