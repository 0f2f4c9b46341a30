import { confirmSubscriptionUrl } from '../links/email-links.ts';
import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderConfirmationMail } from '../mail-templates/index.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { SignUpRequest } from './sign-up-request.entity.ts';
import { linkTokens } from './subscriber-tokens.ts';

/**
 * The double opt-in mail (subject: the sign-up request). Its language, format and areas are the
 * request's own: the subscriber holds none until confirming. No List-Unsubscribe: it goes to
 * someone not yet subscribed, so there is nothing to unsubscribe from.
 */
export const confirmationMailComposer: MailComposer<'CONFIRMATION'> = {
  kind: 'CONFIRMATION',
  audience: 'SIGNING_UP',
  async compose(delivery, _recipient, em, settings) {
    const request = await em.findOneOrFail(SignUpRequest, { id: delivery.subjectId });
    const teams = await em.find(
      KnownNeighbourhood,
      {
        $or: [
          { id: { $in: request.neighbourhoodIds } },
          { policingAreaId: { $in: request.policingAreaIds } },
        ],
      },
      { orderBy: { name: 'asc' } },
    );
    const areaNames = [
      ...teams.filter((t) => request.neighbourhoodIds.includes(t.id)).map((t) => t.name),
      ...new Set(
        teams
          .filter((t) => request.policingAreaIds.includes(t.policingAreaId))
          .map((t) => t.policingAreaName),
      ),
    ];
    const rendered = await renderConfirmationMail({
      force: settings.force,
      language: request.language,
      format: request.format,
      confirmUrl: confirmSubscriptionUrl(settings.portalUrl, linkTokens(), request.id),
      areaNames,
    });
    return { ...rendered, headers: {} };
  },
};
