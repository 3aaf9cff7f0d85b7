import { defineFuzzSweep } from './fuzz-sweep.ts';

// RELIABILITY test 3, shard 3 of 3 (see fuzz-sweep.ts).
defineFuzzSweep(2, 3);
