import { ERROR_CODES } from '@meridian/contracts';
import type { TFunction } from 'i18next';
import { ApiError, retryAfterMinutes } from '@/shared/api/api-error';

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** The sentence to show for an error: `errors:<code>`, with the wait for 429 and locked accounts. */
export function describeError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors:internal');
  const seconds = error.retryAfterSeconds;
  if (seconds !== undefined && (error.code === 'rate_limited' || error.code === 'account_locked')) {
    // "in 6 seconds" reads better than "in 1 minute" for a short wait.
    if (seconds < 60) return t(`errors:${error.code}_retry_seconds`, { count: Math.max(1, seconds) });
    return t(`errors:${error.code}_retry`, { count: retryAfterMinutes(error) });
  }
  if (KNOWN_CODES.has(error.code)) return t(`errors:${error.code}`);
  return t('errors:unknown', { status: error.status });
}
