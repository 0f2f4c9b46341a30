import { demoRandom } from '@engage/shared';
import { ukToday } from '@engage/shared/uk-time';

/** DEMO DATA: one closed force-wide round of the demo history. */
export interface DemoRound {
  label: string;
  openedOn: string;
  closedOn: string;
  forceScore: number;
  /** DEMO DATA: an invented national (CSEW-style) figure for the period, as an admin enters it. */
  national: number;
}

/**
 * DEMO DATA: the force-wide confidence path of the demo force up to May 2024, one entry per
 * six-monthly round. It follows the published shape of a real force's score (78% in 2019, 49.6%
 * in 2023, 52.5% in May 2024); each neighbourhood's seeded score varies around it.
 */
const PUBLISHED_PATH: readonly Omit<DemoRound, 'openedOn'>[] = [
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
];

/** At most this many quarterly rounds are seeded before today (three years' worth). */
const RECENT_QUARTERS = 12;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * DEMO DATA: the closed force-wide rounds, oldest first, relative to the day the demo is seeded,
 * so a demo never ages into stale or thin figures. The published six-monthly path up to May 2024,
 * then a round in the last month of each quarter (labelled by that month: "September 2026"),
 * for every quarter from the third of 2024 that ended before `today`, the last twelve at most.
 * Their force score climbs gently from 52.5% with a little repeatable noise. Every round is full
 * (30–60 answers a team, demo-responses.ts), so every team has a figure to show in each.
 */
export function demoHistory(today: string = ukToday()): DemoRound[] {
  const history: DemoRound[] = PUBLISHED_PATH.map((round) => ({
    ...round,
    openedOn: `${round.closedOn.slice(0, 8)}01`,
  }));
  const quarterly: DemoRound[] = [];
  for (let year = 2024, month = 9; ; month += 3) {
    if (month > 12) {
      year += 1;
      month -= 12;
    }
    const openedOn = `${year}-${String(month).padStart(2, '0')}-01`;
    const closedOn = lastDayOf(year, month);
    if (closedOn >= today) break;
    const k = quarterly.length;
    quarterly.push({
      label: `${MONTHS[month - 1]} ${year}`,
      openedOn,
      closedOn,
      forceScore: round1(
        Math.min(
          61,
          52.5 + 0.45 * (k + 1) + (demoRandom(`demo-force-path:${year}-${month}`) - 0.5) * 2,
        ),
      ),
      national: round1(Math.min(60, 55.3 + 0.15 * (k + 1))),
    });
  }
  return [...history, ...quarterly.slice(-RECENT_QUARTERS)];
}

/**
 * DEMO DATA: the round open now, placed around the day the demo is seeded so it never ages into a
 * thin closed round sitting in front of the full ones. It opened 24 days ago (its few answers are
 * spread over its first 23 days, so none is dated in the future) and closes in a week; it is named
 * for the current month, or marked "(current)" where that name is one of the history's.
 */
export function demoOpenRound(today: string = ukToday()): {
  label: string;
  openedOn: string;
  closesOn: string;
} {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const name = `${MONTHS[month - 1]} ${year}`;
  const taken = demoHistory(today).some((round) => round.label === name);
  return {
    label: taken ? `${name} (current)` : name,
    openedOn: addDays(today, -24),
    closesOn: addDays(today, 7),
  };
}

/**
 * DEMO DATA: when each round opened to residents (each history round runs through its closing
 * month), and the round open now, with only a few answers yet. From the third quarter of 2024 the
 * force surveys every quarter, meeting the quarterly-survey standard; the six-monthly rounds
 * before that meet it in two quarters of four.
 */
export function demoOpenedRounds(
  today: string = ukToday(),
): { label: string; openedOn: string; closesOn: string }[] {
  return [
    ...demoHistory(today).map(({ label, openedOn, closedOn }) => ({
      label,
      openedOn,
      closesOn: closedOn,
    })),
    demoOpenRound(today),
  ];
}

function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
