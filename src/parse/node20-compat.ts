/**
 * chevrotain 12 (under @mrleebo/prisma-ast) calls `Object.groupBy`, which Node 20 lacks, while building its grammar
 * at import time. The CLI promises Node >= 20, so the method is supplied here, before that import, and only when
 * missing; on Node 22+ this module does nothing.
 */

type GroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;

function groupBy<T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey): Record<PropertyKey, T[]> {
  const groups: Record<PropertyKey, T[]> = Object.create(null);
  let index = 0;
  for (const item of items) (groups[key(item, index++)] ??= []).push(item);
  return groups;
}

const target = Object as unknown as { groupBy?: GroupBy };
if (!target.groupBy) target.groupBy = groupBy;

export {};
