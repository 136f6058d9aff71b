/**
 * A value of a lookup table by a name that may come from a request. Only the table's own
 * properties count: `constructor`, `__proto__`, `toString` and the like name members of
 * `Object.prototype`, which a plain `table[name]` would return.
 */
export function ownProperty<Value>(
  table: Readonly<Record<string, Value>>,
  name: string,
): Value | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** Whether a name taken from a request is one of the table's own keys. */
export function isOwnKey<Table extends object>(
  table: Table,
  name: PropertyKey,
): name is keyof Table {
  return Object.hasOwn(table, name);
}
