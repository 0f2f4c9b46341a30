import type { NewsletterMailContent } from '../mail-templates/index.ts';
import type { Newsletter } from './newsletter.entity.ts';

/** What the mail template needs of an issue, from its stored (already sanitised) content. */
export function newsletterMailContent(
  newsletter: Newsletter,
  teamName: string,
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
          photoUrl: newsletter.author.photoUrl,
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
  };
}
