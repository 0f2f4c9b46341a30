import type { SubscriberLinks } from '../links/email-links.ts';
import type { Block } from './mail-document.ts';
import { mailMessages, type MailMessages } from './mail-messages.ts';
import type { MailInput, NewsletterMailContent, RenderedMail } from './mail-types.ts';
import { renderMail, subscriberFooter } from './render-mail.ts';

/** A section is left out when it has nothing in it, rather than showing an empty heading. */
function section(heading: string, blocks: Block[]): Block[] {
  return blocks.length === 0 ? [] : [{ kind: 'heading', level: 2, text: heading }, ...blocks];
}

function isBlank(value: string): boolean {
  return value.replace(/<[^>]*>|&nbsp;/g, '').trim() === '';
}

function prioritiesSection(m: MailMessages, newsletter: NewsletterMailContent): Block[] {
  return section(
    m.t('newsletter.prioritiesHeading'),
    newsletter.priorities.flatMap((priority): Block[] => [
      { kind: 'heading', level: 3, text: priority.title },
      { kind: 'paragraph', text: m.t('newsletter.youSaid', { text: priority.youSaid }) },
      ...(priority.weDid.length === 0
        ? []
        : [{ kind: 'list' as const, intro: m.t('newsletter.weDid'), items: priority.weDid }]),
    ]),
  );
}

function eventsSection(m: MailMessages, newsletter: NewsletterMailContent): Block[] {
  return section(
    m.t('newsletter.eventsHeading'),
    newsletter.events.flatMap((event): Block[] => [
      { kind: 'heading', level: 3, text: event.title },
      {
        kind: 'facts',
        facts: [
          { label: m.t('common.when'), value: m.ukDateTime(event.startsAt) },
          { label: m.t('common.where'), value: event.place },
        ],
      },
    ]),
  );
}

/** The monthly newsletter: one document, in the order the portal shows an issue. */
export async function renderNewsletterMail(
  input: MailInput & { newsletter: NewsletterMailContent; webUrl: string; links: SubscriberLinks },
): Promise<RenderedMail> {
  const { newsletter } = input;
  const m = mailMessages(input.language);
  const month = m.month(newsletter.month);
  const { teamName, title, author } = newsletter;
  const body: Block[] = [
    { kind: 'link', text: m.t('newsletter.readOnWeb'), url: input.webUrl },
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: m.t('newsletter.byline', { teamName, month }) },
    ...(author === null
      ? []
      : [
          {
            kind: 'officer' as const,
            ...author,
            photoAlt: m.t('newsletter.authorPhotoAlt', { name: author.name }),
          },
        ]),
    ...(isBlank(newsletter.introductionHtml)
      ? []
      : [{ kind: 'richText' as const, html: newsletter.introductionHtml }]),
    ...prioritiesSection(m, newsletter),
    ...eventsSection(m, newsletter),
    ...section(
      m.t('newsletter.pollHeading'),
      newsletter.poll
        ? [
            { kind: 'paragraph', text: newsletter.poll.question },
            { kind: 'link', text: m.t('newsletter.pollAction'), url: newsletter.poll.url },
          ]
        : [],
    ),
    ...section(
      m.t('newsletter.adviceHeading'),
      isBlank(newsletter.adviceHtml) ? [] : [{ kind: 'richText', html: newsletter.adviceHtml }],
    ),
    ...section(
      m.t('newsletter.contactHeading'),
      newsletter.contact.trim() === ''
        ? []
        : [{ kind: 'paragraph', text: newsletter.contact.trim() }],
    ),
  ];
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('newsletter.subject', { teamName, month, title }),
      preview: m.t('newsletter.preview', { teamName, title }),
      body,
      footer: subscriberFooter(m, input.links),
    },
    input,
  );
}
