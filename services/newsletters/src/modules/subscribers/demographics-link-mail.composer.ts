import type { MailComposer } from '../delivery/mail-composer.ts';
import { emailLinkUrl } from '../links/email-links.ts';
import { renderDemographicsLinkMail } from '../mail-templates/index.ts';
import { Subscriber } from './subscriber.entity.ts';
import { demographicsTokenHash, linkTokens } from './subscriber-tokens.ts';

/**
 * The fresh link to a subscriber's demographic answers (subject: the request). The token is made
 * here, when the mail is written, and only its hash kept: this link replaces any sent before, and
 * a retried delivery sends a new one that works instead.
 */
export const demographicsLinkMailComposer: MailComposer<'DEMOGRAPHICS_LINK'> = {
  kind: 'DEMOGRAPHICS_LINK',
  audience: 'SUBSCRIBED',
  async compose(_delivery, recipient, em, settings) {
    const token = linkTokens().sign('EDIT_DEMOGRAPHICS', recipient.id);
    await em.nativeUpdate(
      Subscriber,
      { id: recipient.id },
      { demographicsTokenHash: demographicsTokenHash(token) },
    );
    const rendered = await renderDemographicsLinkMail({
      language: recipient.language,
      format: recipient.format,
      force: settings.force,
      url: emailLinkUrl(settings.portalUrl, 'EDIT_DEMOGRAPHICS', token),
    });
    return { ...rendered, headers: {} };
  },
};
