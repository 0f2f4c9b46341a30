import { richTextToPlainText } from '../rich-text/index.ts';
import type { Block, MailDocument } from './mail-document.ts';

/**
 * The text part, and the whole mail for PLAIN_TEXT subscribers. Headings are underlined in the
 * old plain-text way so they stand out without capitals; no hard wrapping, because mail clients
 * reflow text to their own width and a line broken at 80 columns looks broken on a phone.
 */
function block(item: Block): string {
  switch (item.kind) {
    case 'heading':
      if (item.level === 3) return item.text;
      return `${item.text}\n${(item.level === 1 ? '=' : '-').repeat(item.text.length)}`;
    case 'paragraph':
      return item.text.replace(/\r\n|\r/g, '\n');
    case 'richText':
      return richTextToPlainText(item.html);
    case 'list': {
      const items = item.items.map((entry) => `* ${entry}`).join('\n');
      return item.intro === null ? items : `${item.intro}\n${items}`;
    }
    case 'facts':
      return item.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n');
    case 'link':
      return `${item.text}: ${item.url}`;
    case 'action':
      return `${item.text}:\n${item.url}`;
    case 'officer':
      return `${item.name}\n${item.role}`;
    case 'foreign':
      // Plain text has no way to mark a language, and needs none: the words are the same.
      return item.blocks
        .map(block)
        .filter((part) => part.trim() !== '')
        .join('\n\n');
  }
}

const FOOTER_RULE = '-'.repeat(20);

export function renderText(doc: MailDocument): string {
  const blocks = (items: Block[]) =>
    items
      .map(block)
      .filter((part) => part.trim() !== '')
      .join('\n\n');
  const footer = doc.footer.length === 0 ? '' : `\n\n${FOOTER_RULE}\n\n${blocks(doc.footer)}`;
  const header = doc.header === undefined ? '' : `${doc.header}\n\n`;
  return `${header}${blocks(doc.body)}${footer}\n`;
}
