/**
 * A mail's content as data: each mail is written once, as blocks, and rendered twice (MJML for
 * the HTML part, plain text for the text part), so the two parts can never say different things.
 * Every string here is plain text except `richText.html`, which is sanitised HTML.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** Line breaks in `text` are kept (a contact block is several lines). */
  | { kind: 'paragraph'; text: string }
  | { kind: 'richText'; html: string }
  | { kind: 'list'; intro: string | null; items: string[] }
  /** Labelled values ("When: …"), so nothing is told by position or colour alone. */
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  /** `text` makes sense on its own, out of context (a screen reader's list of links). */
  | { kind: 'link'; text: string; url: string }
  /** The mail's main call to action, a button; `fallback` also shows the URL to copy. */
  | { kind: 'action'; text: string; url: string; fallback: string | null }
  | { kind: 'officer'; name: string; role: string; photoUrl: string | null; photoAlt: string }
  /**
   * Text in another language than the mail's, such as an officer's English in a Gujarati mail:
   * marked `lang` and `dir` in HTML (so a screen reader switches voice and it is aligned to its
   * own side), plain as the rest in the text part.
   */
  | { kind: 'foreign'; language: ForeignLanguage; blocks: TextBlock[] };

/** The blocks that can be in another language: text, no buttons or photos. */
export type TextBlock = Extract<
  Block,
  { kind: 'heading' | 'paragraph' | 'richText' | 'list' | 'facts' | 'link' }
>;

export interface ForeignLanguage {
  /** BCP 47, for `lang=""`. */
  tag: string;
  dir: 'ltr' | 'rtl';
}

export interface MailDocument {
  /** BCP 47, for `lang=""`: "en-GB", "cy", "ur"…; renderMail adds its direction and fonts. */
  locale: string;
  /** Above everything: who the mail is from (the force's name). Set by renderMail. */
  header?: string;
  subject: string;
  /** The line an inbox shows after the subject. */
  preview: string;
  body: Block[];
  /** Why they get it and how to stop, set apart after the body; empty for none. */
  footer: Block[];
}
