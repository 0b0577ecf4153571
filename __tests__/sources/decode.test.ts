import { createHash } from 'node:crypto';
import { decodeFile, inspectFile } from '../../src/sources/decode.js';
import type { Snapshot } from '../../src/types.js';

describe('decodeFile', () => {
  it.each([
    ['plain UTF-8', Buffer.from('select 1;\n'), { path: 'a.sql', text: 'select 1;\n' }],
    ['a leading BOM is dropped', Buffer.from('\uFEFFselect 1;'), { path: 'a.sql', text: 'select 1;' }],
    ['CRLF is kept', Buffer.from('a;\r\nb;\r\n'), { path: 'a.sql', text: 'a;\r\nb;\r\n' }],
    ['multi-byte characters', Buffer.from('-- café ✓'), { path: 'a.sql', text: '-- café ✓' }],
    ['unreadable', undefined, { path: 'a.sql', problem: 'cannot be read' }],
    ['a NUL byte', Buffer.from([0x73, 0x00, 0x71]), { path: 'a.sql', problem: 'binary file' }],
    ['invalid UTF-8 (Latin-1 é)', Buffer.from([0x63, 0x61, 0x66, 0xe9]), { path: 'a.sql', problem: 'not valid UTF-8' }],
  ])('%s', (_, buf, expected) => {
    expect(decodeFile('a.sql', buf)).toEqual(expected);
  });

  it('looks for NUL only in the first 8 KB', () => {
    const buf = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    expect(decodeFile('big.sql', buf)).toEqual({ path: 'big.sql', text: `${'a'.repeat(8192)}\0` });
  });
});

describe('inspectFile', () => {
  const snapshotOf = (files: Record<string, Buffer>, refused: Record<string, string> = {}): Snapshot => ({
    label: 'memory', files: () => Object.keys(files), read: (path) => files[path], refused: (path) => refused[path],
  });
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
  const seen = (snapshot: Snapshot, path: string) => {
    const file = inspectFile(snapshot, path);
    return 'problem' in file ? file : { digest: file.digest, text: file.text() };
  };

  it.each([
    ['plain UTF-8', Buffer.from('select 1;\n'), (b: Buffer) => ({ digest: sha256(b), text: 'select 1;\n' })],
    ['a leading BOM: dropped from the text, not from the digest', Buffer.from('\uFEFFselect 1;'), (b: Buffer) => ({ digest: sha256(b), text: 'select 1;' })],
    ['a NUL byte', Buffer.from([0x73, 0x00, 0x71]), () => ({ problem: 'binary file' })],
    ['invalid UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9]), () => ({ problem: 'not valid UTF-8' })],
  ])('%s: the same the first time and when the same buffer comes again', (_, bytes, expected) => {
    const snapshot = snapshotOf({ 'a.sql': bytes });
    expect(seen(snapshot, 'a.sql')).toEqual(expected(bytes));
    expect(seen(snapshot, 'a.sql')).toEqual(expected(bytes));
  });

  it('a file the snapshot cannot read or refuses has its reason', () => {
    const snapshot = snapshotOf({ 'link.sql': Buffer.from('select 1;') }, { 'link.sql': 'a link leaving the tree' });
    expect(inspectFile(snapshot, 'link.sql')).toEqual({ problem: 'a link leaving the tree' });
    expect(inspectFile(snapshot, 'gone.sql')).toEqual({ problem: 'cannot be read' });
  });

  it('equal bytes in two buffers have one digest', () => {
    const a = inspectFile(snapshotOf({ 'a.sql': Buffer.from('select 1;') }), 'a.sql');
    const b = inspectFile(snapshotOf({ 'b.sql': Buffer.from('select 1;') }), 'b.sql');
    expect('digest' in a && 'digest' in b && a.digest === b.digest).toBe(true);
  });
});
