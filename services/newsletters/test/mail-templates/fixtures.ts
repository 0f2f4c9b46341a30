import { loadForceBranding } from '@engage/shared';
import { LANGUAGES as EVERY_LANGUAGE, residentLanguageOf } from '@engage/shared/languages';
import { MESSAGE_CATALOGUES } from '../../src/modules/mail-templates/mail-messages.ts';
import {
  type MailFormat,
  type MailLanguage,
  type NewsletterMailContent,
  type Recipient,
  type RenderedMail,
  renderAlreadySubscribedMail,
  renderConfirmationMail,
  renderEventInvitationMail,
  renderNewsletterMail,
  renderSurveyInvitationMail,
  type SubscriberLinks,
} from '../../src/modules/mail-templates/index.ts';

/** The demo force (every FORCE_* variable unset): every mail names it and links to it. */
export const FORCE = loadForceBranding({});
/** The links every mail ends with: the force's website and reporting a crime online. */
export const FORCE_LINKS = [FORCE.website, FORCE.reportOnlineUrl];

/** Every language of the list that has a mail catalogue, in the list's order. */
export const LANGUAGES: MailLanguage[] = EVERY_LANGUAGE.filter(
  ({ code }) => code in MESSAGE_CATALOGUES,
).map(({ code }) => residentLanguageOf(code));
export const FORMATS: MailFormat[] = ['HTML', 'PLAIN_TEXT', 'LARGE_PRINT'];
export const HTML_FORMATS: MailFormat[] = ['HTML', 'LARGE_PRINT'];

/** Real-looking personal links: the token has characters a careless template would mangle. */
export const LINKS: SubscriberLinks = {
  manage: 'https://portal.example/subscriptions/manage?token=m.3f2b8c1e.mzx1a2.Ab-_9',
  unsubscribe: 'https://portal.example/subscriptions/unsubscribe?token=u.3f2b8c1e.mzx1a2.Zy_-1',
};

export const HOSTILE = '<script>alert("owned")</script> & Co';

export function newsletterContent(overrides: Partial<NewsletterMailContent> = {}) {
  return {
    teamName: 'Belgrave Neighbourhood Team',
    month: '2026-11',
    title: 'Keeping Belgrave safe this winter',
    introductionHtml:
      '<p>Hello from <strong>PC Sam Jones</strong>. Read <a href="https://www.police.uk/">police.uk</a>.</p>',
    author: {
      name: 'PC Sam Jones',
      role: 'Neighbourhood officer',
      photoUrl: 'https://cdn.example/officers/sam-jones.jpg',
    },
    priorities: [
      {
        title: 'Speeding on Melton Road',
        youSaid: 'Cars drive too fast near the school.',
        weDid: ['Held 12 speed checks', 'Gave 30 drivers a ticket'],
      },
    ],
    events: [
      {
        title: 'Street meeting',
        startsAt: new Date('2026-12-03T19:00:00Z'),
        place: 'Belgrave Library',
      },
    ],
    adviceHtml: '<ul><li>Lock your car, even on the drive.</li></ul>',
    contact: 'Call 101\nEmail belgrave@police.example',
    ...overrides,
  } satisfies NewsletterMailContent;
}

/** Undoes the escaping of an attribute value, so a test can compare a URL exactly. */
function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every link target in the HTML part, once each. */
export function hrefs(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? '')),
    ),
  ].sort();
}

/** Every URL in the text part, once each. */
export function textUrls(text: string): string[] {
  return [...new Set(text.match(/(?:https|mailto):[^\s)]+/g) ?? [])].sort();
}

/**
 * Every font size in the HTML, in px, except the 0px and 1px that MJML uses for layout and for
 * the hidden preview line: no resident ever reads those.
 */
export function readableFontSizes(html: string): number[] {
  return [...html.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)]
    .map((match) => Number(match[1]))
    .filter((size) => size > 1);
}

/** Something that looks like an HTML tag; the text part of a mail must never contain one. */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i;

export function htmlOf(mail: RenderedMail): string {
  if (mail.html === null) throw new Error('This mail has no HTML part.');
  return mail.html;
}

export const CONFIRM_URL =
  'https://portal.example/subscriptions/confirm?token=c.3f2b8c1e.mzx1a2.Qq_-7';
export const WEB_URL = 'https://portal.example/neighbourhoods/belgrave/newsletters/2026-11';
export const EVENT_URL = 'https://portal.example/neighbourhoods/belgrave/events/street-meeting';
export const ANSWER_URL = 'https://portal.example/your-views/belgrave/2026-autumn';

export interface MailCase {
  name: string;
  render: (recipient: Recipient) => Promise<RenderedMail>;
  /** Every link the mail must carry, and no other (the newsletter's own rich text aside). */
  links: string[];
  /** The subject in English and in Welsh, word for word. */
  subjects: Record<'EN' | 'CY', string>;
  /** Its catalogue key: in the other languages, the subject is that message of their catalogue. */
  subjectKey: string;
}

/** One case per mail, with the same sample data the mail-specific tests use. */
export const MAIL_CASES: MailCase[] = [
  {
    name: 'confirmation',
    render: (recipient) =>
      renderConfirmationMail({
        ...recipient,
        force: FORCE,
        confirmUrl: CONFIRM_URL,
        areaNames: ['Belgrave'],
      }),
    links: [CONFIRM_URL, ...FORCE_LINKS],
    subjectKey: 'confirmation.subject',
    subjects: {
      EN: 'Confirm your email address to get neighbourhood policing updates',
      CY: 'Cadarnhewch eich cyfeiriad e-bost i gael newyddion gan eich heddlu bro',
    },
  },
  {
    name: 'already subscribed',
    render: (recipient) =>
      renderAlreadySubscribedMail({ ...recipient, force: FORCE, manageUrl: LINKS.manage }),
    links: [LINKS.manage, ...FORCE_LINKS],
    subjectKey: 'alreadySubscribed.subject',
    subjects: { EN: 'You are already subscribed', CY: 'Rydych chi eisoes wedi tanysgrifio' },
  },
  {
    name: 'newsletter',
    render: (recipient) =>
      renderNewsletterMail({
        ...recipient,
        force: FORCE,
        newsletter: newsletterContent({ introductionHtml: '<p>Hello from PC Sam Jones.</p>' }),
        webUrl: WEB_URL,
        links: LINKS,
      }),
    links: [WEB_URL, LINKS.manage, LINKS.unsubscribe, ...FORCE_LINKS],
    subjectKey: 'newsletter.subject',
    subjects: {
      EN: 'Belgrave Neighbourhood Team newsletter, November 2026: Keeping Belgrave safe this winter',
      CY: 'Cylchlythyr Belgrave Neighbourhood Team, Tachwedd 2026: Keeping Belgrave safe this winter',
    },
  },
  {
    name: 'event invitation',
    render: (recipient) =>
      renderEventInvitationMail({
        ...recipient,
        force: FORCE,
        event: {
          title: 'Street meeting',
          startsAt: new Date('2026-07-03T18:00:00Z'),
          place: 'Belgrave Library',
          teamName: 'Belgrave Neighbourhood Team',
        },
        eventUrl: EVENT_URL,
        links: LINKS,
      }),
    links: [EVENT_URL, LINKS.manage, LINKS.unsubscribe, ...FORCE_LINKS],
    subjectKey: 'eventInvitation.subject',
    subjects: {
      EN: 'Invitation: Street meeting, Friday, 3 July 2026',
      CY: 'Gwahoddiad: Street meeting, Dydd Gwener, 3 Gorffennaf 2026',
    },
  },
  {
    name: 'survey invitation',
    render: (recipient) =>
      renderSurveyInvitationMail({
        ...recipient,
        force: FORCE,
        roundLabel: 'Autumn 2026',
        closesOn: '2026-12-04',
        answerUrl: ANSWER_URL,
        teamName: 'Belgrave Neighbourhood Team',
        links: LINKS,
      }),
    links: [ANSWER_URL, LINKS.manage, LINKS.unsubscribe, ...FORCE_LINKS],
    subjectKey: 'surveyInvitation.subject',
    subjects: {
      EN: 'Your Views: tell Belgrave Neighbourhood Team what matters to you',
      CY: "Eich Barn: dywedwch wrth Belgrave Neighbourhood Team beth sy'n bwysig i chi",
    },
  },
];

type Catalogue = { [key: string]: string | Catalogue };

/** A message of a language's catalogue by its dotted key, or undefined when it has none. */
export function catalogueMessage(language: MailLanguage, key: string): string | undefined {
  let entry: string | Catalogue | undefined = MESSAGE_CATALOGUES[
    language.toLowerCase() as keyof typeof MESSAGE_CATALOGUES
  ] as Catalogue | undefined;
  for (const part of key.split('.')) {
    entry = typeof entry === 'object' ? entry[part] : undefined;
  }
  return typeof entry === 'string' ? entry : undefined;
}

/**
 * What a mail's subject must be: the words given for English and Welsh; in another language,
 * that language's catalogue message with any text where its placeholders are.
 */
export function expectedSubject(mail: MailCase, language: MailLanguage): string | RegExp {
  if (language === 'EN' || language === 'CY') return mail.subjects[language];
  const message = catalogueMessage(language, mail.subjectKey);
  if (message === undefined) {
    throw new Error(`The ${language} mail catalogue has no ${mail.subjectKey}.`);
  }
  const pattern = message
    .split(/\{\{\w+\}\}/)
    .map(escapeRegExp)
    .join('.+');
  return new RegExp(`^${pattern}$`);
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many times `part` occurs in `whole`. */
export function occurrences(whole: string, part: string): number {
  return whole.split(part).length - 1;
}
