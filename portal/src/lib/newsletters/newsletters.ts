import type {
  EmailFormat,
  NewsletterFieldsFragment,
  NewsletterStatus,
  ResidentLanguage,
  StaffNewsletterFieldsFragment,
  SubscriberStatus,
  SubscriptionInterest,
} from '#lib/graphql/graphql.ts';

/**
 * Subscribers and newsletters as the gateway's newsletters API names them
 * (services/newsletters/API.md). Dates are ISO strings; a month is "YYYY-MM".
 */

/** The schema's enums, from the generated code (pnpm codegen): never retyped here. */
export type {
  SubscriptionInterest,
  EmailFormat,
  ResidentLanguage,
  SubscriberStatus,
  NewsletterStatus,
};

export const INTERESTS = [
  'NEWSLETTER',
  'UPDATES',
  'EVENTS',
  'SURVEYS',
] as const satisfies readonly SubscriptionInterest[];

export const EMAIL_FORMATS = [
  'HTML',
  'PLAIN_TEXT',
  'LARGE_PRINT',
] as const satisfies readonly EmailFormat[];

export { RESIDENT_LANGUAGES } from '@engage/shared/languages';

/** A neighbourhood team as the subscription forms offer it. */
export interface TeamChoice {
  id: string;
  slug: string;
  name: string;
}

/** An NPA with its teams: "the whole area", or any of its teams. */
export interface AreaChoice {
  id: string;
  name: string;
  neighbourhoods: TeamChoice[];
}

export interface SubscriberPreferences {
  email: string;
  status: SubscriberStatus;
  neighbourhoods: (TeamChoice & { policingArea: AreaChoice })[];
  policingAreas: AreaChoice[];
  interests: SubscriptionInterest[];
  language: ResidentLanguage;
  format: EmailFormat;
  /** Whether they told us about themselves; the answers come only with a fresh link. */
  hasDemographics: boolean;
  /** Fresh link tokens, given only to someone who came with a link from an email. */
  manageToken: string;
  unsubscribeToken: string;
}

export const NEWSLETTER_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'WITHDRAWN',
] as const satisfies readonly NewsletterStatus[];

export interface NewsletterAuthor {
  officerId: string | null;
  name: string;
  role: string;
  photoUrl: string | null;
}

export interface FeaturedPriority {
  priorityId: string | null;
  title: string;
  youSaid: string;
  weDid: string[];
}

export interface FeaturedEvent {
  eventId: string | null;
  title: string;
  startsAt: string;
  place: string;
}

export interface DeliveryProgress {
  total: number;
  queued: number;
  sent: number;
  failed: number;
  suppressed: number;
  finished: boolean;
}

/** One issue, as a web page shows it. */
export type Newsletter = NewsletterFieldsFragment;

/** What the staff pages see as well. */
export type StaffNewsletter = StaffNewsletterFieldsFragment;

/** An issue in a list. */
export type NewsletterSummary = Pick<
  Newsletter,
  'id' | 'month' | 'title' | 'status' | 'publishedAt'
>;

export interface NewsletterPage {
  nodes: NewsletterSummary[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-11", a real month. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** "2026-11" → { year: 2026, month: 11 }. */
export function monthParts(value: string): { year: number; month: number } {
  const [year, month] = value.split('-').map(Number) as [number, number];
  return { year, month };
}

/** Only drafts and issues sent back for changes can be edited (API.md, updateNewsletterDraft). */
export function isEditable(status: NewsletterStatus): boolean {
  return status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}
