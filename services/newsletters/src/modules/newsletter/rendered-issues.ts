import type { RenderedMail, SubscriberLinks } from '../mail-templates/index.ts';

/**
 * An issue goes to every subscriber of a team, and only the personal links differ between them;
 * rendering takes 10–25 ms (MJML), so each issue is rendered once per language and format, with
 * placeholders where the links go, and the links are filled in per subscriber. Published issues
 * never change, so a small cache of recent renders is always right.
 */
export const PLACEHOLDER_LINKS: SubscriberLinks = {
  manage: 'https://personal-link.invalid/manage',
  unsubscribe: 'https://personal-link.invalid/unsubscribe',
};
const RENDERED_ISSUES = new Map<string, Promise<RenderedMail>>();
const MAX_RENDERED_ISSUES = 60;

export function renderedOnce(
  key: string,
  render: () => Promise<RenderedMail>,
): Promise<RenderedMail> {
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
export function withPersonalLinks(mail: RenderedMail, links: SubscriberLinks): RenderedMail {
  const fill = (body: string) =>
    body
      .replaceAll(PLACEHOLDER_LINKS.manage, links.manage)
      .replaceAll(PLACEHOLDER_LINKS.unsubscribe, links.unsubscribe);
  if (!/^[\w:/?=.~%-]+$/.test(links.manage + links.unsubscribe)) {
    throw new Error('a personal link holds characters that would need escaping in HTML');
  }
  return { subject: mail.subject, html: mail.html && fill(mail.html), text: fill(mail.text) };
}
