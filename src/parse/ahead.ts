/**
 * Migrations parsed ahead of the walk on a worker thread (parse-worker.ts). The walk replays files one after another
 * on the main thread; parsing was half of its time there and depends on nothing the replay does, so the worker reads
 * the next files while the main thread replays the current one. What the worker sends is exactly `parseMigration`'s
 * result, as JSON: parsing it is cheaper than parsing the SQL. Without the worker's script (the unbundled sources),
 * for a file over a parse piece (its JSON would be several times its size, held twice) or when there is too little to
 * gain, files are parsed on the main thread as before; a file over LARGE_BYTES is handed over unparsed, as a
 * LargeMigration that the walk reads a piece at a time.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedMigration } from '../types.js';
import { LARGE_BYTES, LargeMigration, parseMigration, PIECE_BYTES, type PieceOptions, type TakenMigration } from './sql.js';

export interface AheadRequest { id: number; file: string; text: string }
export type AheadReply = { id: number; json: string } | { id: number; failed: string };

/** PieceOptions: for a file parsed here. */
export interface AheadOptions extends PieceOptions {
  /** The worker's script; default the bundled one beside this bundle. */
  worker?: URL;
  /** Use a thread only for at least this much SQL. */
  minBytes?: number;
  /** Above this much SQL, a file is a LargeMigration; default LARGE_BYTES. */
  largeBytes?: number;
}

const BUNDLED_WORKER = new URL('./parse-worker.js', import.meta.url);

/** Below this much SQL, starting the thread (a bundle to load, its own parser to compile) costs more than it saves. */
const WORTH_A_THREAD = 512 * 1024;
/** How much SQL the worker may have been given and not yet handed back: bounds what waits in memory. */
const LEAD_BYTES = 1024 * 1024;

export class ParseAhead {
  private readonly thread: Worker | undefined;
  private readonly files: { file: string; text: string | undefined }[];
  private readonly replies = new Map<number, AheadReply>();
  private readonly waiting = new Map<number, (reply: AheadReply) => void>();
  private sent = 0;
  private leadBytes = 0;
  private readonly sizes = new Map<number, number>();
  private broken = false;
  private readonly largeBytes: number;
  private readonly reading: PieceOptions;
  /** How many files the thread has read so far (for tests and measurements). */
  readOnThread = 0;

  /** `files` in the order they will be taken; each text is let go once its file is taken. */
  constructor(files: readonly { file: string; text: string | undefined }[], { worker = BUNDLED_WORKER, minBytes = WORTH_A_THREAD, largeBytes = LARGE_BYTES, pieceBytes, betweenPieces }: AheadOptions = {}) {
    this.files = files.map((f) => ({ ...f }));
    this.largeBytes = largeBytes;
    this.reading = { pieceBytes, betweenPieces };
    const bytes = files.reduce((sum, f) => sum + (this.onThread(f.text) ? f.text!.length : 0), 0);
    if (bytes < minBytes || !existsSync(fileURLToPath(worker))) return;
    this.thread = new Worker(worker);
    this.thread.on('message', (reply: AheadReply) => {
      this.leadBytes -= this.sizes.get(reply.id)!;
      this.sizes.delete(reply.id);
      const wake = this.waiting.get(reply.id);
      if (wake) { this.waiting.delete(reply.id); wake(reply); } else this.replies.set(reply.id, reply);
      this.send();
    });
    // A thread that cannot run leaves every file to the main thread.
    this.thread.on('error', () => this.giveUp());
    this.thread.on('exit', () => this.giveUp());
    this.send();
  }

  /** File `i` parsed: by the worker when it has it, else here. */
  async take(i: number): Promise<TakenMigration | undefined> {
    const { file, text } = this.files[i]!;
    this.files[i]!.text = undefined;
    if (text === undefined) return undefined;
    if (text.length > this.largeBytes) return new LargeMigration(file, text, this.reading);
    if (this.thread && !this.broken && i < this.sent && this.onThread(text)) {
      const reply = this.replies.get(i) ?? await new Promise<AheadReply>((resolve) => this.waiting.set(i, resolve));
      this.replies.delete(i);
      if ('json' in reply) {
        this.readOnThread++;
        return JSON.parse(reply.json) as ParsedMigration;
      }
    }
    return parseMigration(file, text, this.reading);
  }

  /** Whether files go to a thread (for tests and measurements). */
  get threaded(): boolean {
    return this.thread !== undefined;
  }

  /** Stops the worker; files not yet taken are parsed here. */
  close(): void {
    this.broken = true;
    void this.thread?.terminate();
  }

  private send(): void {
    while (this.thread && !this.broken && this.sent < this.files.length && this.leadBytes < LEAD_BYTES) {
      const id = this.sent++;
      const { file, text } = this.files[id]!;
      if (!this.onThread(text)) continue;
      this.leadBytes += text!.length;
      this.sizes.set(id, text!.length);
      const request: AheadRequest = { id, file, text: text! };
      this.thread.postMessage(request);
    }
  }

  private onThread(text: string | undefined): boolean {
    return text !== undefined && text.length <= PIECE_BYTES && text.length <= this.largeBytes && text.trim() !== '';
  }

  private giveUp(): void {
    if (this.broken) return;
    this.broken = true;
    for (const [id, wake] of this.waiting) wake({ id, failed: 'the parse thread stopped' });
    this.waiting.clear();
  }
}
