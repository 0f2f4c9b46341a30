import type { ReachGroup, ReachTable } from '#lib/reach/reach.ts';

/** Reach tables as the gateway answers them, for the Reach pages' tests: say only what matters. */

export const reachGroup = (values: Partial<ReachGroup> & { group: string }): ReachGroup => ({
  count: null,
  suppressed: false,
  share: null,
  lowBase: false,
  populationShare: null,
  ratio: null,
  ratioLow: null,
  ratioHigh: null,
  seldomHeard: false,
  ...values,
});

/** Every count held back: what a small area shows. */
export const ALL_HELD_BACK: Partial<ReachTable> = {
  total: null,
  totalSuppressed: true,
  answered: null,
  notSaid: null,
  perThousandResidents: null,
  groups: ['ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER'].map((group) =>
    reachGroup({ group, suppressed: true }),
  ),
};

export function reachTable(values: Partial<ReachTable>): ReachTable {
  return {
    sample: 'SUBSCRIBERS',
    level: 'POLICING_AREA',
    areaId: 'a-city',
    areaName: 'City Centre',
    dimension: 'ETHNIC_GROUP',
    roundId: null,
    roundLabel: null,
    asOf: '2026-12-05T12:00:00Z',
    total: 400,
    totalSuppressed: false,
    answered: 380,
    notSaid: 20,
    population: 52000,
    perThousandResidents: 7.69,
    isDemoPopulation: true,
    groups: [
      reachGroup({
        group: 'ASIAN',
        count: 30,
        share: 0.079,
        populationShare: 0.24,
        ratio: 0.33,
        ratioLow: 0.23,
        ratioHigh: 0.46,
        seldomHeard: true,
      }),
      reachGroup({ group: 'BLACK', suppressed: true, populationShare: 0.05 }),
      reachGroup({ group: 'MIXED', suppressed: true, populationShare: 0.03 }),
      reachGroup({
        group: 'WHITE',
        count: 320,
        share: 0.842,
        populationShare: 0.65,
        ratio: 1.3,
        ratioLow: 1.22,
        ratioHigh: 1.37,
      }),
      reachGroup({ group: 'OTHER', suppressed: true, populationShare: 0.03 }),
    ],
    ...values,
  };
}
