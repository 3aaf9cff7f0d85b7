import type { Clock } from '#platform/clock/clock.ts';
import type { PlatformLimits } from '#platform/platform.ts';
import type { Config } from '#src/config.ts';

export type AccountsDeps = {
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'signup'>;
  limits: PlatformLimits;
};

/** What a new session hands back to the route, which sets the cookie. */
export type StartedSession = {
  sessionId: string;
  token: string;
  csrfToken: string;
  remember: boolean;
  expiresAt: Date;
};
