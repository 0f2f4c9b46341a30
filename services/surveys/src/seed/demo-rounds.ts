/**
 * DEMO DATA: the force-wide confidence path of the demo force, one entry per six-monthly round.
 * It follows the published shape of a real force's score (78% in 2019, 49.6% in 2023, 52.5% in
 * May 2024); each neighbourhood's seeded score varies around it.
 */
export const DEMO_ROUNDS: readonly { label: string; closedOn: string; forceScore: number }[] = [
  { label: 'May 2019', closedOn: '2019-05-31', forceScore: 78.0 },
  { label: 'November 2019', closedOn: '2019-11-30', forceScore: 76.5 },
  { label: 'May 2020', closedOn: '2020-05-31', forceScore: 73.0 },
  { label: 'November 2020', closedOn: '2020-11-30', forceScore: 70.2 },
  { label: 'May 2021', closedOn: '2021-05-31', forceScore: 66.8 },
  { label: 'November 2021', closedOn: '2021-11-30', forceScore: 62.4 },
  { label: 'May 2022', closedOn: '2022-05-31', forceScore: 58.9 },
  { label: 'November 2022', closedOn: '2022-11-30', forceScore: 55.0 },
  { label: 'May 2023', closedOn: '2023-05-31', forceScore: 51.2 },
  { label: 'November 2023', closedOn: '2023-11-30', forceScore: 49.6 },
  { label: 'May 2024', closedOn: '2024-05-31', forceScore: 52.5 },
  { label: 'November 2024', closedOn: '2024-11-30', forceScore: 53.4 },
  { label: 'May 2025', closedOn: '2025-05-31', forceScore: 54.1 },
  { label: 'November 2025', closedOn: '2025-11-30', forceScore: 55.0 },
  { label: 'May 2026', closedOn: '2026-05-31', forceScore: 55.8 },
];

/**
 * DEMO DATA: when each round opened to residents: four weeks before it closed, and the November
 * 2026 round, open now, with no results yet. Six-monthly rounds meet the quarterly-survey
 * standard in two quarters of four: the realistic gap the compliance view should show.
 */
export const DEMO_OPENED_ROUNDS: readonly { label: string; openedOn: string; closesOn: string }[] =
  [
    ...DEMO_ROUNDS.map(({ label, closedOn }) => ({
      label,
      openedOn: `${closedOn.slice(0, 8)}01`,
      closesOn: closedOn,
    })),
    { label: 'November 2026', openedOn: '2026-11-02', closesOn: '2026-11-30' },
  ];
