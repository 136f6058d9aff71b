/**
 * The deepest nesting a request may carry in its body or a JSON query parameter. Greenchain's own
 * shapes nest four levels at most; validation and serialisation walk a value recursively, so a
 * much deeper one would exhaust the stack instead of being refused.
 */
export const maxJsonDepth = 16;

/** What is wrong with a parsed JSON value as a whole, and where (a dotted path into it). */
export interface JsonShapeProblem {
  readonly code: 'request/too-deep' | 'request/reserved-key';
  readonly path: string;
  readonly detail: string;
}

/**
 * Keys that name a member of `Object.prototype` (`__proto__`, `constructor`, `toString`…). No
 * request shape uses one, and code that indexes a table with such a key finds the prototype's
 * member; class-transformer drops some of them silently. They are refused wherever they appear.
 */
const isReservedKey = (key: string): boolean => key in Object.prototype;

const pathTo = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/** The first problem of a parsed JSON value, walked without recursion; undefined when none. */
export function jsonShapeProblem(value: unknown, root = ''): JsonShapeProblem | undefined {
  const pending: { value: unknown; depth: number; path: string }[] = [
    { value, depth: 0, path: root },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > maxJsonDepth) {
      const detail = `nests deeper than ${maxJsonDepth} levels`;
      return { code: 'request/too-deep', path: root === '' ? 'body' : root, detail };
    }
    for (const [key, child] of Object.entries(next.value)) {
      const path = pathTo(next.path, key);
      if (isReservedKey(key)) {
        return { code: 'request/reserved-key', path, detail: `${key} is not a field name` };
      }
      pending.push({ value: child, depth, path });
    }
  }
  return undefined;
}
