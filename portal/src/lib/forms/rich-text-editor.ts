import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/**
 * The rich-text editor behind `RichTextField` (Tiptap), loaded in the browser only, once the page
 * has hydrated: without JavaScript the field is a plain textarea of HTML.
 *
 * It makes only what the newsletters sanitiser keeps (services/newsletters/src/modules/rich-text:
 * p, br, strong, em, ul, ol, li, h2, h3, and https or mailto links); the service still sanitises
 * whatever arrives, so an old browser or a hand-written POST changes nothing.
 */

/** The buttons of the toolbar, in order; each names the mark or node it shows as pressed. */
export const RICH_TEXT_TOOLS = [
  'bold',
  'italic',
  'heading2',
  'heading3',
  'bulletList',
  'orderedList',
  'link',
] as const;
export type RichTextTool = (typeof RICH_TEXT_TOOLS)[number];

/** An address the sanitiser keeps: https, or mailto with an address in it. */
export function isAllowedLink(href: string): boolean {
  if (!URL.canParse(href.trim())) return false;
  const url = new URL(href.trim());
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  return url.protocol === 'https:';
}

/** A link as typed: "www.example.org" becomes https, "name@example.org" becomes mailto. */
export function linkAddress(typed: string): string {
  const text = typed.trim();
  if (!text) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return `https://${text}`;
}

export interface RichTextEditorOptions {
  /** Where the editor goes (it replaces the textarea on the page). */
  element: HTMLElement;
  /** The HTML to start from: the textarea's value then, so nothing typed before is lost. */
  html: string;
  /** The editable area's attributes: its id, label and description, for the field's GOV.UK pattern. */
  attributes: Record<string, string>;
  /** Called with the new HTML whenever the text changes. */
  onChange(html: string): void;
  /** Called after every change of the text or the selection (the toolbar's pressed buttons). */
  onSelection(): void;
}

export function createRichTextEditor(options: RichTextEditorOptions): Editor {
  return new Editor({
    element: options.element,
    content: options.html,
    // Tiptap's own <style> element would be refused by the Content-Security-Policy (style-src
    // 'self'): RichTextField's styles carry the few rules it needs.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        // Nothing the sanitiser would drop is offered.
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto'],
          isAllowedUri: (url) => isAllowedLink(url),
          HTMLAttributes: { rel: 'noopener', target: null },
        },
      }),
    ],
    editorProps: {
      attributes: { ...options.attributes, class: 'rich-text__area' },
    },
    onUpdate: ({ editor }) => options.onChange(html(editor)),
    onTransaction: () => options.onSelection(),
  });
}

/**
 * The editor's HTML, as the service will keep it: an empty editor is an empty field (not
 * `<p></p>`), and the empty paragraph the editor keeps after a closing list (so the cursor can
 * leave it) is not sent; the sanitiser drops empty paragraphs anyway.
 */
export function html(editor: Editor): string {
  return editor.isEmpty ? '' : withoutTrailingEmptyParagraphs(editor.getHTML());
}

export function withoutTrailingEmptyParagraphs(html: string): string {
  return html.replace(/(?:<p><\/p>)+$/, '');
}

export function isActive(editor: Editor, tool: RichTextTool): boolean {
  switch (tool) {
    case 'heading2':
      return editor.isActive('heading', { level: 2 });
    case 'heading3':
      return editor.isActive('heading', { level: 3 });
    default:
      return editor.isActive(tool);
  }
}

export function apply(editor: Editor, tool: Exclude<RichTextTool, 'link'>): void {
  const chain = editor.chain().focus();
  switch (tool) {
    case 'bold':
      chain.toggleBold().run();
      return;
    case 'italic':
      chain.toggleItalic().run();
      return;
    case 'heading2':
      chain.toggleHeading({ level: 2 }).run();
      return;
    case 'heading3':
      chain.toggleHeading({ level: 3 }).run();
      return;
    case 'bulletList':
      chain.toggleBulletList().run();
      return;
    case 'orderedList':
      chain.toggleOrderedList().run();
      return;
  }
}

/** Links the selected words (or the whole link the cursor is in); an empty address unlinks. */
export function setLink(editor: Editor, href: string): void {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (href) chain.setLink({ href }).run();
  else chain.unsetLink().run();
}

export function currentLink(editor: Editor): string {
  const href: unknown = editor.getAttributes('link').href;
  return typeof href === 'string' ? href : '';
}
