import type { MailFormat } from './mail-types.ts';

/**
 * GOV.UK's palette, chosen for contrast on white (WCAG AA needs 4.5:1 for text): text 19.6:1,
 * secondary text 7.1:1, links 5.2:1, button label on the button 12.4:1. The test pins each pair.
 * Links are also underlined, so they are not told apart by colour alone.
 */
export const MAIL_COLOURS = {
  background: '#ffffff',
  text: '#0b0c0c',
  secondaryText: '#505a5f',
  link: '#1d70b8',
  button: '#003078',
  buttonText: '#ffffff',
  /** Decoration only: the line above the footer carries no information. */
  rule: '#b1b4b6',
} as const;

export interface MailTheme {
  /** px */
  bodyText: number;
  lineHeight: number;
  h1: number;
  h2: number;
  h3: number;
  footerText: number;
  buttonText: number;
  /** Space between blocks, px. */
  spacing: number;
  /** Left and right margin, px: narrower in large print, where each line holds few words. */
  sidePadding: number;
  photoWidth: number;
}

/**
 * LARGE_PRINT follows RNIB's clear print guidance: at least 16pt (about 21px) body text, here
 * 24px, nothing below 20px (not even the footer or an image's alt text), bold headings larger
 * still, one column, and more space between lines and blocks.
 */
export const MAIL_THEMES = {
  HTML: {
    bodyText: 16,
    lineHeight: 1.5,
    h1: 28,
    h2: 22,
    h3: 18,
    footerText: 14,
    buttonText: 18,
    spacing: 16,
    sidePadding: 24,
    photoWidth: 96,
  },
  LARGE_PRINT: {
    bodyText: 24,
    lineHeight: 1.6,
    h1: 40,
    h2: 32,
    h3: 28,
    footerText: 22,
    buttonText: 26,
    spacing: 28,
    sidePadding: 16,
    photoWidth: 160,
  },
} as const satisfies Record<Exclude<MailFormat, 'PLAIN_TEXT'>, MailTheme>;

export const MAIL_FONT_FAMILY = 'Arial, Helvetica, sans-serif';
