import { run } from './action/main.js';
import { exitOnceFlushed } from './exit.js';

await run();
exitOnceFlushed();
