/**
 * Memo tables for analyses several rules share (reachability, window timing,
 * category verdicts). Keyed by model objects; `forgetMemos` drops a model's
 * entries once its lint run is over, so thousands of open documents do not keep
 * every analysis alive. Features that need one later simply recompute it.
 */
const registry: WeakMap<object, unknown>[] = [];

export function memoTable<K extends object, V>(): WeakMap<K, V> {
  const table = new WeakMap<K, V>();
  registry.push(table as unknown as WeakMap<object, unknown>);
  return table;
}

export function forgetMemos(keys: Iterable<object | undefined>): void {
  for (const key of keys) if (key) for (const table of registry) table.delete(key);
}
