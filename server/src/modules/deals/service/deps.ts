import type { Clock } from '#platform/clock/clock.ts';

export type DealsDeps = { clock: Clock };
