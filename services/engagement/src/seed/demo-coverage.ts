import { stableId, type DemoNeighbourhood } from '@engage/shared';
import type { CoverageKind } from '../modules/geography/coverage-area.entity.ts';

/** DEMO DATA: a city team covers its ward; a county team its ward and its parish. */
export function demoCoverage(neighbourhood: DemoNeighbourhood, urban: boolean) {
  const areas: { name: string; kind: CoverageKind }[] = [
    { name: `${neighbourhood.name} ward`, kind: 'WARD' },
    ...(urban ? [] : [{ name: `${neighbourhood.name} parish`, kind: 'PARISH' as const }]),
  ];
  return areas.map(({ name, kind }) => ({
    id: stableId('coverage-area', `${neighbourhood.slug}/${name}`),
    neighbourhood: neighbourhood.id,
    name,
    kind,
  }));
}

/** DEMO DATA: sectors 1–3 of the team's postcode district. */
export function demoSectors(neighbourhood: DemoNeighbourhood) {
  return [1, 2, 3].map((digit) => ({
    sector: `${neighbourhood.postcodeDistrict} ${digit}`,
    neighbourhood: neighbourhood.id,
  }));
}
