export const TEAM_PRIORITY_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED'] as const;
export type TeamPriorityStatus = (typeof TEAM_PRIORITY_STATUSES)[number];

/** A team's priority as engagement shows it to the team's managers, with every "We did". */
export interface TeamPriority {
  priorityId: string;
  year: number;
  quarter: number;
  status: TeamPriorityStatus;
  title: string;
  residentsSaid: string;
  /** In any order: the rule picks the newest by `actionOn` ("YYYY-MM-DD"). */
  updates: { actionOn: string; weDid: string }[];
}

export interface TeamEvent {
  eventId: string;
  title: string;
  startsAt: Date;
  place: string;
}

/** The team's work as it is now: what a newsletter issue may feature. */
export interface TeamWork {
  priorities: TeamPriority[];
  /** Upcoming events, soonest first. */
  events: TeamEvent[];
}

/** What an issue keeps of the team's work (a snapshot, frozen on publishing). */
export interface FeaturedWork {
  priorities: { priorityId: string; title: string; youSaid: string; weDid: string[] }[];
  events: { eventId: string; title: string; startsAt: string; place: string }[];
}

/** A priority's three newest "We did" updates: a newsletter is a summary, not the whole log. */
export const WE_DID_PER_PRIORITY = 3;

const quarterNumber = ({ year, quarter }: TeamPriority) => year * 4 + quarter;

/**
 * What an issue features: the priorities being worked on (ACTIVE) and those COMPLETED in the
 * team's newest quarter (of any of its priorities, drafts included), in the order given, each
 * with its newest "We did" updates; and the upcoming events as given. A DRAFT priority is the
 * team's own and never featured; an older completed one is history.
 */
export function featuredWork(work: TeamWork): FeaturedWork {
  const newest = Math.max(...work.priorities.map(quarterNumber));
  return {
    priorities: work.priorities
      .filter(
        (priority) =>
          priority.status === 'ACTIVE' ||
          (priority.status === 'COMPLETED' && quarterNumber(priority) === newest),
      )
      .map((priority) => ({
        priorityId: priority.priorityId,
        title: priority.title,
        youSaid: priority.residentsSaid,
        weDid: priority.updates
          .map((update, index) => ({ ...update, index }))
          // Newest day first; on one day, the order given (engagement's: newest first).
          .sort((a, b) => b.actionOn.localeCompare(a.actionOn) || a.index - b.index)
          .slice(0, WE_DID_PER_PRIORITY)
          .map((update) => update.weDid),
      })),
    events: work.events.map((event) => ({
      eventId: event.eventId,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
      place: event.place,
    })),
  };
}
