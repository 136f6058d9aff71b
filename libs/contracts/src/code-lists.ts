/** One code of a reference code list, with its English label. */
export interface ListedCode {
  readonly code: string;
  readonly label: string;
  readonly note?: string;
}

/** GET /api/reference/code-lists/:name. */
export interface CodeListBody {
  readonly name: string;
  readonly codes: readonly ListedCode[];
}
