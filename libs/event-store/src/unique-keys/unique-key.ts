/** A value that at most one stream may hold within its scope, e.g. a case reference within an agency. */
export interface UniqueKey {
  readonly scope: string;
  readonly key: string;
}
