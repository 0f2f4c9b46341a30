import mjml2html from 'mjml';
import type { Language } from '@engage/shared/languages';
import { sanitizeRichText } from '../rich-text/index.ts';
import { escapeHtml, escapeHtmlLines } from './escape-html.ts';
import type { Block, ForeignLanguage, MailDocument } from './mail-document.ts';
import {
  MAIL_COLOURS as C,
  MAIL_FONT_FAMILIES,
  lineHeightFor,
  type MailTheme,
} from './mail-theme.ts';

type Direction = ForeignLanguage['dir'];

/**
 * The side text starts from. Mail clients ignore logical CSS (`text-align: start`,
 * `padding-inline-start`), so every alignment and padding is a physical side chosen here.
 */
const startSide = (dir: Direction) => (dir === 'rtl' ? 'right' : 'left');
const endSide = (dir: Direction) => (dir === 'rtl' ? 'left' : 'right');

/**
 * Written by us (never by a resident or officer), and inlined into every element by MJML. A list
 * is indented on the side its text starts from, and a list in another language (`.dir-ltr` in an
 * Urdu mail) on its own side.
 */
function styles(theme: MailTheme, language: Language): string {
  const s = theme.spacing;
  const heading = lineHeightFor(theme, language.script, 1.25);
  const subheading = lineHeightFor(theme, language.script, 1.3);
  const indent = (dir: Direction) =>
    `padding-${startSide(dir)}: ${s * 1.5}px; padding-${endSide(dir)}: 0;`;
  return `
    h1 { font-size: ${theme.h1}px; line-height: ${heading}; font-weight: bold; margin: 0 0 ${s}px; }
    h2 { font-size: ${theme.h2}px; line-height: ${subheading}; font-weight: bold; margin: ${s * 1.5}px 0 ${s / 2}px; }
    h3 { font-size: ${theme.h3}px; line-height: ${subheading}; font-weight: bold; margin: ${s}px 0 ${s / 2}px; }
    p { margin: 0 0 ${s}px; }
    ul, ol { margin: 0 0 ${s}px; ${indent(language.dir)} }
    .dir-ltr ul, .dir-ltr ol { ${indent('ltr')} }
    .dir-rtl ul, .dir-rtl ol { ${indent('rtl')} }
    li { margin: 0 0 ${s / 2}px; }
    a { color: ${C.link}; text-decoration: underline; }`;
}

/** `foreign`: the text is in another language than the mail's, marked and aligned as its own. */
function text(content: string, extraAttributes = '', foreign?: ForeignLanguage): string {
  if (!foreign) return `<mj-text${extraAttributes}>${content}</mj-text>`;
  const side = startSide(foreign.dir);
  const marked = `<div lang="${escapeHtml(foreign.tag)}" dir="${foreign.dir}" class="dir-${foreign.dir}" style="text-align: ${side};">${content}</div>`;
  return `<mj-text${extraAttributes} align="${side}">${marked}</mj-text>`;
}

function link(label: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

function block(item: Block, textAttributes: string, foreign?: ForeignLanguage): string {
  const mjText = (content: string) => text(content, textAttributes, foreign);
  switch (item.kind) {
    case 'heading':
      return mjText(`<h${item.level}>${escapeHtml(item.text)}</h${item.level}>`);
    case 'paragraph':
      return mjText(`<p>${escapeHtmlLines(item.text)}</p>`);
    case 'richText':
      // Stored sanitised, and sanitised again: idempotent and cheap, and this is the last step
      // before an inbox, so a row written by a path that skipped it (a seed, an import) is safe.
      return mjText(sanitizeRichText(item.html));
    case 'list': {
      const intro = item.intro === null ? '' : `<p>${escapeHtml(item.intro)}</p>`;
      const items = item.items.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('');
      return mjText(`${intro}<ul>${items}</ul>`);
    }
    case 'facts':
      return mjText(
        item.facts
          .map(
            (fact) =>
              `<p><strong>${escapeHtml(fact.label)}:</strong> ${escapeHtml(fact.value)}</p>`,
          )
          .join(''),
      );
    case 'link':
      return mjText(`<p>${link(item.text, item.url)}</p>`);
    case 'action': {
      const button = `<mj-button href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</mj-button>`;
      if (item.fallback === null) return button;
      const fallback = `<p>${escapeHtml(item.fallback)}<br />${link(item.url, item.url)}</p>`;
      return `${button}${mjText(fallback)}`;
    }
    case 'officer': {
      const photo =
        item.photoUrl === null
          ? ''
          : `<mj-image src="${escapeHtml(item.photoUrl)}" alt="${escapeHtml(item.photoAlt)}" />`;
      const caption = `<p><strong>${escapeHtml(item.name)}</strong><br />${escapeHtml(item.role)}</p>`;
      return `${photo}${mjText(caption)}`;
    }
    case 'foreign':
      return item.blocks.map((inner) => block(inner, textAttributes, item.language)).join('\n');
  }
}

/** One full-width column: the layout is single-column in every format. */
function column(content: string): string {
  return `<mj-section><mj-column>${content}</mj-column></mj-section>`;
}

function mjmlSource(doc: MailDocument, theme: MailTheme, language: Language): string {
  const { spacing } = theme;
  const { dir } = language;
  const align = startSide(dir);
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
  // The button, the photo and every text start on the side the language starts from.
  return `<mjml lang="${escapeHtml(doc.locale)}" dir="${dir}">
  <mj-head>
    <mj-title>${escapeHtml(doc.subject)}</mj-title>
    <mj-preview>${escapeHtml(doc.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${MAIL_FONT_FAMILIES[language.script]}" />
      <mj-section padding="${spacing}px 0 0" direction="${dir}" text-align="${align}" />
      <mj-column direction="${dir}" />
      <mj-text font-size="${theme.bodyText}px" line-height="${lineHeightFor(theme, language.script)}"
        color="${C.text}" padding="0 ${side}" align="${align}" />
      <mj-button background-color="${C.button}" color="${C.buttonText}"
        font-size="${theme.buttonText}px" font-weight="bold" line-height="1.25"
        border-radius="4px" inner-padding="${spacing / 2}px ${spacing}px"
        align="${align}" padding="0 ${side} ${spacing}px" />
      <mj-image width="${theme.photoWidth}px" align="${align}" font-size="${theme.bodyText}px"
        padding="0 ${side} ${spacing / 2}px" />
      <mj-divider border-color="${C.rule}" border-width="1px" padding="0 ${side} ${spacing}px" />
    </mj-attributes>
    <mj-style inline="inline">${styles(theme, language)}</mj-style>
  </mj-head>
  <mj-body background-color="${C.background}">${header}${body}${footer}</mj-body>
</mjml>`;
}

/**
 * The HTML part. MJML gives the responsive, presentation-only tables mail clients need; strict
 * validation turns a template mistake into an error in the tests instead of a broken mail. MJML
 * puts `dir` on the document and its wrapper only; Outlook and some webmail lay out each table
 * on its own, so every table gets the mail's `dir` too (rich text holds no tables: see
 * rich-text's allowed tags, so every table here is MJML's layout).
 */
export async function renderHtml(
  doc: MailDocument,
  theme: MailTheme,
  language: Language,
): Promise<string> {
  const { html } = await mjml2html(mjmlSource(doc, theme, language), {
    validationLevel: 'strict',
  });
  return html.replaceAll(/<table(?=[\s>])/g, `<table dir="${language.dir}"`);
}
