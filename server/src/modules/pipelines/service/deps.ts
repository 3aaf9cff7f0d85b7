import type { Clock } from '#platform/clock/clock.ts';

export type PipelinesDeps = { clock: Clock };
