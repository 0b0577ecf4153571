import type { Block } from '@mrleebo/prisma-ast';

/**
 * A reader for one `model`, `view`, `type` or `enum` block that gives the nodes the AST package's parser gives, with
 * the lines prisma.ts's visitor keeps, four to five times faster: the package (chevrotain) took about a second of a
 * 1,000-file audit, on the schema and again on the 3,930 models the fix checker adds. It follows the package's
 * grammar token by token, and its lexer's patterns in its order (the first that matches wins, so `\s+` swallows a
 * line break that follows a space, and a field ends without one). What it might not take the same way it leaves to
 * the package, answering undefined: a text that does not lex or parse, another kind of block, and the forms where
 * the package's choice or its visitor's output is not plain (`name = value` in a block, text after the block).
 */
export function readBlock(text: string): Block | undefined {
  const tokens = lex(text);
  return tokens && new BlockReader(tokens).component();
}

type Kind = 'doc' | 'line' | 'lb' | '@@' | '@' | '.' | '?' | '{' | '}' | '[' | ']' | '(' | ')' | ',' | ':' | '=' | 'kw' | 'str' | 'num' | 'id';

interface Token {
  kind: Kind;
  image: string;
  line: number;
}

// The package's token patterns that need more than a scan of characters, tried where their first character can start
// them; the scan keeps the package's order: comments, line breaks, whitespace, punctuation, true / false / null
// unless an identifier is longer, strings, numbers, identifiers. STRING is the package's pattern as written, `(:?`
// included: what it takes is what the package takes.
const STRING = /"(:?[^\\"\n\r]|\\(:?[bfnrtv"\\/]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const KEYWORDS = new Set(['true', 'false', 'null']);
const PUNCTUATION: Partial<Record<number, Kind>> = {};
for (const c of '.?{}[](),:=') PUNCTUATION[c.charCodeAt(0)] = c as Kind;

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
// [\w-]: letters, digits, _ and -.
const isWordOrDash = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45;
// What `.` does not match: a comment runs to the first of these.
const endsComment = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
// What \s matches.
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
  || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** The tokens of `text`, whitespace skipped; undefined where no pattern matches (the package's lexer drops such text). */
function lex(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let line = 1;
  let at = 0;
  const push = (kind: Kind, end: number) => { tokens.push({ kind, image: text.slice(at, end), line }); at = end; };
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const punctuation = PUNCTUATION[code];
    if (code === 47 && text.charCodeAt(at + 1) === 47) {
      let end = at + 2;
      while (end < text.length && !endsComment(text.charCodeAt(end))) end++;
      push(text.charCodeAt(at + 2) === 47 ? 'doc' : 'line', end);
    } else if (code === 10 || (code === 13 && text.charCodeAt(at + 1) === 10)) {
      push('lb', at + (code === 10 ? 1 : 2));
      line++;
    } else if (isSpace(code)) {
      // \s+ takes the line breaks after a space too.
      for (; at < text.length && isSpace(text.charCodeAt(at)); at++) {
        if (text.charCodeAt(at) === 10) line++;
        // A lone \r is a line break to chevrotain; prisma.ts never gives this reader such a text, but lines must stay true.
        else if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) !== 10) return undefined;
      }
    } else if (code === 64) {
      push(text.charCodeAt(at + 1) === 64 ? '@@' : '@', at + (text.charCodeAt(at + 1) === 64 ? 2 : 1));
    } else if (punctuation) {
      push(punctuation, at + 1);
    } else if (isLetter(code)) {
      let end = at + 1;
      while (end < text.length && isWordOrDash(text.charCodeAt(end))) end++;
      push(KEYWORDS.has(text.slice(at, end)) ? 'kw' : 'id', end);
    } else {
      const image = sticky(code === 34 ? STRING : NUMBER, text, at);
      if (image === undefined) return undefined;
      push(code === 34 ? 'str' : 'num', at + image.length);
    }
  }
  return tokens;
}

/** Thrown where the package's parser would raise an error: the reader then answers undefined. */
class NotTaken extends Error {}

type Value = string | { type: string };

const VALUE_START = new Set<Kind>(['str', 'num', '[', '{', 'id', 'kw']);

class BlockReader {
  private at = 0;

  constructor(private readonly tokens: Token[]) {}

  component(): Block | undefined {
    try {
      const type = this.take('id');
      let name = this.take('id');
      if (this.is('.')) {
        this.at++;
        name = this.take('id');
      }
      const isObject = type.image === 'model' || type.image === 'view' || type.image === 'type';
      if (!isObject && type.image !== 'enum') return undefined;
      const list = this.block(isObject);
      if (this.at !== this.tokens.length) return undefined;
      const line = Math.min(type.line, name.line);
      switch (type.image) {
        case 'model': return { type: 'model', name: name.image, properties: list, location: { startLine: line } } as unknown as Block;
        case 'view': return { type: 'view', name: name.image, properties: list, location: { startLine: line } } as unknown as Block;
        case 'type': return { type: 'type', name: name.image, properties: list } as unknown as Block;
        default: return { type: 'enum', name: name.image, enumerators: list, location: { startLine: line } } as unknown as Block;
      }
    } catch (e) {
      if (e instanceof NotTaken) return undefined;
      throw e;
    }
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.at + ahead];
  }

  private is(kind: Kind, ahead = 0): boolean {
    return this.tokens[this.at + ahead]?.kind === kind;
  }

  private take(kind: Kind): Token {
    const token = this.tokens[this.at];
    if (token?.kind !== kind) throw new NotTaken();
    this.at++;
    return token;
  }

  /** The block's items; undefined when it has none, as the package's visitor gives it. */
  private block(isObject: boolean): unknown[] | undefined {
    this.take('{');
    this.take('lb');
    const list: unknown[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) throw new NotTaken();
      if (token.kind === 'doc' || token.kind === 'line') {
        this.at++;
        list.push({ type: 'comment', text: token.image });
      } else if (token.kind === 'id' && this.is('=', 1)) {
        // A property in a model, an assignment in an enum: neither is read the same way by the package's visitor.
        throw new NotTaken();
      } else if (token.kind === '@@') {
        list.push(this.attribute('object'));
      } else if (token.kind === 'id' && isObject) {
        if (!VALUE_START.has(this.peek(1)?.kind as Kind)) throw new NotTaken();
        list.push(this.field());
      } else if (token.kind === 'id') {
        list.push(this.enumerator());
      } else if (token.kind === 'lb') {
        this.at++;
        if (this.is('lb')) {
          this.at++;
          list.push({ type: 'break' });
        }
      } else {
        break;
      }
    }
    this.take('}');
    return list.length > 0 ? list : undefined;
  }

  private field(): unknown {
    const name = this.take('id');
    const fieldType = this.value();
    let array: Token | undefined;
    let optional: Token | undefined;
    if (this.is('[')) {
      array = this.take('[');
      this.take(']');
    } else if (this.is('?')) {
      optional = this.take('?');
    }
    const attributes = this.fieldAttributes();
    const comment = this.trailingComment();
    const line = Math.min(name.line, optional?.line ?? Infinity, array?.line ?? Infinity);
    return { type: 'field', name: name.image, fieldType, array: array !== undefined, optional: optional !== undefined, attributes, comment, location: { startLine: line } };
  }

  private enumerator(): unknown {
    const name = this.take('id');
    const attributes = this.fieldAttributes();
    const comment = this.trailingComment();
    return { type: 'enumerator', name: name.image, attributes, comment };
  }

  private fieldAttributes(): unknown[] | undefined {
    if (!this.is('@')) return undefined;
    const attributes: unknown[] = [];
    while (this.is('@')) attributes.push(this.attribute('field'));
    return attributes;
  }

  private trailingComment(): string | undefined {
    const token = this.peek();
    if (token?.kind !== 'doc' && token?.kind !== 'line') return undefined;
    this.at++;
    return token.image;
  }

  /** `@name(args)` or `@@name(args)`, with an optional `group.` before the name; a block attribute keeps its line. */
  private attribute(kind: 'field' | 'object'): unknown {
    const sign = this.take(kind === 'object' ? '@@' : '@');
    let group: Token | undefined;
    let name = this.take('id');
    if (this.is('.')) {
      this.at++;
      group = name;
      name = this.take('id');
    }
    let args: unknown[] | undefined;
    if (this.is('(')) {
      this.at++;
      const values = this.separated(() => ({ type: 'attributeArgument', value: this.is('id') && this.is(':', 1) ? this.keyed() : this.value() }), (k) => VALUE_START.has(k));
      this.take(')');
      args = values.length > 0 ? values : undefined;
    }
    const node = { type: 'attribute', name: name.image, kind, group: group?.image, args };
    return kind === 'object' ? { ...node, location: { startLine: Math.min(sign.line, name.line, group?.line ?? Infinity) } } : node;
  }

  /** Items separated by commas, none when the next token cannot start one; a comma must be followed by an item. */
  private separated<T>(item: () => T, starts: (kind: Kind) => boolean): T[] {
    const items: T[] = [];
    const next = this.peek();
    if (!next || !starts(next.kind)) return items;
    items.push(item());
    while (this.is(',')) {
      this.at++;
      items.push(item());
    }
    return items;
  }

  private keyed(): unknown {
    const key = this.take('id');
    this.take(':');
    return { type: 'keyValue', key: key.image, value: this.value() };
  }

  private value(): Value {
    const token = this.peek();
    if (!token) throw new NotTaken();
    switch (token.kind) {
      case 'str': case 'num': case 'kw':
        this.at++;
        return token.image;
      case '[': {
        this.at++;
        const args = this.separated(() => this.value(), (k) => VALUE_START.has(k));
        this.take(']');
        return { type: 'array', args: args.length > 0 ? args : undefined } as Value;
      }
      case '{': {
        this.at++;
        const properties = this.separated(() => this.keyed(), (k) => k === 'id');
        this.take('}');
        return { type: 'object', properties } as Value;
      }
      case 'id':
        this.at++;
        if (this.is('(')) return this.call(token);
        return token.image;
      default:
        throw new NotTaken();
    }
  }

  /** A function call: the package lists its plain arguments first, then its `key: value` ones. */
  private call(name: Token): Value {
    this.take('(');
    const plain: unknown[] = [];
    const keyed: unknown[] = [];
    this.separated(() => (this.is('id') && this.is(':', 1) ? keyed.push(this.keyed()) : plain.push(this.value())), (k) => VALUE_START.has(k));
    this.take(')');
    const params = plain.length > 0 || keyed.length > 0 ? [...plain, ...keyed] : undefined;
    return { type: 'function', name: name.image, params } as Value;
  }
}
