/**
 * The message keys of a figure's controls, each named in full where a panel is defined so that the
 * console's translation check sees them: the switch (`view`, `chart`, `table`), the PNG button and
 * the file links, each but `chart` and `table` given the figure's title.
 */
export interface FigureMessages {
  readonly view: string;
  readonly chart: string;
  readonly table: string;
  readonly png: string;
  readonly csv: string;
  readonly xlsx: string;
}
