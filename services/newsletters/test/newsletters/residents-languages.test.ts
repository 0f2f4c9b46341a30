import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedMail } from '@engage/shared/testing';
import { catalogueMessage } from '../mail-templates/fixtures.ts';
import { officer, reviewer } from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { confirm, subscribe, type Choices } from '../support/residents.ts';

/**
 * Issue 13's "done when" for mail: a Gujarati subscriber gets the confirmation and the newsletter
 * with Gujarati chrome (the issue's Gujarati translation when one was added, the English with a
 * Gujarati note otherwise), in HTML, plain text and large print; an Urdu mail runs right to left.
 * The words are the gu catalogue's (messages/gu.json), so this passes once that catalogue is
 * translated in full.
 */

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

function gu(key: string): string {
  const message = catalogueMessage('GU', key);
  if (message === undefined) throw new Error(`messages/gu.json has no ${key}`);
  return message;
}

const SAVE_TRANSLATION = `mutation($id: ID!, $input: NewsletterTranslationInput!) {
  saveNewsletterTranslation(id: $id, input: $input) { language }
}`;

const FORMATS = ['HTML', 'PLAIN_TEXT', 'LARGE_PRINT'] as const;
const readers = FORMATS.map((format) => ({
  format,
  address: `gujarati.${format.toLowerCase()}@example.org`,
}));

async function confirmedSubscriber(address: string, choices: Choices): Promise<ReceivedMail> {
  await subscribe(stack.harness, address, choices);
  const confirmation = await stack.smtp.waitForMailTo(address);
  await confirm(stack.harness, confirmation);
  return confirmation;
}

async function publishedIssue(month: string, translate?: Record<string, string>): Promise<void> {
  const { createNewsletterDraft: draft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  const id = draft!.id;
  await as(stack.harness, officer, UPDATE, { id, input: content });
  if (translate) await as(stack.harness, officer, SAVE_TRANSLATION, { id, input: translate });
  await as(stack.harness, officer, SUBMIT, { id });
  await as(stack.harness, reviewer, APPROVE, { id });
  await as(stack.harness, officer, PUBLISH, { id });
}

const htmlOf = (mail: ReceivedMail) =>
  typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
const textOf = (mail: ReceivedMail) => mail.parsed.text ?? '';

describe('mail in a subscriber’s own language', () => {
  const confirmations = new Map<string, ReceivedMail>();
  beforeAll(async () => {
    for (const { format, address } of readers) {
      confirmations.set(
        address,
        await confirmedSubscriber(address, { neighbourhoodIds: [team.id], language: 'GU', format }),
      );
    }
  });

  it.each(readers)(
    'a Gujarati subscriber gets the confirmation in Gujarati ($format)',
    ({ format, address }) => {
      const mail = confirmations.get(address)!;
      expect(mail.parsed.subject).toBe(gu('confirmation.subject'));
      expect(textOf(mail)).toContain(gu('confirmation.heading'));
      expect(textOf(mail)).toContain(gu('confirmation.nothingUntilConfirmed'));
      if (format === 'PLAIN_TEXT') {
        expect(mail.parsed.html).toBe(false);
      } else {
        expect(htmlOf(mail)).toMatch(/<html lang="gu" dir="ltr"/);
        expect(htmlOf(mail)).toContain('Noto Sans Gujarati');
      }
    },
  );

  it('sends the Gujarati translation of an issue when one was added, once to each', async () => {
    const translation = {
      language: 'GU',
      title: 'કેસલ પડોશના સમાચાર: જાન્યુઆરી',
      introduction: '<p>કેસલ ટીમ તરફથી <strong>નમસ્તે</strong>.</p>',
      advice: '<p>તમારો શેડ લૉક કરો.</p>',
    };
    await publishedIssue('2031-01', translation);
    for (const { format, address } of readers) {
      const mail = await stack.smtp.waitForMailTo(address, 2);
      expect(mail.parsed.subject).toContain(translation.title);
      expect(mail.parsed.subject).not.toContain(content.title);
      expect(textOf(mail)).toContain('કેસલ ટીમ તરફથી નમસ્તે.');
      expect(textOf(mail)).toContain('તમારો શેડ લૉક કરો.');
      expect(textOf(mail)).toContain(gu('newsletter.readOnWeb'));
      expect(textOf(mail)).not.toContain(gu('newsletter.notTranslated'));
      expect(textOf(mail)).not.toContain('Hello from the Castle team.');
      if (format !== 'PLAIN_TEXT') {
        expect(htmlOf(mail)).toMatch(/<html lang="gu" dir="ltr"/);
        expect(htmlOf(mail)).toContain('<strong>નમસ્તે</strong>');
        if (format === 'LARGE_PRINT') expect(htmlOf(mail)).toMatch(/font-size: ?24px/);
      }
    }
  });

  it('sends the English issue in Gujarati chrome, with a Gujarati note, when there is no translation', async () => {
    await publishedIssue('2031-02');
    for (const { format, address } of readers) {
      const mail = await stack.smtp.waitForMailTo(address, 3);
      expect(mail.parsed.subject).toContain(content.title);
      expect(textOf(mail)).toContain(gu('newsletter.notTranslated'));
      expect(textOf(mail)).toContain(gu('newsletter.readOnWeb'));
      expect(textOf(mail)).toContain('Hello from the Castle team.');
      expect(textOf(mail)).toContain(gu('common.footerReason'));
      if (format === 'PLAIN_TEXT') {
        expect(mail.parsed.html).toBe(false);
        expect(textOf(mail)).not.toMatch(/<\/?[a-z][^>]*>/i);
      } else {
        const html = htmlOf(mail);
        expect(html).toMatch(/<html lang="gu" dir="ltr"/);
        // The officers' English is marked as English for screen readers.
        expect(html).toMatch(
          /<div lang="en-GB" dir="ltr"[^>]*>\s*<p[^>]*>Hello from the <strong[^>]*>Castle<\/strong> team\.<\/p>/,
        );
      }
    }
    // Exactly one message per subscriber per issue: the confirmation and two issues.
    for (const { address } of readers) expect(stack.smtp.mailsTo(address)).toHaveLength(3);
  });

  it('sends an Urdu subscriber mail that runs right to left', async () => {
    await subscribe(stack.harness, 'urdu@example.org', {
      neighbourhoodIds: [team.id],
      language: 'UR',
    });
    const html = htmlOf(await stack.smtp.waitForMailTo('urdu@example.org'));
    expect(html).toMatch(/<html lang="ur" dir="rtl"/);
    expect(html).toContain("'Noto Nastaliq Urdu'");
    for (const table of html.match(/<table[^>]*>/g) ?? []) expect(table).toContain('dir="rtl"');
    expect(html).toMatch(/align="right"/);
  });
});
