import type { EventPayloads } from '@engage/shared';
import { signSurveyInvitation } from '@engage/shared/auth';
import { endOfUkDay } from '@engage/shared/uk-time';
import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderSurveyInvitationMail } from '../mail-templates/index.ts';
import { knownTeam } from '../neighbourhoods/known-team.ts';
import { surveyAnswerUrl } from '../neighbourhoods/portal-urls.ts';
import { subscriberMailLinks } from '../subscribers/subscriber-mail-links.ts';
import { Announcement } from './announcement.entity.ts';

/**
 * An invitation to answer a "Your Views" round (subject: the round) for the team the fan-out
 * chose for this subscriber. The signed token names the round, the team and the delivery (as a
 * random invitation id): nothing that names the subscriber.
 */
export const surveyInvitationMailComposer: MailComposer<'SURVEY_INVITATION'> = {
  kind: 'SURVEY_INVITATION',
  audience: 'SUBSCRIBED',
  async compose(delivery, recipient, em, settings) {
    const { links, headers } = subscriberMailLinks(settings.portalUrl, recipient.id);
    const announcement = await em.findOneOrFail(Announcement, { id: delivery.subjectId });
    const round = announcement.payload as EventPayloads['survey.round.opened'];
    const its = await knownTeam(em, delivery.neighbourhoodId);
    const token = await signSurveyInvitation(
      { roundId: round.roundId, neighbourhoodId: its.id, invitationId: delivery.id },
      settings.invitationSigningSecret,
      // Good until the round's last UK day ends, when surveys stops taking its answers.
      endOfUkDay(round.closesOn),
    );
    const rendered = await renderSurveyInvitationMail({
      force: settings.force,
      language: recipient.language,
      format: recipient.format,
      roundLabel: round.roundLabel,
      closesOn: round.closesOn,
      answerUrl: surveyAnswerUrl(settings.portalUrl, token),
      teamName: its.name,
      links,
    });
    return { ...rendered, headers };
  },
};
