/** Session lifetimes from RELIABILITY.md: idle per organisation, 12 h absolute, 14 days when remembered. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const REMEMBER_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
export const DEFAULT_IDLE_MINUTES = 120;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export const SESSION_COOKIE = 'meridian_session';

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; remember: boolean };

/** Whether a session is still alive at `now`, given its organisation's idle limit. */
export function isSessionAlive(session: SessionTimes, idleMinutes: number, now: Date): boolean {
  if (now.getTime() >= session.expiresAt.getTime()) return false;
  const idleMs = session.remember ? REMEMBER_LIFETIME_MS : idleMinutes * 60 * 1000;
  return now.getTime() - session.lastSeenAt.getTime() < idleMs;
}

export function sessionExpiry(now: Date, remember: boolean): Date {
  return new Date(now.getTime() + (remember ? REMEMBER_LIFETIME_MS : ABSOLUTE_LIFETIME_MS));
}
