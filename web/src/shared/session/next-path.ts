/**
 * Where to go after signing in. Only same-site paths are allowed, so a crafted link cannot send the
 * user to another site after they typed their password (open redirect).
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}

/** `/sign-in?next=…` for a page that needs a session; plain `/sign-in` from the home page. */
export function signInPathFor(location: { pathname: string; search: string; hash?: string }): string {
  const target = `${location.pathname}${location.search}${location.hash ?? ''}`;
  if (target === '/' || location.pathname === '/sign-in') return '/sign-in';
  return `/sign-in?next=${encodeURIComponent(target)}`;
}
