import { isReviewer, mayReadTeamRecords, type Actor } from '@engage/shared/auth';
import { m } from '#lib/paraglide/messages.js';
import { formatCount } from '#lib/format.ts';
import type { Team } from '#lib/teams/team-work.ts';

/** A count of residents as the newsletters service publishes it (already suppressed there). */
export interface ResidentCount {
  value: number | null;
  /** The threshold when hidden for being under it; null when shown or only held back. */
  fewerThan: number | null;
}

export interface EngagementFigures {
  delivered: ResidentCount;
  bounced: ResidentCount;
  unsubscribed: ResidentCount;
  archiveViews: number;
}

export interface MonthlyEngagement extends EngagementFigures {
  month: string;
  issuesPublished: number;
}

/** "12", "fewer than 10", or "held back": never a hidden number, never a lie about one. */
export function residentCountText(count: ResidentCount): string {
  if (count.value !== null) return formatCount(count.value);
  if (count.fewerThan !== null) {
    return m.newsletter_engagement_fewer_than({ count: formatCount(count.fewerThan) });
  }
  return m.newsletter_engagement_held_back();
}

/**
 * Who may see how a team's newsletters were received: the service's rule
 * (`mayReadTeamRecords`, and reviewers), so the page is offered only to those it will answer.
 */
export function seesNewsletterEngagement(actor: Actor, team: Team): boolean {
  const ref = { id: team.id, policingAreaId: team.policingArea.id };
  return mayReadTeamRecords(actor, ref) || isReviewer(actor);
}

/** Nothing to show: no issue published and no archive view in any of the months. */
export function isEmptyTrend(trend: readonly MonthlyEngagement[]): boolean {
  return trend.every((month) => month.issuesPublished === 0 && month.archiveViews === 0);
}
