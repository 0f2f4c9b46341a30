import type { ForceBranding } from '@engage/shared';
import type { ResidentLanguage } from '@engage/shared/languages';
import type { SubscriberLinks } from '../links/email-links.ts';

export type MailLanguage = ResidentLanguage;
export type MailFormat = 'HTML' | 'PLAIN_TEXT' | 'LARGE_PRINT';

/** PLAIN_TEXT → html is null (a text-only message); HTML and LARGE_PRINT → both parts. */
export interface RenderedMail {
  subject: string;
  html: string | null;
  text: string;
}

export interface Recipient {
  language: MailLanguage;
  format: MailFormat;
}

/** The force a mail is from (the FORCE_* settings): named at the top and foot of every mail. */
export type MailForce = Pick<
  ForceBranding,
  'name' | 'website' | 'emergencyNumber' | 'nonEmergencyNumber' | 'reportOnlineUrl'
>;

/** What every mail is rendered for: who reads it, in what form, and who it is from. */
export interface MailInput extends Recipient {
  force: MailForce;
}

/** The personal links every mail to a confirmed subscriber carries (from src/modules/links). */
export type { SubscriberLinks };

export interface NewsletterMailContent {
  /** "Belgrave Neighbourhood Team" */
  teamName: string;
  /** "2026-11", rendered as "November 2026" / "Tachwedd 2026" */
  month: string;
  title: string;
  /** Already sanitised HTML (sanitised again on render: see rich-text). */
  introductionHtml: string;
  author: { name: string; role: string; photoUrl: string | null } | null;
  priorities: { title: string; youSaid: string; weDid: string[] }[];
  events: { title: string; startsAt: Date; place: string }[];
  /** Already sanitised HTML. */
  adviceHtml: string;
  /** Plain text; line breaks are kept. */
  contact: string;
  /** The team's open quick poll, and the page where it is answered; null when none. */
  poll?: { question: string; url: string } | null;
}

/**
 * An issue's translation into the mail's language (newsletter_translation), when one was added:
 * its title, introduction and advice replace the English; the rest of the issue (priorities,
 * events, the poll, contact details) is the officers' English, marked as such.
 */
export interface NewsletterTranslationContent {
  title: string;
  /** Already sanitised HTML, as the English. */
  introductionHtml: string;
  /** Already sanitised HTML. */
  adviceHtml: string;
}
