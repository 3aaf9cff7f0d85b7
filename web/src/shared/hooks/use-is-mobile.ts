import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (768 px) the menu moves into a drawer and lists become cards. */
const MOBILE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(MOBILE_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const isMobileNow = () => window.matchMedia?.(MOBILE_QUERY).matches ?? false;

/** Read synchronously, so that the first render already has the right layout. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, isMobileNow, () => false);
}
