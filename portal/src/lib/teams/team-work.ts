import type { ResidentLanguage } from '@engage/shared/languages';
import type { FormErrorKey } from '#lib/forms/error-messages.ts';
import type {
  PrioritySource,
  PriorityStatus,
  CommunityEventStatus,
  EngagementKind,
  SocialChannel,
  TeamFieldsFragment,
  EngagementFieldsFragment,
  ImportResultFieldsFragment,
} from '#lib/graphql/graphql.ts';

/**
 * The teams' work, as the gateway's engagement API names it (services/engagement/API.md): the
 * priorities ("You said, We did"), public events, commander updates, the engagement tracker and
 * the social media log. Dates are ISO strings; a LocalDate is "YYYY-MM-DD".
 */

/** The schema's enums, from the generated code (pnpm codegen): never retyped here. */
export type { PrioritySource, PriorityStatus, CommunityEventStatus, EngagementKind, SocialChannel };

export const PRIORITY_SOURCES = [
  'SURVEY',
  'BEAT_SURGERY',
  'CRIME_PATTERN_ANALYSIS',
  'MEETING',
  'OTHER',
] as const satisfies readonly PrioritySource[];

/** DRAFT is private to the team; ACTIVE and COMPLETED are public. */
export const PRIORITY_STATUSES = [
  'DRAFT',
  'ACTIVE',
  'COMPLETED',
] as const satisfies readonly PriorityStatus[];

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

/** One translation of a priority or an update, as staff see it. */
export interface TranslationState {
  language: ResidentLanguage;
  /** The English has changed since: it needs redoing (residents still see it). */
  outOfDate: boolean;
}

/** A priority as its team's staff pages show it: with every translation of it and its updates. */
export interface StaffPriority extends Priority {
  translations: (TranslationState & { title: string; residentsSaid: string })[];
  updates: (PriorityUpdate & { translations: (TranslationState & { weDid: string })[] })[];
}

/**
 * A priority as the public team page shows it: the English, and the translation into the page's
 * language (null when there is none, or when the page is in English).
 */
export interface PublicPriority extends Omit<Priority, 'publishedAt' | 'updates'> {
  translation: { title: string; residentsSaid: string } | null;
  updates: (PriorityUpdate & { translation: { weDid: string } | null })[];
}

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
] as const satisfies readonly EngagementKind[];

export type Engagement = EngagementFieldsFragment;

export const SOCIAL_CHANNELS = [
  'FACEBOOK',
  'X',
  'INSTAGRAM',
  'NEXTDOOR',
  'WHATSAPP',
  'OTHER',
] as const satisfies readonly SocialChannel[];

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

export type ImportResult = ImportResultFieldsFragment;

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
export type Team = TeamFieldsFragment;
