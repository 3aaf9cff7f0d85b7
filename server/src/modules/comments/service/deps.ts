import type { Clock } from '#platform/clock/clock.ts';

export type CommentsDeps = { clock: Clock };
