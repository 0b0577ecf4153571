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

  entries(): IterableIterator<[K, V]> {
    // Without a parent nothing is marked gone: the own map is the whole answer, and iterating it natively is fastest.
    return this.parent ? this.layeredEntries() : (this.own.entries() as IterableIterator<[K, V]>);
  }

  keys(): IterableIterator<K> {
    return this.parent ? this.layeredKeys() : this.own.keys();
  }

  values(): IterableIterator<V> {
    return this.parent ? this.layeredValues() : (this.own.values() as IterableIterator<V>);
  }

  private *layeredEntries(): IterableIterator<[K, V]> {
    for (const [k, v] of this.parent!.entries()) if (!this.own.has(k)) yield [k, v];
    for (const [k, v] of this.own) if (v !== GONE) yield [k, v];
  }

  private *layeredKeys(): IterableIterator<K> {
    for (const [k] of this.layeredEntries()) yield k;
  }

  private *layeredValues(): IterableIterator<V> {
    for (const [, v] of this.layeredEntries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  fork(): LayeredMap<K, V> {
    return new LayeredMap(this);
  }

  /** An independent copy of what this map holds, own and inherited. */
  clone(): LayeredMap<K, V> {
    const copy = new LayeredMap<K, V>();
    for (const [k, v] of this.entries()) copy.own.set(k, v);
    return copy;
  }
}

/** The Set counterpart of LayeredMap. */
export class LayeredSet<K> {
  constructor(private readonly map = new LayeredMap<K, true>()) {}

  has(key: K): boolean {
    return this.map.has(key);
  }

  add(key: K): this {
    this.map.set(key, true);
    return this;
  }

  isEmpty(): boolean {
    return this.map.isEmpty();
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

  clone(): LayeredSet<K> {
    return new LayeredSet(this.map.clone());
  }
}
