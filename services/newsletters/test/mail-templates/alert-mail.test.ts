import { describe, expect, it } from 'vitest';
import { renderAlertMail, type Recipient } from '../../src/modules/mail-templates/index.ts';
import { FORCE, HOSTILE, htmlOf, LINKS } from './fixtures.ts';

const alert: {
  title: string;
  body: string;
  linkUrl: string | null;
  from: string;
  urgent: boolean;
} = {
  title: 'Car break-ins on Mill Lane',
  body: 'Three cars were broken into.\nPlease lock your car.',
  linkUrl: 'https://www.example.police.uk/advice',
  from: 'Castle',
  urgent: false,
};

const render = (recipient: Recipient, overrides: Partial<typeof alert> = {}) =>
  renderAlertMail({ ...recipient, force: FORCE, alert: { ...alert, ...overrides }, links: LINKS });

describe('the alert mail', () => {
  it('says who it is from, keeps the message’s lines, links in words, and ends with the footer', async () => {
    const mail = await render({ language: 'EN', format: 'HTML' });
    expect(mail.subject).toBe('News from Castle: Car break-ins on Mill Lane');
    expect(mail.text).toContain('From Castle.');
    expect(mail.text).toContain('Three cars were broken into.\nPlease lock your car.');
    expect(mail.text).toContain('Read more about Car break-ins on Mill Lane');
    expect(mail.text).toContain(alert.linkUrl);
    expect(mail.text).toContain(LINKS.unsubscribe);
    expect(htmlOf(mail)).toContain(`href="${alert.linkUrl}"`);
  });

  it('says it is urgent in the subject and the body, in English and in Welsh', async () => {
    const english = await render({ language: 'EN', format: 'PLAIN_TEXT' }, { urgent: true });
    expect(english.subject).toBe('Urgent from Castle: Car break-ins on Mill Lane');
    expect(english.text).toContain('This is an urgent message.');
    expect(english.html).toBeNull();
    const welsh = await render({ language: 'CY', format: 'LARGE_PRINT' }, { urgent: true });
    expect(welsh.subject).toBe('Neges frys gan Castle: Car break-ins on Mill Lane');
  });

  it('shows what staff typed as text, never as markup', async () => {
    const mail = await render(
      { language: 'EN', format: 'HTML' },
      { title: HOSTILE, body: HOSTILE },
    );
    expect(htmlOf(mail)).not.toContain('<script>');
    expect(htmlOf(mail)).toContain('&lt;script&gt;');
  });

  it('has no link block when there is no link', async () => {
    const mail = await render({ language: 'EN', format: 'PLAIN_TEXT' }, { linkUrl: null });
    expect(mail.text).not.toContain('Read more');
  });

  it('marks the officers’ English in a mail in another language, aligned as English', async () => {
    const welsh = htmlOf(await render({ language: 'CY', format: 'HTML' }));
    expect(welsh).toMatch(
      /<div lang="en-GB" dir="ltr"[^>]*><h1[^>]*>Car break-ins on Mill Lane<\/h1>/,
    );
    expect(welsh).toMatch(/<div lang="en-GB" dir="ltr"[^>]*><p[^>]*>Three cars were broken into\./);
    expect(htmlOf(await render({ language: 'EN', format: 'HTML' }))).not.toContain(
      'lang="en-GB" dir="ltr" class=',
    );
  });
});
