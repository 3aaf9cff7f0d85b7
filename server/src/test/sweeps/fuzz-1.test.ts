import { defineFuzzSweep } from './fuzz-sweep.ts';

// RELIABILITY test 3, shard 1 of 3 (see fuzz-sweep.ts).
defineFuzzSweep(0, 3);
