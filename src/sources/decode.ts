import { createHash } from 'node:crypto';
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

/** A file known by the SHA-256 of its bytes, its text decoded when asked; or why it cannot be read as text. */
export type InspectedFile = { problem: string } | { digest: string; text: () => string };

/** Per buffer, what reading it as text gave, without the text: a second look at the same buffer decodes nothing. */
const inspected = new WeakMap<Buffer, { problem: string } | { digest: string }>();

/**
 * A file of a snapshot as readText reads it, known by the digest of its bytes. A pull request's two trees hand the
 * analysis the same buffer for each file they share (snapshot.ts), and the head's walk goes on from the base's past
 * every such migration: it needs their digests, not their texts.
 */
export function inspectFile(snapshot: Snapshot, path: string): InspectedFile {
  const refused = snapshot.refused?.(path);
  if (refused !== undefined) return { problem: refused };
  const bytes = snapshot.read(path);
  const known = bytes && inspected.get(bytes);
  if (known) return 'problem' in known ? known : { digest: known.digest, text: () => utf8.decode(bytes) };
  const decoded = decodeFile(path, bytes);
  if ('problem' in decoded) {
    if (bytes) inspected.set(bytes, { problem: decoded.problem });
    return { problem: decoded.problem };
  }
  // decodeFile made a text of them: there were bytes.
  const read = bytes!;
  const digest = createHash('sha256').update(read).digest('base64');
  inspected.set(read, { digest });
  let text: string | undefined = decoded.text;
  return {
    digest,
    text: () => {
      const once = text ?? utf8.decode(read);
      text = undefined;
      return once;
    },
  };
}
