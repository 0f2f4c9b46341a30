import { m } from '#lib/paraglide/messages.js';
import type {
  CommunityEventStatus,
  EngagementKind,
  PrioritySource,
  PriorityStatus,
  SocialChannel,
} from '#lib/team-work.ts';

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
