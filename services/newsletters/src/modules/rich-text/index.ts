import { convert, type HtmlToTextOptions } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * The HTML a team may write in a newsletter's introduction and advice. It ends up in residents'
 * inboxes and on the public portal, so only structure survives: no images (tracking pixels, and
 * an officer could paste one with no alt text), no styles (they break large print and contrast),
 * no tables, no scripts.
 */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'h2', 'h3', 'a'];

/** https only (a newsletter should never send a resident to an unencrypted page), and email. */
const ALLOWED_LINK_PROTOCOLS = new Set(['https:', 'mailto:']);

function isAllowedHref(href: string | undefined): href is string {
  if (href === undefined) return false;
  try {
    // A relative URL throws here, and that is right: it has no page to go to from an inbox.
    return ALLOWED_LINK_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The default list plus the tags whose content is code or a fallback for a frame, never prose a
  // resident should read once the tag is gone.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'template',
  ],
  transformTags: {
    // Every kept link gets rel="noopener", whatever rel the author wrote. A refused target leaves
    // the link with no href, and exclusiveFilter then drops the tag and keeps its words. (Renaming
    // the tag here instead trips a sanitize-html bug: a renamed tag that is then discarded leaves
    // its name behind, and the next link's closing tag comes out as that name.)
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: isAllowedHref(attribs.href) ? { href: attribs.href.trim(), rel: 'noopener' } : {},
    }),
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * Allow-list: p, br, strong, em, ul, ol, li, h2, h3, a[href] with https:/mailto: only (add
 * rel="noopener"); everything else dropped, text kept. Idempotent, so sanitising twice is safe.
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

const PLAIN_TEXT_OPTIONS: HtmlToTextOptions = {
  // Mail clients and preview panes reflow text to their own width; a hard wrap at 80 columns
  // breaks lines mid-sentence on a phone and in large fonts.
  wordwrap: false,
  selectors: [
    // Capitals are harder to read and some screen readers spell them out letter by letter.
    { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2 } },
    { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2 } },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
  ],
};

/**
 * For plain-text mail and previews (html-to-text). Sanitises first, so a preview of text that was
 * never sanitised cannot show the body of a script or style as if it were prose.
 */
export function richTextToPlainText(html: string): string {
  return convert(sanitizeRichText(html), PLAIN_TEXT_OPTIONS).trim();
}
