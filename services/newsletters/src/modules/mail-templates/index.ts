/**
 * The mails residents get from the newsletters service, each in three formats (HTML, PLAIN_TEXT,
 * LARGE_PRINT) and every language of shared/src/languages.ts that has a catalogue. Pure functions: data in, subject and parts out; the
 * mail worker adds the headers (links/list-unsubscribe.ts) and sends. They are async functions,
 * so a bad month or closing date is a rejected promise, never a synchronous throw.
 *
 * Every word comes from messages/<code>.json. Every catalogue but English is a draft, to be
 * reviewed by a native speaker before a force sends it.
 */
export type {
  MailForce,
  MailFormat,
  MailInput,
  MailLanguage,
  NewsletterMailContent,
  NewsletterTranslationContent,
  Recipient,
  RenderedMail,
  SubscriberLinks,
} from './mail-types.ts';
export { renderAlertMail } from './alert-mail.ts';
export { renderEventInvitationMail, renderSurveyInvitationMail } from './invitation-mails.ts';
export { renderNewsletterMail } from './newsletter-mail.ts';
export {
  renderAlreadySubscribedMail,
  renderConfirmationMail,
  renderDemographicsLinkMail,
} from './subscription-mails.ts';
