import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderAlreadySubscribedMail } from '../mail-templates/index.ts';
import { subscriberMailLinks } from './subscriber-mail-links.ts';

/** The reply to a sign-up from a confirmed address: a manage link, and their choices unchanged. */
export const alreadySubscribedMailComposer: MailComposer<'ALREADY_SUBSCRIBED'> = {
  kind: 'ALREADY_SUBSCRIBED',
  audience: 'SUBSCRIBED',
  async compose(_delivery, recipient, _em, settings) {
    const { links, headers } = subscriberMailLinks(settings.portalUrl, recipient.id);
    const rendered = await renderAlreadySubscribedMail({
      force: settings.force,
      language: recipient.language,
      format: recipient.format,
      manageUrl: links.manage,
    });
    return { ...rendered, headers };
  },
};
