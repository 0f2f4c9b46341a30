import { m } from '#lib/paraglide/messages.js';
import type {
  CompliancePeriod,
  ComplianceStatus,
  PeriodKind,
  Standard,
} from '#lib/compliance/compliance.ts';
import { formatCount, formatMonth, formatShortDate } from '#lib/format.ts';
import type {
  CommunityEventStatus,
  EngagementKind,
  PrioritySource,
  PriorityStatus,
  SocialChannel,
} from '#lib/teams/team-work.ts';

/** The gateway's enum values in the visitor's words. */
export const SOURCE_LABELS = {
  SURVEY: m.source_survey,
  BEAT_SURGERY: m.source_beat_surgery,
  CRIME_PATTERN_ANALYSIS: m.source_crime_pattern_analysis,
  MEETING: m.source_meeting,
  OTHER: m.source_other,
} satisfies Record<PrioritySource, () => string>;

export const PRIORITY_STATUS_LABELS = {
  DRAFT: m.priority_status_draft,
  ACTIVE: m.priority_status_active,
  COMPLETED: m.priority_status_completed,
} satisfies Record<PriorityStatus, () => string>;

export const QUARTER_LABELS: Record<number, () => string> = {
  1: m.quarter_1,
  2: m.quarter_2,
  3: m.quarter_3,
  4: m.quarter_4,
};

/** "April to June 2026". */
export function quarterLabel(year: number, quarter: number): string {
  return m.priority_period({ months: QUARTER_LABELS[quarter]?.() ?? String(quarter), year });
}

export const EVENT_STATUS_LABELS = {
  DRAFT: m.event_status_draft,
  PUBLISHED: m.event_status_published,
  CANCELLED: m.event_status_cancelled,
} satisfies Record<CommunityEventStatus, () => string>;

export const KIND_LABELS = {
  WARD_OR_PARISH_MEETING: m.kind_ward_or_parish_meeting,
  PATCH_WALK: m.kind_patch_walk,
  BEAT_SURGERY: m.kind_beat_surgery,
  COMMUNITY_EVENT: m.kind_community_event,
  OTHER: m.kind_other,
} satisfies Record<EngagementKind, () => string>;

export const CHANNEL_LABELS = {
  FACEBOOK: m.channel_facebook,
  X: m.channel_x,
  INSTAGRAM: m.channel_instagram,
  NEXTDOOR: m.channel_nextdoor,
  WHATSAPP: m.channel_whatsapp,
  OTHER: m.channel_other,
} satisfies Record<SocialChannel, () => string>;

/** Radio options from an enum's labels, in the enum's order. */
export function options<Value extends string>(
  labels: Record<Value, () => string>,
): { value: Value; label: string }[] {
  return (Object.keys(labels) as Value[]).map((value) => ({ value, label: labels[value]() }));
}

export const STANDARD_NAMES = {
  WARD_MEETING: m.standard_ward_meeting,
  PATCH_WALKS: m.standard_patch_walks,
  QUARTERLY_PRIORITIES: m.standard_quarterly_priorities,
  QUARTERLY_SURVEY: m.standard_quarterly_survey,
  MONTHLY_NEWSLETTER: m.standard_monthly_newsletter,
  WEEKLY_COMMANDER_UPDATE: m.standard_weekly_commander_update,
  DAILY_SOCIAL_MEDIA: m.standard_daily_social_media,
} satisfies Record<Standard, () => string>;

export const STANDARD_DESCRIPTIONS = {
  WARD_MEETING: m.standard_ward_meeting_description,
  PATCH_WALKS: m.standard_patch_walks_description,
  QUARTERLY_PRIORITIES: m.standard_quarterly_priorities_description,
  QUARTERLY_SURVEY: m.standard_quarterly_survey_description,
  MONTHLY_NEWSLETTER: m.standard_monthly_newsletter_description,
  WEEKLY_COMMANDER_UPDATE: m.standard_weekly_commander_update_description,
  DAILY_SOCIAL_MEDIA: m.standard_daily_social_media_description,
} satisfies Record<Standard, () => string>;

type Progress = (inputs: { achieved: string; required: string; count: number }) => string;

/** Each standard's unit: "1 of 2 patch walks", "20 of 25 days". */
const PROGRESS = {
  WARD_MEETING: m.progress_meetings,
  PATCH_WALKS: m.progress_walks,
  QUARTERLY_PRIORITIES: m.progress_quarters,
  QUARTERLY_SURVEY: m.progress_quarters,
  MONTHLY_NEWSLETTER: m.progress_months,
  WEEKLY_COMMANDER_UPDATE: m.progress_weeks,
  DAILY_SOCIAL_MEDIA: m.progress_days,
} satisfies Record<Standard, Progress>;

export function progressText(standard: Standard, achieved: number, required: number): string {
  return PROGRESS[standard]({
    achieved: formatCount(achieved),
    required: formatCount(required),
    count: required,
  });
}

/**
 * A status in words with a shape beside it, never colour alone: "✓ Met", "… Due by 30 Nov",
 * "✗ Missed", "– Not yet a team". The shape is decoration (screen readers hear the words).
 */
export function statusView(
  status: ComplianceStatus,
  dueBy: string | null,
): { icon: string; text: string } {
  switch (status) {
    case 'MET':
      return { icon: '✓', text: m.status_met() };
    case 'DUE':
      return {
        icon: '…',
        text: dueBy ? m.status_due_by({ date: formatShortDate(dueBy) }) : m.status_due(),
      };
    case 'MISSED':
      return { icon: '✗', text: m.status_missed() };
    default:
      return { icon: '–', text: m.status_not_applicable() };
  }
}

/** The period in words: "November 2026", "October to December 2026", "2026 so far". */
export function periodText(period: Pick<CompliancePeriod, 'kind' | 'startsOn'>): string {
  const [year, month] = period.startsOn.split('-').map(Number) as [number, number];
  switch (period.kind) {
    case 'MONTH':
      return formatMonth(year, month);
    case 'QUARTER':
      return quarterLabel(year, Math.floor((month - 1) / 3) + 1);
    default:
      return m.period_year_to_date_text({ year: String(year) });
  }
}

export const PERIOD_KIND_LABELS = {
  MONTH: m.period_kind_month,
  QUARTER: m.period_kind_quarter,
  YEAR_TO_DATE: m.period_kind_year_to_date,
} satisfies Record<PeriodKind, () => string>;
