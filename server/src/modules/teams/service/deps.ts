import type { Clock } from '#platform/clock/clock.ts';

export type TeamsDeps = { clock: Clock };
