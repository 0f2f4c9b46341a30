import type { SubscriberLinks } from '../links/email-links.ts';
import { mailMessages } from './mail-messages.ts';
import { officersEnglish } from './officers-english.ts';
import type { MailInput, RenderedMail } from './mail-types.ts';
import { renderMail, subscriberFooter } from './render-mail.ts';

/** Sent to subscribers who chose UPDATES: a team's or an NPA's short message ("alert"). */
export async function renderAlertMail(
  input: MailInput & {
    alert: {
      title: string;
      /** Plain text; line breaks are kept. */
      body: string;
      linkUrl: string | null;
      /** The team's or the NPA's name. */
      from: string;
      urgent: boolean;
    };
    links: SubscriberLinks;
  },
): Promise<RenderedMail> {
  const { title, body, linkUrl, from, urgent } = input.alert;
  const m = mailMessages(input.language);
  const english = officersEnglish(m);
  return renderMail(
    {
      locale: m.locale,
      subject: m.t(urgent ? 'alert.urgentSubject' : 'alert.subject', { from, title }),
      preview: m.t('alert.preview', { from }),
      body: [
        ...english([{ kind: 'heading', level: 1, text: title }]),
        ...(urgent ? [{ kind: 'paragraph' as const, text: m.t('alert.urgent') }] : []),
        { kind: 'paragraph', text: m.t('alert.from', { from }) },
        ...english([{ kind: 'paragraph', text: body }]),
        ...(linkUrl
          ? [{ kind: 'link' as const, text: m.t('alert.readMore', { title }), url: linkUrl }]
          : []),
      ],
      footer: subscriberFooter(m, input.links),
    },
    input,
  );
}
