import { run } from './action/main.js';
import { exitOnceFlushed } from './exit.js';
import { capYoungGeneration, heapTurns } from './heap.js';

await run(heapTurns(capYoungGeneration()));
exitOnceFlushed();
