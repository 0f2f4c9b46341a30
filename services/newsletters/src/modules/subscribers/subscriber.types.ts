import { registerEnumType } from 'type-graphql';
import { enumObject } from '@engage/shared/demographics';

export const SUBSCRIPTION_INTERESTS = ['NEWSLETTER', 'UPDATES', 'EVENTS', 'SURVEYS'] as const;
export type SubscriptionInterest = (typeof SUBSCRIPTION_INTERESTS)[number];

export const EMAIL_FORMATS = ['HTML', 'PLAIN_TEXT', 'LARGE_PRINT'] as const;
export type EmailFormat = (typeof EMAIL_FORMATS)[number];

// The resident languages are the one list in shared/src/languages.ts, as every subgraph has them.
export { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';
export { ResidentLanguageEnum } from '@engage/shared/graphql';

/**
 * PENDING until the confirmation link is followed; UNSUBSCRIBED by the resident; SUPPRESSED by
 * us after a hard bounce. Only CONFIRMED subscribers are ever sent anything but a confirmation.
 */
export const SUBSCRIBER_STATUSES = ['PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'SUPPRESSED'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const SUBSCRIBE_OUTCOMES = ['CHECK_YOUR_EMAIL'] as const;

export const SubscriptionInterestEnum = enumObject(SUBSCRIPTION_INTERESTS);
export const EmailFormatEnum = enumObject(EMAIL_FORMATS);
export const SubscriberStatusEnum = enumObject(SUBSCRIBER_STATUSES);
export const SubscribeOutcomeEnum = enumObject(SUBSCRIBE_OUTCOMES);

registerEnumType(SubscriptionInterestEnum, {
  description:
    'What a subscriber wants to get: the monthly newsletter, commander’s updates, event news, or survey invitations.',
  name: 'SubscriptionInterest',
  valuesConfig: {
    NEWSLETTER: { description: 'The team’s monthly newsletter.' },
    UPDATES: { description: 'The commander’s updates and alerts.' },
    EVENTS: { description: 'News of community events.' },
    SURVEYS: { description: 'Invitations to the “Your Views” survey.' },
  },
});
registerEnumType(EmailFormatEnum, {
  description: 'How a subscriber’s mail is laid out: HTML, plain text, or large print.',
  name: 'EmailFormat',
  valuesConfig: {
    HTML: { description: 'Formatted mail with pictures and links.' },
    PLAIN_TEXT: { description: 'Text only, for any mail program or screen reader.' },
    LARGE_PRINT: { description: 'Formatted mail in large type.' },
  },
});
registerEnumType(SubscriberStatusEnum, {
  description:
    'Where a subscription is: pending confirmation, confirmed, unsubscribed, or suppressed after the address bounced.',
  name: 'SubscriberStatus',
  valuesConfig: {
    PENDING: { description: 'Signed up but has not confirmed yet: gets no mail.' },
    CONFIRMED: { description: 'Confirmed: gets what they chose.' },
    UNSUBSCRIBED: { description: 'Unsubscribed: gets no mail.' },
    SUPPRESSED: {
      description: 'Mail to the address bounced: gets no mail until they sign up again.',
    },
  },
});
registerEnumType(SubscribeOutcomeEnum, {
  name: 'SubscribeOutcome',
  description: 'The only outcome: it never reveals whether the address was already known.',
  valuesConfig: {
    CHECK_YOUR_EMAIL: {
      description:
        'A confirmation link has been mailed (or the address was already signed up: the answer is the same).',
    },
  },
});
