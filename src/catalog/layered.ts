const GONE: unique symbol = Symbol('gone');

/**
 * A Map that reads through to the map it was forked from and keeps only its own writes, so a fork costs nothing
 * until it writes. The parent must not change while a fork is in use (the replay discards each fork before going on).
 */
export class LayeredMap<K, V> {
  private readonly own = new Map<K, V | typeof GONE>();

  constructor(private readonly parent?: LayeredMap<K, V>) {}

  get(key: K): V | undefined {
    const v = this.own.get(key);
    if (v === GONE) return undefined;
    return v !== undefined ? v : this.parent?.get(key);
  }

  has(key: K): boolean {
    const v = this.own.get(key);
    return v === GONE ? false : v !== undefined || (this.parent?.has(key) ?? false);
  }

  /** Whether nothing is stored, own or inherited (cheaper than counting). */
  isEmpty(): boolean {
    for (const _ of this.entries()) return false;
    return true;
  }

  set(key: K, value: V): this {
    this.own.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    const had = this.has(key);
    if (this.parent) this.own.set(key, GONE);
    else this.own.delete(key);
    return had;
  }

  *entries(): IterableIterator<[K, V]> {
    if (this.parent) for (const [k, v] of this.parent.entries()) if (!this.own.has(k)) yield [k, v];
    for (const [k, v] of this.own) if (v !== GONE) yield [k, v];
  }

  *keys(): IterableIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  fork(): LayeredMap<K, V> {
    return new LayeredMap(this);
  }
}

/** The Set counterpart of LayeredMap. */
export class LayeredSet<K> {
  constructor(private readonly map = new LayeredMap<K, true>()) {}

  static of<K>(items: Iterable<K>): LayeredSet<K> {
    const s = new LayeredSet<K>();
    for (const k of items) s.add(k);
    return s;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  add(key: K): this {
    this.map.set(key, true);
    return this;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  [Symbol.iterator](): IterableIterator<K> {
    return this.map.keys();
  }

  fork(): LayeredSet<K> {
    return new LayeredSet(this.map.fork());
  }
}
