import type { SubscriberLinks } from '../links/email-links.ts';
import type { Block, TextBlock } from './mail-document.ts';
import { mailMessages, type MailMessages } from './mail-messages.ts';
import type {
  MailInput,
  NewsletterMailContent,
  NewsletterTranslationContent,
  RenderedMail,
} from './mail-types.ts';
import { officersEnglish } from './officers-english.ts';
import { renderMail, subscriberFooter } from './render-mail.ts';

/** A section is left out when it has nothing in it, rather than showing an empty heading. */
function section(heading: string, blocks: Block[]): Block[] {
  return blocks.length === 0 ? [] : [{ kind: 'heading', level: 2, text: heading }, ...blocks];
}

function isBlank(value: string): boolean {
  return value.replace(/<[^>]*>|&nbsp;/g, '').trim() === '';
}

function prioritiesSection(
  m: MailMessages,
  newsletter: NewsletterMailContent,
  english: (blocks: TextBlock[]) => Block[],
): Block[] {
  const foreign = m.language.code !== 'en';
  return section(
    m.t('newsletter.prioritiesHeading'),
    newsletter.priorities.flatMap((priority): Block[] => [
      ...english([{ kind: 'heading', level: 3, text: priority.title }]),
      { kind: 'paragraph', text: m.t('newsletter.youSaid', { text: priority.youSaid }) },
      ...(priority.weDid.length === 0
        ? []
        : foreign
          ? // "We did:" is the mail's language and the list is the officers' English.
            [
              { kind: 'paragraph' as const, text: m.t('newsletter.weDid') },
              ...english([{ kind: 'list', intro: null, items: priority.weDid }]),
            ]
          : [{ kind: 'list' as const, intro: m.t('newsletter.weDid'), items: priority.weDid }]),
    ]),
  );
}

function eventsSection(
  m: MailMessages,
  newsletter: NewsletterMailContent,
  english: (blocks: TextBlock[]) => Block[],
): Block[] {
  return section(
    m.t('newsletter.eventsHeading'),
    newsletter.events.flatMap((event): Block[] => [
      ...english([{ kind: 'heading', level: 3, text: event.title }]),
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

/**
 * The monthly newsletter: one document, in the order the portal shows an issue, in the
 * subscriber's language. `translation` is the translation into that language, if one
 * was added; without one, a non-English mail has its own language around the English issue and
 * says, first, that the issue has not been translated.
 */
export async function renderNewsletterMail(
  input: MailInput & {
    newsletter: NewsletterMailContent;
    translation?: NewsletterTranslationContent | null;
    webUrl: string;
    links: SubscriberLinks;
  },
): Promise<RenderedMail> {
  const { newsletter } = input;
  const m = mailMessages(input.language);
  const english = officersEnglish(m);
  // An English translation means nothing: English is what the officers wrote.
  const translation = m.language.code === 'en' ? null : (input.translation ?? null);
  const translated = (blocks: TextBlock[]) => (translation ? blocks : english(blocks));
  const month = m.month(newsletter.month);
  const { teamName, author } = newsletter;
  const title = translation?.title ?? newsletter.title;
  const introductionHtml = translation?.introductionHtml ?? newsletter.introductionHtml;
  const adviceHtml = translation?.adviceHtml ?? newsletter.adviceHtml;
  const untranslatedNote: Block[] =
    m.language.code === 'en' || translation
      ? []
      : [{ kind: 'paragraph', text: m.t('newsletter.notTranslated') }];
  const body: Block[] = [
    { kind: 'link', text: m.t('newsletter.readOnWeb'), url: input.webUrl },
    ...untranslatedNote,
    ...translated([{ kind: 'heading', level: 1, text: title }]),
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
    ...(isBlank(introductionHtml)
      ? []
      : translated([{ kind: 'richText', html: introductionHtml }])),
    ...prioritiesSection(m, newsletter, english),
    ...eventsSection(m, newsletter, english),
    ...section(
      m.t('newsletter.pollHeading'),
      newsletter.poll
        ? [
            ...english([{ kind: 'paragraph', text: newsletter.poll.question }]),
            { kind: 'link', text: m.t('newsletter.pollAction'), url: newsletter.poll.url },
          ]
        : [],
    ),
    ...section(
      m.t('newsletter.adviceHeading'),
      isBlank(adviceHtml) ? [] : translated([{ kind: 'richText', html: adviceHtml }]),
    ),
    ...section(
      m.t('newsletter.contactHeading'),
      newsletter.contact.trim() === ''
        ? []
        : english([{ kind: 'paragraph', text: newsletter.contact.trim() }]),
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
