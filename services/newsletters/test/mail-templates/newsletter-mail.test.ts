import { describe, expect, it } from 'vitest';
import {
  type NewsletterMailContent,
  type Recipient,
  renderNewsletterMail,
} from '../../src/modules/mail-templates/index.ts';
import {
  escapeRegExp,
  HOSTILE,
  hrefs,
  htmlOf,
  LINKS,
  newsletterContent,
  WEB_URL,
  FORCE,
} from './fixtures.ts';

const render = (
  newsletter: NewsletterMailContent = newsletterContent(),
  recipient: Recipient = { language: 'EN', format: 'HTML' },
) =>
  renderNewsletterMail({ ...recipient, force: FORCE, newsletter, webUrl: WEB_URL, links: LINKS });

describe('the newsletter mail', () => {
  it('tells the whole issue in the text part, in the order the portal shows it', async () => {
    const { text } = await render();
    expect(text).toBe(
      [
        'Demo Shire Police',
        `Read this newsletter on the web: ${WEB_URL}`,
        'Keeping Belgrave safe this winter\n=================================',
        'From Belgrave Neighbourhood Team, November 2026',
        'PC Sam Jones\nNeighbourhood officer',
        'Hello from PC Sam Jones. Read police.uk (https://www.police.uk/).',
        'You said, we did\n----------------',
        'Speeding on Melton Road',
        'You said: Cars drive too fast near the school.',
        'We did:\n* Held 12 speed checks\n* Gave 30 drivers a ticket',
        'Upcoming events\n---------------',
        'Street meeting',
        'When: Thursday, 3 December 2026 at 19:00\nWhere: Belgrave Library',
        'Advice\n------',
        '* Lock your car, even on the drive.',
        'Contact your team\n-----------------',
        'Call 101\nEmail belgrave@police.example',
        '--------------------',
        'You get this email because you signed up for updates from your neighbourhood policing team.',
        `Change what you get: ${LINKS.manage}`,
        `Unsubscribe from these emails: ${LINKS.unsubscribe}`,
        'Please do not reply to this email to report a crime. In an emergency, call 999. If it is not an emergency, call 101.',
        'This email is from Demo Shire Police.',
        `Demo Shire Police website: ${FORCE.website}`,
        `Report a crime or incident online: ${FORCE.reportOnlineUrl}`,
      ].join('\n\n') + '\n',
    );
  });

  it('gives the HTML real headings, the officer’s photo with alt text, and the rich text as HTML', async () => {
    const html = htmlOf(await render());
    const headings = [...html.matchAll(/<(h[123])[^>]*>([^<]*)<\/h[123]>/g)].map(
      ([, tag, text]) => `${tag} ${text}`,
    );
    expect(headings).toEqual([
      'h1 Keeping Belgrave safe this winter',
      'h2 You said, we did',
      'h3 Speeding on Melton Road',
      'h2 Upcoming events',
      'h3 Street meeting',
      'h2 Advice',
      'h2 Contact your team',
    ]);
    expect(html).toMatch(
      /<img alt="Photo of PC Sam Jones" src="https:\/\/cdn\.example\/officers\/sam-jones\.jpg"/,
    );
    expect(html).toContain('<strong>PC Sam Jones</strong>');
    expect(html).toContain('Call 101<br');
    expect(hrefs(html)).toEqual(
      [
        WEB_URL,
        LINKS.manage,
        LINKS.unsubscribe,
        'https://www.police.uk/',
        FORCE.website,
        FORCE.reportOnlineUrl,
      ].sort(),
    );
  });

  it('links the footer in words that make sense out of context', async () => {
    const html = htmlOf(await render());
    for (const [url, words] of [
      [WEB_URL, 'Read this newsletter on the web'],
      [LINKS.manage, 'Change what you get'],
      [LINKS.unsubscribe, 'Unsubscribe from these emails'],
    ] as const) {
      expect(html).toMatch(new RegExp(`<a href="${escapeRegExp(url)}"[^>]*>${words}</a>`));
    }
  });

  it('shows an event in UK time, in summer as in winter', async () => {
    const { text } = await render(
      newsletterContent({
        events: [
          { title: 'Summer fair', startsAt: new Date('2026-07-03T18:00:00Z'), place: 'Park' },
        ],
      }),
    );
    expect(text).toContain('When: Friday, 3 July 2026 at 19:00');
  });

  it('is in Welsh for a Welsh speaker, months and days included', async () => {
    const mail = await render(newsletterContent(), { language: 'CY', format: 'HTML' });
    expect(mail.subject).toBe(
      'Cylchlythyr Belgrave Neighbourhood Team, Tachwedd 2026: Keeping Belgrave safe this winter',
    );
    expect(mail.text).toContain('Gan Belgrave Neighbourhood Team, Tachwedd 2026');
    expect(mail.text).toContain('Pryd: Dydd Iau, 3 Rhagfyr 2026 am 19:00');
    expect(mail.text).toContain('Dywedoch chi: Cars drive too fast near the school.');
    expect(htmlOf(mail)).toContain('alt="Llun o PC Sam Jones"');
  });

  it('escapes a hostile team name, title, officer and priority in the HTML', async () => {
    const mail = await render(
      newsletterContent({
        teamName: HOSTILE,
        title: HOSTILE,
        author: { name: HOSTILE, role: HOSTILE, photoUrl: 'https://cdn.example/a.jpg?x="><b>' },
        priorities: [{ title: HOSTILE, youSaid: HOSTILE, weDid: [HOSTILE] }],
        events: [{ title: HOSTILE, startsAt: new Date('2026-12-03T19:00:00Z'), place: HOSTILE }],
        contact: HOSTILE,
      }),
    );
    const html = htmlOf(mail);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.subject).toBe(`${HOSTILE} newsletter, November 2026: ${HOSTILE}`);
  });

  it('sanitises the rich text again, in case a row was stored without it', async () => {
    const mail = await render(
      newsletterContent({
        introductionHtml:
          '<p onclick="x()">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)>',
        adviceHtml:
          '<a href="javascript:alert(1)">Tips</a><iframe src="https://evil.example"></iframe>',
      }),
    );
    const html = htmlOf(mail);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img src="x"/);
    expect(mail.text).not.toContain('alert');
  });

  it('leaves out sections with nothing in them, and the photo when there is none', async () => {
    const mail = await render(
      newsletterContent({
        author: { name: 'PC Sam Jones', role: 'Neighbourhood officer', photoUrl: null },
        priorities: [],
        events: [],
        adviceHtml: '<p> </p>',
        contact: '  ',
      }),
    );
    const html = htmlOf(mail);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<h2/);
    expect(mail.text).toContain('PC Sam Jones\nNeighbourhood officer');
    expect(mail.text).not.toMatch(/You said|Upcoming events|Advice|Contact your team/);
  });

  it('shows no officer at all when the issue has no named author', async () => {
    const mail = await render(newsletterContent({ author: null }));
    expect(htmlOf(mail)).not.toContain('<img');
    expect(mail.text).not.toContain('Neighbourhood officer');
  });

  it('prints names that look like placeholders as they are', async () => {
    const mail = await render(newsletterContent({ title: '{{teamName}} and $t(common.manage)' }));
    expect(mail.subject).toBe(
      'Belgrave Neighbourhood Team newsletter, November 2026: {{teamName}} and $t(common.manage)',
    );
  });

  it('puts a title typed over two lines on one subject line', async () => {
    const mail = await render(newsletterContent({ title: 'Winter\nsafety' }));
    expect(mail.subject).toBe(
      'Belgrave Neighbourhood Team newsletter, November 2026: Winter safety',
    );
  });

  it('refuses a month that is not YYYY-MM', async () => {
    await expect(render(newsletterContent({ month: '2026-13' }))).rejects.toThrow(RangeError);
  });
});

describe('the newsletter mail in a resident’s language', () => {
  const urdu = {
    title: 'بیلگریو کی خبریں',
    introductionHtml: '<p>پی سی سیم جونز کی طرف سے سلام۔</p>',
    adviceHtml: '<p>اپنی گاڑی لاک کریں۔</p>',
  };
  const renderIn = (
    language: Recipient['language'],
    translation: typeof urdu | null,
    format: Recipient['format'] = 'HTML',
  ) =>
    renderNewsletterMail({
      language,
      format,
      force: FORCE,
      newsletter: newsletterContent(),
      translation,
      webUrl: WEB_URL,
      links: LINKS,
    });

  it('tells the translated issue in the resident’s language, right to left, the rest marked English', async () => {
    const mail = await renderIn('UR', urdu);
    expect(mail.subject).toContain(urdu.title);
    const html = htmlOf(mail);
    expect(html).toMatch(/<html lang="ur" dir="rtl"/);
    expect(html).toContain('پی سی سیم جونز کی طرف سے سلام۔');
    expect(html).toContain('اپنی گاڑی لاک کریں۔');
    expect(html).not.toContain('Hello from');
    // The priority the officers wrote in English is marked English and runs left to right.
    expect(html).toMatch(
      /<div lang="en-GB" dir="ltr" class="dir-ltr" style="text-align: left;"><h3[^>]*>Speeding on Melton Road<\/h3>/,
    );
    expect(mail.text).toContain('پی سی سیم جونز کی طرف سے سلام۔');
  });

  it('says first that an untranslated issue is in English, and marks the English', async () => {
    for (const format of ['HTML', 'PLAIN_TEXT', 'LARGE_PRINT'] as const) {
      const mail = await renderIn('CY', null, format);
      const note =
        "Nid yw'r cylchlythyr hwn wedi'i gyfieithu eto, felly mae'n cael ei ddangos yn Saesneg.";
      expect(mail.text.indexOf(note)).toBeGreaterThan(-1);
      expect(mail.text.indexOf(note)).toBeLessThan(mail.text.indexOf('Keeping Belgrave safe'));
      if (mail.html !== null) {
        expect(mail.html).toMatch(
          /<div lang="en-GB" dir="ltr"[^>]*><h1[^>]*>Keeping Belgrave safe this winter<\/h1>/,
        );
        expect(mail.html).not.toMatch(/<html[^>]*dir="rtl"/);
      }
    }
  });

  it('is the English issue, unmarked and with no note, for an English reader', async () => {
    const mail = await renderIn('EN', urdu);
    expect(mail.subject).toContain('Keeping Belgrave safe this winter');
    expect(mail.text).not.toContain('translated');
    expect(htmlOf(mail)).not.toContain('lang="en-GB" dir="ltr" class=');
  });
});
