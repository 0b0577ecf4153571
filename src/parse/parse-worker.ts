/**
 * The thread that reads migrations ahead of the walk (see ahead.ts): libpg-query's parse of a file, its function
 * bodies and its DO blocks all run here, on the second core, while the main thread replays the files before it. Each
 * reading goes back as JSON text: a string crosses threads as one copy, where a structured clone of the trees cost the
 * main thread about as much to receive as the parse it saved. Bundled on its own (dist/parse-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import type { AheadReply, AheadRequest } from './ahead.js';
import { initParser, parseMigration } from './sql.js';

const port = parentPort!;
const ready = initParser();

port.on('message', (request: AheadRequest) => {
  ready.then(() => {
    const reply: AheadReply = { id: request.id, json: JSON.stringify(parseMigration(request.file, request.text)) };
    port.postMessage(reply);
  }).catch((e: unknown) => {
    const reply: AheadReply = { id: request.id, failed: e instanceof Error ? e.message : String(e) };
    port.postMessage(reply);
  });
});
