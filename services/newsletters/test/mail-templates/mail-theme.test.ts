import { describe, expect, it } from 'vitest';
import { MAIL_COLOURS } from '../../src/modules/mail-templates/mail-theme.ts';

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [first, second] = [luminance(foreground), luminance(background)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

describe('the mail colours', () => {
  it.each([
    ['body text', MAIL_COLOURS.text, MAIL_COLOURS.background],
    ['footer text', MAIL_COLOURS.secondaryText, MAIL_COLOURS.background],
    ['links', MAIL_COLOURS.link, MAIL_COLOURS.background],
    ['button labels', MAIL_COLOURS.buttonText, MAIL_COLOURS.button],
  ])('give %s at least 4.5:1 contrast (WCAG AA)', (_what, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});
