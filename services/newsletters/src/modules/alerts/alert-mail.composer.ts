import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderAlertMail } from '../mail-templates/index.ts';
import { subscriberMailLinks } from '../subscribers/subscriber-mail-links.ts';
import { Alert } from './alert.entity.ts';

/** A team's or an NPA's alert (subject: the alert), to a subscriber who chose UPDATES. */
export const alertMailComposer: MailComposer<'ALERT'> = {
  kind: 'ALERT',
  audience: 'SUBSCRIBED',
  async compose(delivery, recipient, em, settings) {
    const { links, headers } = subscriberMailLinks(settings.portalUrl, recipient.id);
    const alert = await em.findOneOrFail(Alert, { id: delivery.subjectId });
    const rendered = await renderAlertMail({
      force: settings.force,
      language: recipient.language,
      format: recipient.format,
      alert: {
        title: alert.title,
        body: alert.body,
        linkUrl: alert.linkUrl,
        from: alert.audienceName,
        urgent: alert.urgent,
      },
      links,
    });
    return { ...rendered, headers };
  },
};
