export interface LatLng {
  latitude: number;
  longitude: number;
}

/**
 * Whether a point lies inside a polygon (a neighbourhood boundary), by ray casting: follow a line
 * due east from the point and count the edges it crosses; an odd count means inside. It works for
 * concave outlines, which real boundaries drawn along roads and rivers always are.
 *
 * Latitude and longitude are treated as flat x/y. Across a neighbourhood (a few km) the error is
 * well under a metre, far less than the distance from a postcode's centroid to its houses. A point
 * exactly on an edge may land on either side; a postcode centroid on a boundary line is one of
 * the cases the data.police.uk fallback settles.
 */
export function isPointInPolygon(point: LatLng, polygon: readonly LatLng[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    const straddles = a.latitude > point.latitude !== b.latitude > point.latitude;
    if (!straddles) continue;
    // Where the edge a–b crosses the point's latitude; straddling means a and b differ there.
    const crossingLongitude =
      a.longitude +
      ((point.latitude - a.latitude) * (b.longitude - a.longitude)) / (b.latitude - a.latitude);
    if (point.longitude < crossingLongitude) inside = !inside;
  }
  return inside;
}
