import { ukToday } from '@engage/shared/uk-time';

/**
 * DEMO DATA: the force-wide confidence path of the demo force, one entry per six-monthly round.
 * It follows the published shape of a real force's score (78% in 2019, 49.6% in 2023, 52.5% in
 * May 2024); each neighbourhood's seeded score varies around it.
 */
export const DEMO_ROUNDS: readonly {
  label: string;
  closedOn: string;
  forceScore: number;
  /** DEMO DATA: an invented national (CSEW-style) figure for the period, as an admin enters it. */
  national: number;
}[] = [
  { label: 'May 2019', closedOn: '2019-05-31', forceScore: 78.0, national: 74.0 },
  { label: 'November 2019', closedOn: '2019-11-30', forceScore: 76.5, national: 73.2 },
  { label: 'May 2020', closedOn: '2020-05-31', forceScore: 73.0, national: 72.1 },
  { label: 'November 2020', closedOn: '2020-11-30', forceScore: 70.2, national: 70.5 },
  { label: 'May 2021', closedOn: '2021-05-31', forceScore: 66.8, national: 68.0 },
  { label: 'November 2021', closedOn: '2021-11-30', forceScore: 62.4, national: 64.9 },
  { label: 'May 2022', closedOn: '2022-05-31', forceScore: 58.9, national: 61.3 },
  { label: 'November 2022', closedOn: '2022-11-30', forceScore: 55.0, national: 58.8 },
  { label: 'May 2023', closedOn: '2023-05-31', forceScore: 51.2, national: 56.2 },
  { label: 'November 2023', closedOn: '2023-11-30', forceScore: 49.6, national: 54.7 },
  { label: 'May 2024', closedOn: '2024-05-31', forceScore: 52.5, national: 55.1 },
  { label: 'November 2024', closedOn: '2024-11-30', forceScore: 53.4, national: 55.6 },
  { label: 'May 2025', closedOn: '2025-05-31', forceScore: 54.1, national: 56.0 },
  { label: 'November 2025', closedOn: '2025-11-30', forceScore: 55.0, national: 56.3 },
  { label: 'May 2026', closedOn: '2026-05-31', forceScore: 55.8, national: 56.5 },
];

/**
 * DEMO DATA: the round open now, placed around the day the demo is seeded so it never ages into a
 * thin closed round (seeded as fixed dates, it closed with 1–3 answers a team and hid every team's
 * last real figure). It opened 24 days ago (its few answers are spread over its first 23 days, so
 * none is dated in the future) and closes in a week; it is named for the current month, or marked
 * "(current)" where that name is one of the history's.
 */
export function demoOpenRound(today: string = ukToday()): {
  label: string;
  openedOn: string;
  closesOn: string;
} {
  const month = new Date(`${today}T12:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const taken = DEMO_ROUNDS.some((round) => round.label === month);
  return {
    label: taken ? `${month} (current)` : month,
    openedOn: addDays(today, -24),
    closesOn: addDays(today, 7),
  };
}

/**
 * DEMO DATA: when each round opened to residents: four weeks before it closed, and the round open
 * now, with only a few answers yet. Six-monthly rounds meet the quarterly-survey standard in two
 * quarters of four: the realistic gap the compliance view should show.
 */
export function demoOpenedRounds(
  today: string = ukToday(),
): { label: string; openedOn: string; closesOn: string }[] {
  return [
    ...DEMO_ROUNDS.map(({ label, closedOn }) => ({
      label,
      openedOn: `${closedOn.slice(0, 8)}01`,
      closesOn: closedOn,
    })),
    demoOpenRound(today),
  ];
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
