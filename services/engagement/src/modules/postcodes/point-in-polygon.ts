import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

export interface LatLng {
  latitude: number;
  longitude: number;
}

/**
 * Whether a point lies inside a polygon (a neighbourhood boundary, as data.police.uk gives it:
 * latitude/longitude points, the ring open or closed, either way round). Turf does the geometry,
 * concave outlines included, which real boundaries drawn along roads and rivers always are.
 *
 * Latitude and longitude are treated as flat x/y. Across a neighbourhood (a few km) the error is
 * well under a metre, far less than the distance from a postcode's or an LSOA's centroid to its
 * houses. A point exactly on an edge counts as inside; a postcode centroid on a boundary line is
 * one of the cases the data.police.uk fallback settles.
 */
export function isPointInPolygon(point: LatLng, polygon: readonly LatLng[]): boolean {
  // GeoJSON wants a closed ring of at least four positions; fewer than three corners is no area.
  if (polygon.length < 3) return false;
  const ring = polygon.map(({ latitude, longitude }) => [longitude, latitude]);
  const [first, last] = [ring[0]!, ring.at(-1)!];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  if (ring.length < 4) return false;
  return booleanPointInPolygon([point.longitude, point.latitude], {
    type: 'Polygon',
    coordinates: [ring],
  });
}
