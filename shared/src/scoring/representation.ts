import { wilsonInterval } from './wilson.ts';

/** Below this share of its population share, a group is heard too little (with the interval). */
export const SELDOM_HEARD_RATIO = 0.8;

/**
 * Fewer respondents than this behind a percentage and it is marked "low base", as the Crime
 * Survey for England and Wales marks its own unweighted bases under 50.
 */
export const LOW_BASE = 50;

/** How one group of a sample compares with its share of the population. */
export interface Representation {
  /** The group's share of the people in the sample who answered the question with a group. */
  readonly share: number;
  readonly lowBase: boolean;
  /** Null where the census has no count for the group (GENDER's IN_ANOTHER_WAY) or no people. */
  readonly populationShare: number | null;
  /** share ÷ populationShare: 1 is the group heard in proportion, 0.5 half as often. */
  readonly ratio: number | null;
  readonly ratioLow: number | null;
  readonly ratioHigh: number | null;
  /** Under-represented beyond chance: ratio < 0.8 and the whole 95% interval below 1. */
  readonly seldomHeard: boolean;
}

/**
 * `count` of the `answered` people in a sample are in the group; `populationCount` of
 * `populationTotal` residents are. `answered` leaves out "prefer not to say" and no answer: a
 * share of people who told us.
 *
 * The interval is the Wilson 95% interval of the sample share divided by the population share.
 * The population figures are a census (every resident counted, not a sample), so they are taken
 * as known exactly and carry no interval of their own; all the uncertainty is the sample's.
 */
export function representation(
  count: number,
  answered: number,
  populationCount: number | null,
  populationTotal: number | null,
): Representation | null {
  const interval = wilsonInterval(count, answered);
  if (!interval) return null;
  const populationShare =
    populationCount !== null && populationTotal ? populationCount / populationTotal : null;
  const lowBase = answered < LOW_BASE;
  if (!populationShare) {
    return {
      share: interval.estimate,
      lowBase,
      populationShare,
      ratio: null,
      ratioLow: null,
      ratioHigh: null,
      seldomHeard: false,
    };
  }
  const ratio = interval.estimate / populationShare;
  const ratioHigh = interval.high / populationShare;
  return {
    share: interval.estimate,
    lowBase,
    populationShare,
    ratio,
    ratioLow: interval.low / populationShare,
    ratioHigh,
    seldomHeard: ratio < SELDOM_HEARD_RATIO && ratioHigh < 1,
  };
}
