import type { Clock } from '#platform/clock/clock.ts';

export type InteractionsDeps = { clock: Clock };
