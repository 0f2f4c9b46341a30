import { describe, expect, it } from 'vitest';
import { isPointInPolygon, type LatLng } from '../../src/modules/postcodes/point-in-polygon.ts';

const at = (latitude: number, longitude: number): LatLng => ({ latitude, longitude });

/** A square around Leicester's Clock Tower, about 1 km a side. */
const square = [at(52.63, -1.14), at(52.63, -1.13), at(52.64, -1.13), at(52.64, -1.14)];

/**
 * A "U" open to the north, like a neighbourhood wrapped round a park: its notch lies inside the
 * bounding box but outside the neighbourhood.
 */
const uShape = [
  at(52.63, -1.145),
  at(52.63, -1.125),
  at(52.645, -1.125),
  at(52.645, -1.131),
  at(52.635, -1.136),
  at(52.645, -1.14),
  at(52.645, -1.145),
];

describe('whether a point lies inside a neighbourhood boundary', () => {
  it.each([
    { place: 'the middle of a square', polygon: square, point: at(52.635, -1.135), inside: true },
    { place: 'north of a square', polygon: square, point: at(52.645, -1.135), inside: false },
    { place: 'east of a square', polygon: square, point: at(52.635, -1.12), inside: false },
    { place: 'west of a square', polygon: square, point: at(52.635, -1.15), inside: false },
    { place: 'the eastern arm of a U', polygon: uShape, point: at(52.6375, -1.1339), inside: true },
    { place: 'the western arm of a U', polygon: uShape, point: at(52.642, -1.1425), inside: true },
    { place: 'the base of a U', polygon: uShape, point: at(52.632, -1.135), inside: true },
    { place: 'the notch of a U', polygon: uShape, point: at(52.642, -1.1355), inside: false },
    { place: 'south of a U', polygon: uShape, point: at(52.62, -1.135), inside: false },
  ])('$place: inside is $inside', ({ polygon, point, inside }) => {
    expect(isPointInPolygon(point, polygon)).toBe(inside);
  });

  it('gives the same answer whether or not the outline repeats its first point at the end', () => {
    const closed = [...uShape, uShape[0]!];
    expect(isPointInPolygon(at(52.6375, -1.1339), closed)).toBe(true);
    expect(isPointInPolygon(at(52.642, -1.1355), closed)).toBe(false);
  });

  it('gives the same answer whichever way round the outline is drawn', () => {
    const reversed = [...uShape].reverse();
    expect(isPointInPolygon(at(52.6375, -1.1339), reversed)).toBe(true);
    expect(isPointInPolygon(at(52.642, -1.1355), reversed)).toBe(false);
  });

  it('finds nothing inside an outline of fewer than three points', () => {
    expect(isPointInPolygon(at(52.635, -1.135), [])).toBe(false);
    expect(isPointInPolygon(at(52.635, -1.135), [at(52.63, -1.14), at(52.64, -1.13)])).toBe(false);
  });
});
