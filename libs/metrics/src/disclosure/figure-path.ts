type Node = Readonly<Record<string, unknown>>;

/**
 * One step of a path to a figure: a property (`cases`), or the element of a list whose fields hold
 * the given values (`steps[step=charged]`, `reasons[reason=declined,reasonCode=insufficient_evidence]`),
 * so a figure is found by what it is, not by where a list happens to put it.
 */
interface Segment {
  readonly key: string;
  readonly match?: readonly (readonly [string, string])[];
}

const selector = /^([^[\]]+)\[([^\]]*)\]$/;

function segments(path: string): Segment[] {
  return path.split('.').map((part) => {
    const found = selector.exec(part);
    if (!found) return { key: part };
    const match = (found[2] ?? '').split(',').map((pair) => {
      const [field = '', value = ''] = pair.split('=');
      return [field, value] as const;
    });
    return { key: found[1] ?? '', match };
  });
}

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object';

function child(node: unknown, { key, match }: Segment): unknown {
  if (!isNode(node) || !Object.hasOwn(node, key)) return undefined;
  const value = node[key];
  if (!match) return value;
  return Array.isArray(value) ? value.find((element) => matches(element, match)) : undefined;
}

function matches(element: unknown, match: NonNullable<Segment['match']>): boolean {
  return (
    isNode(element) &&
    match.every(
      ([field, value]) => Object.hasOwn(element, field) && String(element[field]) === value,
    )
  );
}

/** The number at the path; 0 where there is none (a reason no defendant had counts none). */
export function numberAt(row: unknown, path: string): number {
  const value = segments(path).reduce<unknown>(child, row);
  return typeof value === 'number' ? value : 0;
}

/** A copy of the row with the figure at the path set to null; lists and objects copied on the way. */
export function withNull<T>(row: T, path: string): T {
  return nulled(row, segments(path)) as T;
}

function nulled(node: unknown, [first, ...rest]: readonly Segment[]): unknown {
  if (first === undefined || !isNode(node) || !Object.hasOwn(node, first.key)) return node;
  const value = node[first.key];
  const replaced = first.match
    ? replaceMatching(value, first.match, rest)
    : rest.length === 0
      ? null
      : nulled(value, rest);
  return { ...node, [first.key]: replaced };
}

function replaceMatching(
  list: unknown,
  match: NonNullable<Segment['match']>,
  rest: readonly Segment[],
): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((element: unknown) =>
    matches(element, match) ? (rest.length === 0 ? null : nulled(element, rest)) : element,
  );
}
