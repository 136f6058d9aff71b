import { type ShownFigure } from './shown-figure';

export type MapMeasure = 'index' | 'seized';

/**
 * Five classes per measure, light for a weak chain or few seizures, dark for a strong one or many
 * (ColorBrewer YlGnBu and YlOrRd, legible for colour-blind readers and on both themes).
 */
const classes: Readonly<Record<MapMeasure, { bounds: number[]; colours: string[] }>> = {
  index: {
    bounds: [0.2, 0.4, 0.6, 0.8],
    colours: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  },
  seized: {
    bounds: [5, 10, 20, 50],
    colours: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  },
};

/** The colour of a value's class. */
export function classColour(measure: MapMeasure, value: number): string {
  const { bounds, colours } = classes[measure];
  const found = bounds.findIndex((bound) => value < bound);
  return colours[found === -1 ? colours.length - 1 : found] ?? '';
}

/** The legend: each class's colour with its lower and upper bounds (the last has none above). */
export function legendClasses(measure: MapMeasure) {
  const { bounds, colours } = classes[measure];
  return colours.map((colour, index) => ({
    colour,
    from: index === 0 ? (measure === 'index' ? 0 : 1) : (bounds[index - 1] ?? 0),
    to: bounds[index],
  }));
}

export const hiddenPatternId = 'countries-map-hidden';

/** A country's fill: its class, a hatching where hidden, the theme's blank where nothing is known. */
export function fillOf(measure: MapMeasure, figure: ShownFigure | undefined, blank: string) {
  if (figure?.kind === 'value') return classColour(measure, figure.value);
  if (figure?.kind === 'hidden') return `url(#${hiddenPatternId})`;
  return blank;
}
