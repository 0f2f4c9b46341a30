import proj4 from 'proj4';
import { isPointInPolygon, type LatLng } from '../postcodes/point-in-polygon.ts';
import {
  CensusImportError,
  LSOA_CODE,
  findColumn,
  requireColumn,
  type CsvFile,
} from './census-files.ts';

/** The teams an assignment can name, with what a lookup file may call them. */
export interface TeamForAssignment {
  id: string;
  slug: string;
  policeNeighbourhoodRef: string | null;
  boundary: LatLng[] | null;
}

/** Which team each LSOA belongs to: LSOA code → neighbourhood id. */
export type LsoaAssignment = Map<string, string>;

/**
 * The lookup a force supplies: `LSOA21CD,neighbourhood`, one row per LSOA, the neighbourhood as
 * its slug ("belgrave") or its data.police.uk id ("NC04"). An LSOA named twice, or a team we do
 * not have, is refused: a guess would put residents in the wrong team.
 */
export function assignByLookup(file: CsvFile, teams: readonly TeamForAssignment[]): LsoaAssignment {
  const what = 'an LSOA lookup (columns LSOA21CD,neighbourhood)';
  const codeColumn = requireColumn(file, what, 'LSOA21CD');
  const teamColumn = requireColumn(file, what, 'neighbourhood');
  const assignment: LsoaAssignment = new Map();
  file.rows.forEach((row, index) => {
    const where = `${file.fileName}, row ${index + 2}`;
    const code = row[codeColumn]!.trim();
    const name = row[teamColumn]!.trim();
    if (!LSOA_CODE.test(code)) {
      throw new CensusImportError(`${where}: "${code}" is not a 2021 LSOA code (E01… or W01…).`);
    }
    if (assignment.has(code)) throw new CensusImportError(`${where}: ${code} is listed twice.`);
    const bySlug = teams.find((team) => team.slug === name);
    const byRef = teams.filter((team) => team.policeNeighbourhoodRef === name);
    if (!bySlug && byRef.length > 1) {
      throw new CensusImportError(
        `${where}: "${name}" is the data.police.uk id of more than one team; use the team's slug.`,
      );
    }
    const team = bySlug ?? byRef[0];
    if (!team) {
      throw new CensusImportError(
        `${where}: no neighbourhood has the slug or data.police.uk id "${name}". Import the force's neighbourhoods first (import:police-api).`,
      );
    }
    assignment.set(code, team.id);
  });
  return assignment;
}

/** British National Grid (EPSG:27700), OSGB36 with the usual 7-parameter shift to WGS84. */
const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const toWgs84 = proj4(BRITISH_NATIONAL_GRID, 'EPSG:4326');

/** A BNG easting and northing as latitude and longitude (WGS84), to about a metre. */
export function fromBritishNationalGrid(easting: number, northing: number): LatLng {
  const [longitude, latitude] = toWgs84.forward([easting, northing]);
  return { latitude: latitude!, longitude: longitude! };
}

/**
 * ONS's population-weighted LSOA centroids (`FID,LSOA21CD,GlobalID,x,y`, x and y as British
 * National Grid eastings and northings; a file with latitude and longitude columns is read as
 * it is): each LSOA goes to the team whose imported boundary holds its centroid. A centroid
 * outside every boundary is another force's LSOA.
 */
export function assignByCentroids(
  file: CsvFile,
  teams: readonly TeamForAssignment[],
): LsoaAssignment {
  const what = 'the ONS LSOA population-weighted centroids (FID,LSOA21CD,GlobalID,x,y)';
  const codeColumn = requireColumn(file, what, 'LSOA21CD');
  const latColumn = findColumn(file, 'lat', 'latitude');
  const longColumn = findColumn(file, 'long', 'lon', 'longitude');
  const geographic = latColumn >= 0 && longColumn >= 0;
  const xColumn = geographic ? -1 : requireColumn(file, what, 'x');
  const yColumn = geographic ? -1 : requireColumn(file, what, 'y');
  // England has about 33,000 LSOAs and a boundary thousands of points: a box around each team
  // rules out almost every centroid before the polygon test.
  const bounded = teams
    .filter(
      (team): team is TeamForAssignment & { boundary: LatLng[] } =>
        team.boundary !== null && team.boundary.length >= 3,
    )
    .map((team) => ({ ...team, box: boundingBox(team.boundary) }));
  if (bounded.length === 0) {
    throw new CensusImportError(
      'No neighbourhood has a boundary to place the centroids in: import the force first (import:police-api), or give --lsoa-lookup.',
    );
  }
  const assignment: LsoaAssignment = new Map();
  file.rows.forEach((row, index) => {
    const number = (column: number) => {
      const value = Number(row[column]);
      if (row[column] === '' || !Number.isFinite(value)) {
        throw new CensusImportError(
          `${file.fileName}, row ${index + 2}: "${file.headers[column]}" is "${row[column]}", not a number.`,
        );
      }
      return value;
    };
    const point = geographic
      ? { latitude: number(latColumn), longitude: number(longColumn) }
      : fromBritishNationalGrid(number(xColumn), number(yColumn));
    const team = bounded.find(
      ({ boundary, box }) =>
        point.latitude >= box.south &&
        point.latitude <= box.north &&
        point.longitude >= box.west &&
        point.longitude <= box.east &&
        isPointInPolygon(point, boundary),
    );
    if (team) assignment.set(row[codeColumn]!.trim(), team.id);
  });
  return assignment;
}

function boundingBox(boundary: readonly LatLng[]) {
  const latitudes = boundary.map((point) => point.latitude);
  const longitudes = boundary.map((point) => point.longitude);
  return {
    south: Math.min(...latitudes),
    north: Math.max(...latitudes),
    west: Math.min(...longitudes),
    east: Math.max(...longitudes),
  };
}
