import { alertMailComposer } from './modules/alerts/alert-mail.composer.ts';
import type { MailComposers } from './modules/delivery/mail-composer.ts';
import { eventInvitationMailComposer } from './modules/invitations/event-invitation-mail.composer.ts';
import { surveyInvitationMailComposer } from './modules/invitations/survey-invitation-mail.composer.ts';
import { newsletterMailComposer } from './modules/newsletter/newsletter-mail.composer.ts';
import { alreadySubscribedMailComposer } from './modules/subscribers/already-subscribed-mail.composer.ts';
import { confirmationMailComposer } from './modules/subscribers/confirmation-mail.composer.ts';
import { demographicsLinkMailComposer } from './modules/subscribers/demographics-link-mail.composer.ts';
import { subscriberRecipients } from './modules/subscribers/mail-recipients.ts';

/**
 * Every kind of mail this service sends, each composed by the module that owns what it is about,
 * handed to the mail worker (src/workers.ts): delivery/ sends them without knowing any of them.
 * A new kind of delivery that is not listed here fails the typecheck.
 */
export const mailComposers = {
  NEWSLETTER: newsletterMailComposer,
  EVENT_INVITATION: eventInvitationMailComposer,
  SURVEY_INVITATION: surveyInvitationMailComposer,
  ALERT: alertMailComposer,
  CONFIRMATION: confirmationMailComposer,
  ALREADY_SUBSCRIBED: alreadySubscribedMailComposer,
  DEMOGRAPHICS_LINK: demographicsLinkMailComposer,
} as const satisfies MailComposers;

/** Who every delivery goes to: a subscriber (or someone signing up), found by subscribers/. */
export const mailRecipients = subscriberRecipients;
