import type { EntityManager } from '@mikro-orm/postgresql';
import { signSurveyInvitation } from '@engage/shared/auth';
import type { EventPayloads } from '@engage/shared';
import type { NewsletterSettings } from '../../settings.ts';
import { confirmSubscriptionUrl, subscriberLinks } from '../links/email-links.ts';
import { listUnsubscribeHeaders } from '../links/list-unsubscribe.ts';
import {
  renderAlreadySubscribedMail,
  renderConfirmationMail,
  renderEventInvitationMail,
  renderNewsletterMail,
  renderSurveyInvitationMail,
  type RenderedMail,
  type SubscriberLinks,
} from '../mail-templates/index.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import {
  newsletterPageUrl,
  surveyAnswerUrl,
  teamEventsUrl,
} from '../neighbourhoods/portal-urls.ts';
import { newsletterMailContent } from '../newsletter/newsletter-mail.ts';
import { Newsletter } from '../newsletter/newsletter.entity.ts';
import { SignUpRequest } from '../subscribers/sign-up-request.entity.ts';
import type { Subscriber } from '../subscribers/subscriber.entity.ts';
import { linkTokens } from '../subscribers/subscriber-tokens.ts';
import { Announcement } from '../invitations/announcement.entity.ts';
import type { Delivery } from './delivery.entity.ts';
import type { OutgoingMail } from './mail-transport.ts';

/** The domain of the From address: Message-IDs are ours, so they use our domain. */
function senderDomain(mailFrom: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(mailFrom);
  return match?.[1] ?? 'neighbourhood-link.invalid';
}

/** Stable per delivery: a message re-sent after a crash has the same Message-ID as the first try. */
export function messageIdOf(deliveryId: string, mailFrom: string): string {
  return `<${deliveryId}@${senderDomain(mailFrom)}>`;
}

/** A survey invitation is good until the end (UTC) of the round's last day. */
function endOfDay(localDate: string): Date {
  return new Date(`${localDate}T23:59:59Z`);
}

/**
 * An issue goes to every subscriber of a team, and only the personal links differ between them;
 * rendering takes 10–25 ms (MJML), so each issue is rendered once per language and format, with
 * placeholders where the links go, and the links are filled in per subscriber. Published issues
 * never change, so a small cache of recent renders is always right.
 */
const PLACEHOLDER_LINKS: SubscriberLinks = {
  manage: 'https://personal-link.invalid/manage',
  unsubscribe: 'https://personal-link.invalid/unsubscribe',
};
const RENDERED_ISSUES = new Map<string, Promise<RenderedMail>>();
const MAX_RENDERED_ISSUES = 60;

function renderedOnce(key: string, render: () => Promise<RenderedMail>): Promise<RenderedMail> {
  let rendered = RENDERED_ISSUES.get(key);
  if (!rendered) {
    rendered = render();
    rendered.catch(() => RENDERED_ISSUES.delete(key));
    RENDERED_ISSUES.set(key, rendered);
    // Oldest first: a Map iterates in insertion order.
    for (const old of RENDERED_ISSUES.keys()) {
      if (RENDERED_ISSUES.size <= MAX_RENDERED_ISSUES) break;
      RENDERED_ISSUES.delete(old);
    }
  }
  return rendered;
}

/** Our links hold only URL-safe characters, so they go into HTML attributes unchanged. */
function withPersonalLinks(mail: RenderedMail, links: SubscriberLinks): RenderedMail {
  const fill = (body: string) =>
    body
      .replaceAll(PLACEHOLDER_LINKS.manage, links.manage)
      .replaceAll(PLACEHOLDER_LINKS.unsubscribe, links.unsubscribe);
  if (!/^[\w:/?=.~%-]+$/.test(links.manage + links.unsubscribe)) {
    throw new Error('a personal link holds characters that would need escaping in HTML');
  }
  return { subject: mail.subject, html: mail.html && fill(mail.html), text: fill(mail.text) };
}

async function team(em: EntityManager, id: string | null): Promise<KnownNeighbourhood> {
  if (!id) throw new Error('a delivery about a team has no team');
  return em.findOneOrFail(KnownNeighbourhood, { id });
}

/**
 * Renders one delivery for its subscriber, in their language and format, with their personal
 * links. Everything is read from this service's own tables.
 */
export async function composeMail(
  em: EntityManager,
  delivery: Delivery,
  subscriber: Subscriber,
  settings: NewsletterSettings,
): Promise<OutgoingMail> {
  const recipient = { language: subscriber.language, format: subscriber.format };
  const tokens = linkTokens();
  const links = subscriberLinks(settings.portalUrl, tokens, subscriber.id);
  let rendered: RenderedMail;
  switch (delivery.kind) {
    case 'CONFIRMATION': {
      // The choices are the sign-up request's own: the subscriber holds none until confirming.
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
      rendered = await renderConfirmationMail({
        language: request.language,
        format: request.format,
        confirmUrl: confirmSubscriptionUrl(settings.portalUrl, tokens, request.id),
        areaNames,
      });
      break;
    }
    case 'ALREADY_SUBSCRIBED':
      rendered = await renderAlreadySubscribedMail({ ...recipient, manageUrl: links.manage });
      break;
    case 'NEWSLETTER': {
      const shared = await renderedOnce(
        `${delivery.subjectId}/${recipient.language}/${recipient.format}`,
        async () => {
          const newsletter = await em.findOneOrFail(Newsletter, { id: delivery.subjectId });
          const its = await team(em, newsletter.neighbourhoodId);
          return renderNewsletterMail({
            ...recipient,
            newsletter: newsletterMailContent(newsletter, its.name, settings.portalUrl),
            webUrl: newsletterPageUrl(settings.portalUrl, its.slug, newsletter.month),
            links: PLACEHOLDER_LINKS,
          });
        },
      );
      rendered = withPersonalLinks(shared, links);
      break;
    }
    case 'EVENT_INVITATION': {
      const announcement = await em.findOneOrFail(Announcement, { id: delivery.subjectId });
      const event = announcement.payload as EventPayloads['event.published'];
      const its = await team(em, event.neighbourhoodId);
      rendered = await renderEventInvitationMail({
        ...recipient,
        event: {
          title: event.title,
          startsAt: new Date(event.startsAt),
          place: event.place,
          teamName: its.name,
        },
        eventUrl: teamEventsUrl(settings.portalUrl, its.slug),
        links,
      });
      break;
    }
    case 'SURVEY_INVITATION': {
      const announcement = await em.findOneOrFail(Announcement, { id: delivery.subjectId });
      const round = announcement.payload as EventPayloads['survey.round.opened'];
      const its = await team(em, delivery.neighbourhoodId);
      const token = await signSurveyInvitation(
        {
          roundId: round.roundId,
          neighbourhoodId: its.id,
          invitationId: delivery.id,
        },
        settings.invitationSigningSecret,
        endOfDay(round.closesOn),
      );
      rendered = await renderSurveyInvitationMail({
        ...recipient,
        roundLabel: round.roundLabel,
        closesOn: round.closesOn,
        answerUrl: surveyAnswerUrl(settings.portalUrl, token),
        teamName: its.name,
        links,
      });
      break;
    }
  }
  return {
    kind: delivery.kind,
    to: subscriber.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: messageIdOf(delivery.id, settings.mailFrom),
    // A confirmation goes to someone not yet subscribed: there is nothing to unsubscribe from.
    headers:
      delivery.kind === 'CONFIRMATION'
        ? {}
        : listUnsubscribeHeaders({ unsubscribeUrl: links.unsubscribe }),
  };
}
