type Values = Record<string, unknown>;

/**
 * For a command on an entity the user picks in the form (a hearing, an appeal, an item, a share):
 * the path names the picked entity, and the body carries the rest of the form without its id.
 */
export function onSelected(
  field: string,
  path: (id: string) => string,
  toBody: (values: Values) => unknown = (values) => values,
) {
  return {
    path: (values: Values) => path(String(values[field])),
    toBody: ({ [field]: _picked, ...body }: Values) => toBody(body),
  };
}
