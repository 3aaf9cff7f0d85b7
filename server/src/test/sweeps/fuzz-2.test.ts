import { defineFuzzSweep } from './fuzz-sweep.ts';

// RELIABILITY test 3, shard 2 of 3 (see fuzz-sweep.ts).
defineFuzzSweep(1, 3);
