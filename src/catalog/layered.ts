const GONE: unique symbol = Symbol('gone');
/** What a map that never had a write iterates. */
const NOTHING = new Map<never, never>();

/**
 * A Map that reads through to the map it was forked from and keeps only its own writes, so a fork costs nothing
 * until it writes. The parent must not change while a fork is in use (the replay discards each fork before going on).
 */
export class LayeredMap<K, V> {
  // Made at the first write: the replay forks the catalog for every statement it tries, and most forks write to few
  // of their maps, so an empty Map each would be most of what a fork allocates.
  private own: Map<K, V | typeof GONE> | undefined;
  /** Set when a key this fork marked gone is written again: the map's order then differs from a single map's. */
  private reordered = false;

  constructor(private readonly parent?: LayeredMap<K, V>) {}

  get(key: K): V | undefined {
    const v = this.own?.get(key);
    if (v === GONE) return undefined;
    return v !== undefined ? v : this.parent?.get(key);
  }

  has(key: K): boolean {
    const v = this.own?.get(key);
    return v === GONE ? false : v !== undefined || (this.parent?.has(key) ?? false);
  }

  /** Whether nothing is stored, own or inherited (cheaper than counting). */
  isEmpty(): boolean {
    for (const _ of this.entries()) return false;
    return true;
  }

  set(key: K, value: V): this {
    this.own ??= new Map();
    if (this.own.get(key) === GONE) this.reordered = true;
    this.own.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    const had = this.has(key);
    if (this.parent) (this.own ??= new Map()).set(key, GONE);
    else this.own?.delete(key);
    return had;
  }

  entries(): IterableIterator<[K, V]> {
    // Without a parent nothing is marked gone: the own map is the whole answer, and iterating it natively is fastest.
    return this.parent ? this.layeredEntries() : ((this.own ?? NOTHING).entries() as IterableIterator<[K, V]>);
  }

  keys(): IterableIterator<K> {
    return this.parent ? this.layeredKeys() : (this.own ?? NOTHING).keys();
  }

  values(): IterableIterator<V> {
    return this.parent ? this.layeredValues() : ((this.own ?? NOTHING).values() as IterableIterator<V>);
  }

  private *layeredEntries(): IterableIterator<[K, V]> {
    const own = this.own;
    if (!own) {
      yield* this.parent!.entries();
      return;
    }
    for (const [k, v] of this.parent!.entries()) if (!own.has(k)) yield [k, v];
    for (const [k, v] of own) if (v !== GONE) yield [k, v];
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

  /** The values this map itself holds (written here, not inherited). */
  *ownValues(): IterableIterator<V> {
    for (const v of (this.own ?? NOTHING).values()) if (v !== GONE) yield v;
  }

  /**
   * Whether `adopt` would leave this map as its writes made on the parent would: not when a key was removed and
   * written again (on a single map it then comes last; a fork keeps it where it was first written).
   */
  adoptable(): boolean {
    return !this.reordered;
  }

  /** Makes the writes of `child`, a fork of this map that is then spent, this map's own. */
  adopt(child: LayeredMap<K, V>): void {
    if (child.parent !== this) throw new Error('LayeredMap.adopt: not a fork of this map');
    for (const [k, v] of child.own ?? NOTHING) {
      if (v === GONE) this.delete(k);
      else this.set(k, v);
    }
  }

  /** An independent copy of what this map holds, own and inherited. */
  clone(): LayeredMap<K, V> {
    const copy = new LayeredMap<K, V>();
    // Without a parent nothing is marked gone: the own map is the whole, copied without an entry array per key.
    if (!this.parent) {
      const own = this.own;
      if (own) {
        const mine = (copy.own = new Map());
        own.forEach((v, k) => mine.set(k, v));
      }
      return copy;
    }
    for (const [k, v] of this.entries()) copy.set(k, v);
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

  adoptable(): boolean {
    return this.map.adoptable();
  }

  adopt(child: LayeredSet<K>): void {
    this.map.adopt(child.map);
  }

  clone(): LayeredSet<K> {
    return new LayeredSet(this.map.clone());
  }
}
