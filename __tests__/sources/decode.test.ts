import { decodeFile } from '../../src/sources/decode.js';

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
