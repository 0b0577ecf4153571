import type { DecodedFile, Snapshot } from '../types.js';

const BINARY_PROBE_BYTES = 8192;
// Fatal: a wrong byte is reported, not replaced by U+FFFD; a leading BOM is dropped by the decoder itself.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, or the reason a file cannot be analysed, so one bad file becomes a finding instead of a crash. */
export function decodeFile(path: string, buf: Buffer | undefined): DecodedFile {
  if (buf === undefined) return { path, problem: 'cannot be read' };
  // git and grep use the same test: text files do not contain NUL.
  if (buf.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { path, problem: 'binary file' };
  try {
    return { path, text: utf8.decode(buf) };
  } catch {
    return { path, problem: 'not valid UTF-8' };
  }
}

/** A file of a snapshot as text, or why not: the snapshot's own reason when it refuses the file (a link leaving the tree). */
export function readText(snapshot: Snapshot, path: string): DecodedFile {
  const refused = snapshot.refused?.(path);
  return refused === undefined ? decodeFile(path, snapshot.read(path)) : { path, problem: refused };
}
