import { code, fence, table, text } from '../../src/report/escape.js';
import { fold } from '../../src/report/format.js';

const Z = '\u200B';

describe('text', () => {
  test.each([
    ['plain words stay', 'Table public.users has no model', 'Table public.users has no model'],
    ['HTML is inert', '<img src=x onerror=alert(1)> & co', '&lt;img src=x onerror=alert\\(1\\)&gt; &amp; co'],
    ['links do not form', '[click](https://evil.example)', '\\[click\\]\\(https:' + Z + '//evil.example\\)'],
    ['bare URLs do not autolink', 'see http://a.example and www.b.example', 'see http:' + Z + '//a.example and www' + Z + '.b.example'],
    ['mentions and team mentions do not notify', '@everyone and @org/team', '@' + Z + 'everyone and @' + Z + 'org/team'],
    ['issue references do not link', 'fixes #123', 'fixes #' + Z + '123'],
    ['emphasis and code marks are literal', '*a* _b_ `c` ~d~ \\', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\\\'],
    ['newlines fold into one line', 'one\n  two\r\nthree', 'one two three'],
  ])('%s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('code', () => {
  test.each([
    ['a plain name', 'public.users', '`public.users`'],
    ['a backtick inside', 'a`b', '``a`b``'],
    ['a run of two inside', 'a``b', '```a``b```'],
    ['a backtick at the edge', '`x', '`` `x ``'],
    ['spaces at both ends kept', ' x ', '`  x  `'],
    ['newlines folded', 'a\nb', '`a b`'],
    ['HTML left verbatim (code spans are literal)', '<img src=x>', '`<img src=x>`'],
  ])('%s', (_, input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

test('fence is longer than any backtick run inside', () => {
  expect(fence('select 1;', 'sql')).toBe('```sql\nselect 1;\n```');
  expect(fence('a ```` b\n\n')).toBe('`````\na ```` b\n`````');
});

test('table escapes pipes in every cell, keeping an odd backslash run from eating the escape', () => {
  expect(table(['A', 'B'], [[code('x|y'), text('p|q')], [code('a\\|b'), '-']])).toBe(
    '| A | B |\n| - | - |\n| `x\\|y` | p\\|q |\n| `a\\\\\\|b` | - |',
  );
});

test('a folded body keeps blank lines around it inside details; ten rows or fewer are not folded', () => {
  expect(fold('11 tables', '| a |', 11)).toBe('<details><summary>11 tables</summary>\n\n| a |\n\n</details>');
  expect(fold('10 tables', '| a |', 10)).toBe('| a |');
});
