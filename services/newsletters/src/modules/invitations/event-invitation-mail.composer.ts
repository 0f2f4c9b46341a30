import type { EventPayloads } from '@engage/shared';
import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderEventInvitationMail } from '../mail-templates/index.ts';
import { knownTeam } from '../neighbourhoods/known-team.ts';
import { teamEventsUrl } from '../neighbourhoods/portal-urls.ts';
import { subscriberMailLinks } from '../subscribers/subscriber-mail-links.ts';
import { Announcement } from './announcement.entity.ts';

/** An invitation to a team's community event (subject: the event), as its announcement said it. */
export const eventInvitationMailComposer: MailComposer<'EVENT_INVITATION'> = {
  kind: 'EVENT_INVITATION',
  audience: 'SUBSCRIBED',
  async compose(delivery, recipient, em, settings) {
    const { links, headers } = subscriberMailLinks(settings.portalUrl, recipient.id);
    const announcement = await em.findOneOrFail(Announcement, { id: delivery.subjectId });
    const event = announcement.payload as EventPayloads['event.published'];
    const its = await knownTeam(em, event.neighbourhoodId);
    const rendered = await renderEventInvitationMail({
      force: settings.force,
      language: recipient.language,
      format: recipient.format,
      event: {
        title: event.title,
        startsAt: new Date(event.startsAt),
        place: event.place,
        teamName: its.name,
      },
      eventUrl: teamEventsUrl(settings.portalUrl, its.slug),
      links,
    });
    return { ...rendered, headers };
  },
};
