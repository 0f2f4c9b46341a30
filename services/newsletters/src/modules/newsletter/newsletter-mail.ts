import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResidentLanguage } from '@engage/shared/languages';
import type {
  NewsletterMailContent,
  NewsletterTranslationContent,
} from '../mail-templates/index.ts';
import { NewsletterTranslation } from '../newsletter-translations/newsletter-translation.entity.ts';
import { pollPageUrl } from '../neighbourhoods/portal-urls.ts';
import type { IssuePoll } from '../polls/open-polls.ts';
import type { Newsletter } from './newsletter.entity.ts';

/**
 * An officer's photo as a mail client can load it, or null. Photos are served by the portal
 * (engagement stores them as paths like "/demo-officers/…", which mean nothing in an inbox), so
 * they are made absolute against it; a photo on any other origin is dropped (the template then
 * shows the name alone): an image from elsewhere in every mail would tell its host who opened
 * each one, and when.
 */
export function absolutePhotoUrl(photoUrl: string | null, portalUrl: string): string | null {
  if (!photoUrl) return null;
  try {
    const url = new URL(photoUrl, portalUrl);
    return url.origin === new URL(portalUrl).origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether a photo is a PNG or JPEG, by the name of its file: the only kinds every mail client
 * shows (Outlook and Gmail show no SVG, and WebP is still patchy in mail).
 */
export function isMailablePhoto(photoUrl: string): boolean {
  try {
    return /\.(png|jpe?g)$/i.test(new URL(photoUrl, 'http://portal.invalid').pathname);
  } catch {
    return false;
  }
}

/**
 * What the mail template needs of an issue, from its stored (already sanitised) content. `poll`:
 * the one it went out with; a draft's preview passes the team's poll open now.
 */
export function newsletterMailContent(
  newsletter: Newsletter,
  teamName: string,
  portalUrl: string,
  poll: IssuePoll | null = newsletter.poll,
): NewsletterMailContent {
  return {
    teamName,
    month: newsletter.month,
    title: newsletter.title,
    introductionHtml: newsletter.introduction,
    author: newsletter.author
      ? {
          name: newsletter.author.name,
          role: newsletter.author.role,
          // One stored before photos had to be PNG or JPEG is left out rather than shown broken.
          photoUrl:
            newsletter.author.photoUrl && isMailablePhoto(newsletter.author.photoUrl)
              ? absolutePhotoUrl(newsletter.author.photoUrl, portalUrl)
              : null,
        }
      : null,
    priorities: newsletter.priorities.map(({ title, youSaid, weDid }) => ({
      title,
      youSaid,
      weDid,
    })),
    events: newsletter.events.map((event) => ({
      title: event.title,
      startsAt: new Date(event.startsAt),
      place: event.place,
    })),
    adviceHtml: newsletter.advice,
    contact: newsletter.contact,
    poll: poll ? { question: poll.question, url: pollPageUrl(portalUrl, poll.pollId) } : null,
  };
}

/** The issue's translation into a mail's language, as the template takes it; null when none. */
export async function newsletterTranslationContent(
  em: EntityManager,
  newsletter: Newsletter,
  language: ResidentLanguage,
): Promise<NewsletterTranslationContent | null> {
  if (language === 'EN') return null;
  const translation = await em.findOne(NewsletterTranslation, { newsletter, language });
  return (
    translation && {
      title: translation.title,
      introductionHtml: translation.introduction,
      adviceHtml: translation.advice,
    }
  );
}
