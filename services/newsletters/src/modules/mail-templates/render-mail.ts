import type { SubscriberLinks } from '../links/email-links.ts';
import type { Block, MailDocument } from './mail-document.ts';
import { mailMessages, type MailMessages } from './mail-messages.ts';
import { MAIL_THEMES } from './mail-theme.ts';
import type { MailForce, MailInput, RenderedMail } from './mail-types.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';

/** A title typed with a line break would otherwise fold the Subject header in odd places. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The force's part of every mail: its name at the top, and at the foot who sent it, where to
 * find it and how to report a crime (never by replying).
 */
function withForce(doc: MailDocument, messages: MailMessages, force: MailForce): MailDocument {
  return {
    ...doc,
    header: force.name,
    footer: [
      ...doc.footer,
      { kind: 'paragraph', text: messages.t('common.sentBy', { force: force.name }) },
      {
        kind: 'link',
        text: messages.t('common.website', { force: force.name }),
        url: force.website,
      },
      { kind: 'link', text: messages.t('common.reportOnline'), url: force.reportOnlineUrl },
    ],
  };
}

/** Both parts come from the same document, so the text part is never a second, stale copy. */
export async function renderMail(written: MailDocument, input: MailInput): Promise<RenderedMail> {
  const messages = mailMessages(input.language);
  const doc = withForce(written, messages, input.force);
  const subject = oneLine(doc.subject);
  const text = renderText(doc);
  const html =
    input.format === 'PLAIN_TEXT'
      ? null
      : await renderHtml({ ...doc, subject }, MAIL_THEMES[input.format], messages.language);
  return { subject, html, text };
}

/**
 * The footer of every mail to a confirmed subscriber: why they get it, and both personal links
 * in words. The List-Unsubscribe headers (links/list-unsubscribe.ts) are the mail client's own
 * button; this is the one a resident can see.
 */
export function subscriberFooter(messages: MailMessages, links: SubscriberLinks): Block[] {
  return [
    { kind: 'paragraph', text: messages.t('common.footerReason') },
    { kind: 'link', text: messages.t('common.manage'), url: links.manage },
    { kind: 'link', text: messages.t('common.unsubscribe'), url: links.unsubscribe },
    { kind: 'paragraph', text: messages.t('common.doNotReply') },
  ];
}
