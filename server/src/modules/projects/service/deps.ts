import type { Clock } from '#platform/clock/clock.ts';

export type ProjectsDeps = { clock: Clock };
