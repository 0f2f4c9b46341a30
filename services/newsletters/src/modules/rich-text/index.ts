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
    const url = new URL(href.trim());
    if (url.protocol === 'mailto:' && !url.pathname.includes('@')) return false;
    return ALLOWED_LINK_PROTOCOLS.has(url.protocol);
  } catch {
    return false;
  }
}

/** Pasted text is full of empty paragraphs; they would show as gaps in the mail. */
const isEmptyParagraph = (frame: sanitizeHtml.IFrame): boolean =>
  frame.tag === 'p' && frame.text.trim() === '' && frame.mediaChildren.length === 0;

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
    // What officers paste keeps its meaning in the allowed tags: bold and italics, a pasted h1
    // (the mail's own title is the only h1), and blocks that a browser's editable area or a
    // pasted page uses to separate lines — without these, "one" and "two" would run together.
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    div: 'p',
    blockquote: 'p',
    pre: 'p',
    td: 'p',
    th: 'p',
    // Every kept link gets rel="noopener", whatever rel the author wrote. A refused target leaves
    // the link with no href, and exclusiveFilter then drops the tag and keeps its words. (Renaming
    // the tag here instead trips a sanitize-html bug: a renamed tag that is then discarded leaves
    // its name behind, and the next link's closing tag comes out as that name.)
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: isAllowedHref(attribs.href) ? { href: attribs.href.trim(), rel: 'noopener' } : {},
    }),
  },
  exclusiveFilter: (frame) => {
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    return isEmptyParagraph(frame);
  },
};

/**
 * Allow-list: p, br, strong, em, ul, ol, li, h2, h3, a[href] with https:/mailto: only (add
 * rel="noopener"); everything else dropped, text kept. Idempotent, so sanitising twice is safe.
 */
export function sanitizeRichText(html: string): string {
  // Two passes: the block renames above can nest a <p> in a <p> (a <div> in a <div>); parsing the
  // result again closes the outer paragraph as a browser would and drops the empty one it leaves.
  return sanitizeHtml(sanitizeHtml(html, SANITIZE_OPTIONS), SANITIZE_OPTIONS).trim();
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
