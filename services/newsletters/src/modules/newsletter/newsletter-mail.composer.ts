import type { MailComposer } from '../delivery/mail-composer.ts';
import { renderNewsletterMail } from '../mail-templates/index.ts';
import { knownTeam } from '../neighbourhoods/known-team.ts';
import { newsletterPageUrl } from '../neighbourhoods/portal-urls.ts';
import { subscriberMailLinks } from '../subscribers/subscriber-mail-links.ts';
import { newsletterMailContent, newsletterTranslationContent } from './newsletter-mail.ts';
import { Newsletter } from './newsletter.entity.ts';
import { PLACEHOLDER_LINKS, renderedOnce, withPersonalLinks } from './rendered-issues.ts';

/**
 * An issue (subject: the newsletter), rendered once per language and format for all its
 * subscribers; only the personal links are filled in per subscriber. Each language gets the
 * issue's translation into it when one exists when its first mail is rendered, and the English
 * with a note otherwise: one message per subscriber either way. A translation saved while an
 * issue is going out reaches the languages not yet rendered, and its web page.
 */
export const newsletterMailComposer: MailComposer<'NEWSLETTER'> = {
  kind: 'NEWSLETTER',
  audience: 'SUBSCRIBED',
  async compose(delivery, recipient, em, settings) {
    const { links, headers } = subscriberMailLinks(settings.portalUrl, recipient.id);
    const { language, format } = recipient;
    const shared = await renderedOnce(`${delivery.subjectId}/${language}/${format}`, async () => {
      const newsletter = await em.findOneOrFail(Newsletter, { id: delivery.subjectId });
      const its = await knownTeam(em, newsletter.neighbourhoodId);
      return renderNewsletterMail({
        force: settings.force,
        language,
        format,
        newsletter: newsletterMailContent(newsletter, its.name, settings.portalUrl),
        translation: await newsletterTranslationContent(em, newsletter, language),
        webUrl: newsletterPageUrl(settings.portalUrl, its.slug, newsletter.month),
        links: PLACEHOLDER_LINKS,
      });
    });
    return { ...withPersonalLinks(shared, links), headers };
  },
};
