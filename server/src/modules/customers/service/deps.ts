import type { Clock } from '#platform/clock/clock.ts';

export type CustomersDeps = { clock: Clock };
