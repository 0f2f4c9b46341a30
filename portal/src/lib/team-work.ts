import type { FormErrorKey } from '#lib/forms/error-messages.ts';

/**
 * The teams' work, as the gateway's engagement API names it (services/engagement/API.md): the
 * priorities ("You said, We did"), public events, commander updates, the engagement tracker and
 * the social media log. Dates are ISO strings; a LocalDate is "YYYY-MM-DD".
 */

export const PRIORITY_SOURCES = [
  'SURVEY',
  'BEAT_SURGERY',
  'CRIME_PATTERN_ANALYSIS',
  'MEETING',
  'OTHER',
] as const;
export type PrioritySource = (typeof PRIORITY_SOURCES)[number];

/** DRAFT is private to the team; ACTIVE and COMPLETED are public. */
export const PRIORITY_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED'] as const;
export type PriorityStatus = (typeof PRIORITY_STATUSES)[number];

export interface PriorityUpdate {
  id: string;
  actionOn: string;
  weDid: string;
}

export interface Priority {
  id: string;
  year: number;
  quarter: number;
  title: string;
  residentsSaid: string;
  source: PrioritySource;
  status: PriorityStatus;
  publishedAt: string | null;
  /** Newest first. */
  updates: PriorityUpdate[];
}

export type CommunityEventStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED';

export interface CommunityEvent {
  id: string;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string | null;
  place: string;
  accessibilityNotes: string | null;
  status: CommunityEventStatus;
}

export interface CommanderUpdate {
  id: string;
  title: string;
  body: string;
  videoUrl: string | null;
  publishedAt: string;
  authorName: string;
}

export const ENGAGEMENT_KINDS = [
  'WARD_OR_PARISH_MEETING',
  'PATCH_WALK',
  'BEAT_SURGERY',
  'COMMUNITY_EVENT',
  'OTHER',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export interface Engagement {
  id: string;
  kind: EngagementKind;
  heldOn: string;
  place: string;
  attendance: number | null;
  partners: string[];
  communitiesReached: string[];
  notes: string | null;
}

export const SOCIAL_CHANNELS = [
  'FACEBOOK',
  'X',
  'INSTAGRAM',
  'NEXTDOOR',
  'WHATSAPP',
  'OTHER',
] as const;
export type SocialChannel = (typeof SOCIAL_CHANNELS)[number];

export interface SocialPost {
  id: string;
  postedOn: string;
  channel: SocialChannel;
  link: string | null;
  youSaidWeDid: boolean;
}

/** One page of a list the gateway pages by cursor. */
export interface Page<Node> {
  nodes: Node[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ImportRowError {
  /** 1-based data row, the header row not counted. */
  row: number;
  column: string | null;
  message: string;
}

export interface ImportResult {
  imported: number;
  errors: ImportRowError[];
  dryRun: boolean;
}

/** What the import page shows after a POST. */
export interface ImportOutcome {
  /** A problem with the upload itself (no file, too big). */
  fileError?: FormErrorKey;
  /** The service's answer: its row-by-row errors, or how many rows are ready. */
  result?: ImportResult;
  /** After a clean check: the checked text, sent back so "Import" needs no second upload. */
  csv?: string;
  problem?: string;
}

/** A team as the staff pages name it, with the area it belongs to. */
export interface Team {
  id: string;
  slug: string;
  name: string;
  policingArea: { id: string; slug: string; name: string };
}
