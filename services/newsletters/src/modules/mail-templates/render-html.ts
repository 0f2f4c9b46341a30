import mjml2html from 'mjml';
import { sanitizeRichText } from '../rich-text/index.ts';
import { escapeHtml, escapeHtmlLines } from './escape-html.ts';
import type { Block, MailDocument } from './mail-document.ts';
import { MAIL_COLOURS as C, MAIL_FONT_FAMILY, type MailTheme } from './mail-theme.ts';

/** Written by us (never by a resident or officer), and inlined into every element by MJML. */
function styles(theme: MailTheme): string {
  const s = theme.spacing;
  return `
    h1 { font-size: ${theme.h1}px; line-height: 1.25; font-weight: bold; margin: 0 0 ${s}px; }
    h2 { font-size: ${theme.h2}px; line-height: 1.3; font-weight: bold; margin: ${s * 1.5}px 0 ${s / 2}px; }
    h3 { font-size: ${theme.h3}px; line-height: 1.3; font-weight: bold; margin: ${s}px 0 ${s / 2}px; }
    p { margin: 0 0 ${s}px; }
    ul, ol { margin: 0 0 ${s}px; padding-left: ${s * 1.5}px; }
    li { margin: 0 0 ${s / 2}px; }
    a { color: ${C.link}; text-decoration: underline; }`;
}

function text(content: string, extraAttributes = ''): string {
  return `<mj-text${extraAttributes}>${content}</mj-text>`;
}

function link(label: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

function block(item: Block, textAttributes: string): string {
  switch (item.kind) {
    case 'heading':
      return text(`<h${item.level}>${escapeHtml(item.text)}</h${item.level}>`, textAttributes);
    case 'paragraph':
      return text(`<p>${escapeHtmlLines(item.text)}</p>`, textAttributes);
    case 'richText':
      // Stored sanitised, and sanitised again: idempotent and cheap, and this is the last step
      // before an inbox, so a row written by a path that skipped it (a seed, an import) is safe.
      return text(sanitizeRichText(item.html), textAttributes);
    case 'list': {
      const intro = item.intro === null ? '' : `<p>${escapeHtml(item.intro)}</p>`;
      const items = item.items.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('');
      return text(`${intro}<ul>${items}</ul>`, textAttributes);
    }
    case 'facts':
      return text(
        item.facts
          .map(
            (fact) =>
              `<p><strong>${escapeHtml(fact.label)}:</strong> ${escapeHtml(fact.value)}</p>`,
          )
          .join(''),
        textAttributes,
      );
    case 'link':
      return text(`<p>${link(item.text, item.url)}</p>`, textAttributes);
    case 'action': {
      const button = `<mj-button href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</mj-button>`;
      if (item.fallback === null) return button;
      const fallback = `<p>${escapeHtml(item.fallback)}<br />${link(item.url, item.url)}</p>`;
      return `${button}${text(fallback, textAttributes)}`;
    }
    case 'officer': {
      const photo =
        item.photoUrl === null
          ? ''
          : `<mj-image src="${escapeHtml(item.photoUrl)}" alt="${escapeHtml(item.photoAlt)}" />`;
      const caption = `<p><strong>${escapeHtml(item.name)}</strong><br />${escapeHtml(item.role)}</p>`;
      return `${photo}${text(caption, textAttributes)}`;
    }
  }
}

/** One full-width column: the layout is single-column in every format. */
function column(content: string): string {
  return `<mj-section><mj-column>${content}</mj-column></mj-section>`;
}

function mjmlSource(doc: MailDocument, theme: MailTheme): string {
  const { spacing } = theme;
  const side = `${theme.sidePadding}px`;
  const footerText = ` font-size="${theme.footerText}px" color="${C.secondaryText}"`;
  const header =
    doc.header === undefined
      ? ''
      : column(
          text(`<p><strong>${escapeHtml(doc.header)}</strong></p>`, footerText) + '<mj-divider />',
        );
  const body = column(doc.body.map((item) => block(item, '')).join('\n'));
  const footer =
    doc.footer.length === 0
      ? ''
      : column(`<mj-divider />${doc.footer.map((item) => block(item, footerText)).join('\n')}`);
  return `<mjml lang="${escapeHtml(doc.locale)}" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(doc.subject)}</mj-title>
    <mj-preview>${escapeHtml(doc.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${MAIL_FONT_FAMILY}" />
      <mj-section padding="${spacing}px 0 0" />
      <mj-text font-size="${theme.bodyText}px" line-height="${theme.lineHeight}"
        color="${C.text}" padding="0 ${side}" />
      <mj-button background-color="${C.button}" color="${C.buttonText}"
        font-size="${theme.buttonText}px" font-weight="bold" line-height="1.25"
        border-radius="4px" inner-padding="${spacing / 2}px ${spacing}px"
        align="left" padding="0 ${side} ${spacing}px" />
      <mj-image width="${theme.photoWidth}px" align="left" font-size="${theme.bodyText}px"
        padding="0 ${side} ${spacing / 2}px" />
      <mj-divider border-color="${C.rule}" border-width="1px" padding="0 ${side} ${spacing}px" />
    </mj-attributes>
    <mj-style inline="inline">${styles(theme)}</mj-style>
  </mj-head>
  <mj-body background-color="${C.background}">${header}${body}${footer}</mj-body>
</mjml>`;
}

/**
 * The HTML part. MJML gives the responsive, presentation-only tables mail clients need; strict
 * validation turns a template mistake into an error in the tests instead of a broken mail.
 */
export async function renderHtml(doc: MailDocument, theme: MailTheme): Promise<string> {
  const { html } = await mjml2html(mjmlSource(doc, theme), { validationLevel: 'strict' });
  return html;
}
