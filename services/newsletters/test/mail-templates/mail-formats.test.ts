import { describe, expect, it } from 'vitest';
import { languageOf } from '@engage/shared/languages';
import {
  escapeRegExp,
  expectedSubject,
  FORMATS,
  HTML_TAG,
  hrefs,
  htmlOf,
  LANGUAGES,
  MAIL_CASES,
  readableFontSizes,
  textUrls,
} from './fixtures.ts';

const EVERY_MAIL = MAIL_CASES.flatMap((mail) =>
  LANGUAGES.flatMap((language) => FORMATS.map((format) => ({ mail, language, format }))),
);

describe.each(EVERY_MAIL)(
  'the $mail.name mail in $language, $format',
  ({ mail, language, format }) => {
    it('has the subject in the resident’s language', async () => {
      const rendered = await mail.render({ language, format });
      const expected = expectedSubject(mail, language);
      if (typeof expected === 'string') expect(rendered.subject).toBe(expected);
      else expect(rendered.subject).toMatch(expected);
    });

    it('carries exactly its own links in the text part', async () => {
      const { text } = await mail.render({ language, format });
      expect(textUrls(text)).toEqual([...mail.links].sort());
    });

    if (format === 'PLAIN_TEXT') {
      it('is text only, with no HTML anywhere', async () => {
        const rendered = await mail.render({ language, format });
        expect(rendered.html).toBeNull();
        expect(rendered.text).not.toMatch(HTML_TAG);
        expect(rendered.text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
      });
    } else {
      it('carries exactly its own links in the HTML part, and a text part without HTML', async () => {
        const rendered = await mail.render({ language, format });
        expect(hrefs(htmlOf(rendered))).toEqual([...mail.links].sort());
        expect(rendered.text).not.toMatch(HTML_TAG);
      });

      it('tells screen readers its language and direction and has one main heading', async () => {
        const html = htmlOf(await mail.render({ language, format }));
        const { tag, dir } = languageOf(language);
        expect(html).toMatch(new RegExp(`<html lang="${escapeRegExp(tag)}" dir="${dir}"`));
        // Outlook lays out each table on its own: each one says which way the language runs.
        for (const table of html.match(/<table[^>]*>/g) ?? []) {
          expect(table).toContain(`dir="${dir}"`);
        }
        expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
        expect(html).toContain(`<title>`);
        // Layout tables must not be read out as data tables.
        for (const table of html.match(/<table[^>]*>/g) ?? []) {
          expect(table).toContain('role="presentation"');
        }
      });
    }

    if (format === 'LARGE_PRINT') {
      it('sets every word a resident reads at 20px or larger, in one column', async () => {
        const html = htmlOf(await mail.render({ language, format }));
        expect(Math.min(...readableFontSizes(html))).toBeGreaterThanOrEqual(20);
        expect(html).toContain('font-size:24px');
        expect(html).toContain('font-size: 40px');
        expect(new Set(html.match(/mj-column-per-\d+/g))).toEqual(new Set(['mj-column-per-100']));
      });
    }

    if (format === 'HTML') {
      it('uses ordinary sizes: 16px body text and a larger heading', async () => {
        const html = htmlOf(await mail.render({ language, format }));
        expect(html).toContain('font-size:16px');
        expect(html).toContain('font-size: 28px');
        expect(Math.min(...readableFontSizes(html))).toBeGreaterThanOrEqual(14);
      });
    }
  },
);
