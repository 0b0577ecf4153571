import { run } from './action/main.js';
import { exitOnceFlushed } from './exit.js';
import { capYoungGeneration } from './heap.js';

capYoungGeneration();

await run();
exitOnceFlushed();
