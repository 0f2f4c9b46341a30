import {
  earlierOf,
  laterOf,
  monthOf,
  quarterNumber,
  quarterOf,
  weekOf,
  windowsOf,
  within,
  yearOf,
  type Day,
  type DayRange,
} from './calendar.ts';

/** The force's seven community engagement standards, in the order the force lists them. */
export const STANDARDS = [
  'WARD_MEETING',
  'PATCH_WALKS',
  'QUARTERLY_PRIORITIES',
  'QUARTERLY_SURVEY',
  'MONTHLY_NEWSLETTER',
  'WEEKLY_COMMANDER_UPDATE',
  'DAILY_SOCIAL_MEDIA',
] as const;
export type Standard = (typeof STANDARDS)[number];

export const STATUSES = ['MET', 'DUE', 'MISSED', 'NOT_APPLICABLE'] as const;
export type Status = (typeof STATUSES)[number];

export interface Evidence {
  date: Day;
  description: string;
}

/** What one team did, as dated facts: everything the standards are judged on. */
export interface TeamFacts {
  /** Null for a team older than the period. */
  establishedOn: Day | null;
  meetings: Evidence[];
  /** Patch walks that had at least one partner with them. */
  patchWalksWithPartners: Evidence[];
  /** Published priorities, by the quarter they are for. */
  priorities: (Evidence & { year: number; quarter: number })[];
  surveyRounds: Evidence[];
  newsletters: Evidence[];
  /** The team's NPA commander's updates. */
  commanderUpdates: Evidence[];
  socialPosts: Evidence[];
}

export interface StandardResult {
  standard: Standard;
  status: Status;
  /** For DUE: the last day on which it can still be met. */
  dueBy: Day | null;
  /** In the standard's own unit: meetings, walks, quarters, months, weeks or days. */
  required: number;
  achieved: number;
  evidence: Evidence[];
}

export interface Judgement {
  /** The period asked about. */
  period: DayRange;
  /** The last day judged: the period's end, or today for the current period. */
  asOf: Day;
  /** Today: a window that ends today is still open, so it is due, not missed. */
  today: Day;
}

/**
 * Whether a window could still be met as of the judged day: it ends after that day, or it ends
 * today (the day is not over). A past month shows what was still due at its end, not what was
 * missed later.
 */
const stillOpen = (window: DayRange, { asOf, today }: Judgement) =>
  window.to > asOf || window.to === today;

/** How a recurring standard is met: at least `perWindow` facts in every window. */
interface Rule {
  windowOf: (day: Day) => DayRange;
  perWindow: number;
  facts: (team: TeamFacts, window: DayRange) => Evidence[];
}

const inWindow = (facts: Evidence[], window: DayRange) =>
  facts.filter((fact) => within(fact.date, window));

const RULES: Record<Exclude<Standard, 'WARD_MEETING' | 'PATCH_WALKS'>, Rule> = {
  QUARTERLY_PRIORITIES: {
    windowOf: quarterOf,
    perWindow: 1,
    // A priority counts for the quarter it was set for, once published (by the judged day).
    facts: (team, window) =>
      team.priorities.filter(
        (p) =>
          p.year === Number(window.from.slice(0, 4)) &&
          p.quarter === quarterNumber(window.from) &&
          p.date <= window.to,
      ),
  },
  QUARTERLY_SURVEY: {
    windowOf: quarterOf,
    perWindow: 1,
    facts: (t, w) => inWindow(t.surveyRounds, w),
  },
  MONTHLY_NEWSLETTER: {
    windowOf: monthOf,
    perWindow: 1,
    facts: (t, w) => inWindow(t.newsletters, w),
  },
  WEEKLY_COMMANDER_UPDATE: {
    windowOf: weekOf,
    perWindow: 1,
    facts: (t, w) => inWindow(t.commanderUpdates, w),
  },
  DAILY_SOCIAL_MEDIA: {
    windowOf: (day) => ({ from: day, to: day }),
    perWindow: 1,
    facts: (t, w) => inWindow(t.socialPosts, w),
  },
};

/** Yearly counts: one ward or parish meeting, and two patch walks with partners. */
const YEARLY: Record<
  'WARD_MEETING' | 'PATCH_WALKS',
  { perYear: number; facts: (t: TeamFacts) => Evidence[] }
> = {
  WARD_MEETING: { perYear: 1, facts: (t) => t.meetings },
  PATCH_WALKS: { perYear: 2, facts: (t) => t.patchWalksWithPartners },
};

/**
 * Judges one team against all seven standards for a period, as of a day. Pure: the same facts
 * and dates always give the same answer, which is what makes the view trustworthy.
 */
export function judgeTeam(team: TeamFacts, judgement: Judgement): StandardResult[] {
  return STANDARDS.map((standard) =>
    standard === 'WARD_MEETING' || standard === 'PATCH_WALKS'
      ? judgeYearly(standard, team, judgement)
      : judgeRecurring(standard, RULES[standard], team, judgement),
  );
}

/** The part of a window the team existed for, up to the judged day; null if none. */
function judgedPart(window: DayRange, team: TeamFacts, asOf: Day): DayRange | null {
  const from = team.establishedOn ? laterOf(window.from, team.establishedOn) : window.from;
  const to = earlierOf(window.to, asOf);
  return from <= to ? { from, to } : null;
}

function judgeRecurring(
  standard: Standard,
  rule: Rule,
  team: TeamFacts,
  judgement: Judgement,
): StandardResult {
  const { period, asOf } = judgement;
  const windows = windowsOf({ from: period.from, to: earlierOf(period.to, asOf) }, rule.windowOf);
  let required = 0;
  let achieved = 0;
  let missed = false;
  let dueBy: Day | null = null;
  const evidence: Evidence[] = [];
  for (const window of windows) {
    const part = judgedPart(window, team, asOf);
    if (!part) continue;
    required += 1;
    const facts = rule.facts(team, { from: part.from, to: part.to });
    evidence.push(...facts);
    if (facts.length >= rule.perWindow) achieved += 1;
    else if (stillOpen(window, judgement)) dueBy ??= window.to;
    else missed = true;
  }
  return result(standard, required, achieved, missed, dueBy, evidence);
}

function judgeYearly(
  standard: 'WARD_MEETING' | 'PATCH_WALKS',
  team: TeamFacts,
  judgement: Judgement,
): StandardResult {
  const { period, asOf } = judgement;
  const { perYear, facts } = YEARLY[standard];
  let required = 0;
  let achieved = 0;
  let missed = false;
  let dueBy: Day | null = null;
  const evidence: Evidence[] = [];
  for (const year of windowsOf({ from: period.from, to: earlierOf(period.to, asOf) }, yearOf)) {
    const part = judgedPart(year, team, asOf);
    if (!part) continue;
    // A team that started mid-year owes its share of the year: two walks a year is one walk
    // for a team that started in July. Never less than one.
    const startedThisYear = team.establishedOn !== null && team.establishedOn > year.from;
    const monthsLeft = startedThisYear ? 13 - Number(part.from.slice(5, 7)) : 12;
    const owed = Math.max(1, Math.ceil((perYear * monthsLeft) / 12));
    const done = inWindow(facts(team), part);
    required += owed;
    achieved += Math.min(done.length, owed);
    evidence.push(...done);
    if (done.length >= owed) continue;
    if (stillOpen(year, judgement)) dueBy ??= year.to;
    else missed = true;
  }
  return result(standard, required, achieved, missed, dueBy, evidence);
}

function result(
  standard: Standard,
  required: number,
  achieved: number,
  missed: boolean,
  dueBy: Day | null,
  evidence: Evidence[],
): StandardResult {
  const status: Status =
    required === 0 ? 'NOT_APPLICABLE' : missed ? 'MISSED' : dueBy ? 'DUE' : 'MET';
  const newestFirst = [...evidence].sort((a, b) => b.date.localeCompare(a.date));
  return {
    standard,
    status,
    dueBy: status === 'DUE' ? dueBy : null,
    required,
    achieved,
    evidence: newestFirst,
  };
}
