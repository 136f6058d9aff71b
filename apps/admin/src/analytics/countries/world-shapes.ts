import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** The drawing's own coordinates; the SVG scales to its box. */
export const mapSize = { width: 960, height: 470 } as const;

/** A country's outline, projected, keyed by its ISO 3166-1 numeric code. */
export interface CountryShape {
  readonly numeric: string;
  readonly path: string;
  /** Where its routes start and end: the centre of its largest land mass. */
  readonly centre: readonly [number, number];
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Land = Feature<Polygon | MultiPolygon, { name: string }>;

/** Antarctica has no seizures and would take a fifth of the drawing. */
const antarctica = '010';

/** A country of several land masses (France and French Guiana) routes from the largest. */
function mainland(land: Land): Feature<Polygon> | Land {
  if (land.geometry.type === 'Polygon') return land;
  const parts = land.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return parts.reduce((largest, part) => (geoArea(part) > geoArea(largest) ? part : largest));
}

function drawShapes(): CountryShape[] {
  const topology = world as unknown as Countries;
  const lands = feature(topology, topology.objects.countries).features.filter(
    (land): land is Land & { id: string } =>
      typeof land.id === 'string' && land.id !== antarctica && land.geometry !== null,
  ) as (Land & { id: string })[];
  const projection = geoNaturalEarth1().fitSize([mapSize.width, mapSize.height], {
    type: 'FeatureCollection',
    features: lands,
  });
  const path = geoPath(projection);
  return lands.map((land) => ({
    numeric: land.id,
    path: path(land) ?? '',
    centre: projection(geoCentroid(mainland(land))) ?? [0, 0],
  }));
}

/** Projected once, on the first visit of the section that draws the map. */
export const countryShapes: readonly CountryShape[] = drawShapes();
