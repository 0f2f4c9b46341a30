import type { Script } from '@engage/shared/languages';
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

const SYSTEM_FONTS = 'Arial, Helvetica, sans-serif';

/**
 * Fonts by script. Mail cannot bundle fonts reliably (Gmail and Outlook drop web fonts), so each
 * stack names the Noto font for the script, which many readers of it have installed, then the
 * fonts phones and desktops ship for it, then the generic family.
 */
export const MAIL_FONT_FAMILIES = {
  latin: SYSTEM_FONTS,
  arabic: `'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, 'Geeza Pro', ${SYSTEM_FONTS}`,
  // Urdu is written in Nastaliq; Naskh is a readable fallback where no Nastaliq font is installed.
  urdu: `'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', Tahoma, ${SYSTEM_FONTS}`,
  gujarati: `'Noto Sans Gujarati', Shruti, 'Gujarati Sangam MN', ${SYSTEM_FONTS}`,
  gurmukhi: `'Noto Sans Gurmukhi', Raavi, 'Gurmukhi MN', ${SYSTEM_FONTS}`,
} as const satisfies Record<Script, string>;

/**
 * Nastaliq's letters climb and descend far more than Latin ones, so Urdu lines at the Latin
 * spacing touch each other; 1.4 times the line height (2.1 in HTML, 2.24 in large print) keeps
 * them apart.
 */
export const SCRIPT_LINE_HEIGHT_FACTOR = {
  latin: 1,
  arabic: 1.15,
  urdu: 1.4,
  gujarati: 1.1,
  gurmukhi: 1.1,
} as const satisfies Record<Script, number>;

/** A theme's line heights for a script, rounded to two places for tidy CSS. */
export function lineHeightFor(theme: MailTheme, script: Script, base = theme.lineHeight): number {
  return Math.round(base * SCRIPT_LINE_HEIGHT_FACTOR[script] * 100) / 100;
}
