import type { Clock } from '#platform/clock/clock.ts';

export type TasksDeps = { clock: Clock };

/** How long an undo stays usable. */
export const UNDO_TTL_MS = 10_000;
