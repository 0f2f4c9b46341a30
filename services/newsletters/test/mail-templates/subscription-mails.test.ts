import { describe, expect, it } from 'vitest';
import {
  renderAlreadySubscribedMail,
  renderConfirmationMail,
} from '../../src/modules/mail-templates/index.ts';
import {
  CONFIRM_URL,
  escapeRegExp,
  HOSTILE,
  hrefs,
  htmlOf,
  LINKS,
  occurrences,
  FORCE,
} from './fixtures.ts';

describe('the confirmation mail', () => {
  const confirm = (areaNames = ['Belgrave', 'Rushey Mead'], confirmUrl = CONFIRM_URL) =>
    renderConfirmationMail({ force: FORCE, language: 'EN', format: 'HTML', confirmUrl, areaNames });

  it('says what was asked for, that nothing comes until they confirm, and when the link stops working', async () => {
    const { text } = await confirm();
    expect(text).toContain('You asked for emails about:\n* Belgrave\n* Rushey Mead');
    expect(text).toContain('We will not send you anything until you confirm.');
    expect(text).toContain(`Confirm my email address:\n${CONFIRM_URL}`);
    expect(text).toContain('The link works for 7 days.');
    expect(text).toContain('If you did not ask for this, you can ignore this email.');
  });

  it('offers the link as a button and as an address to copy, and no unsubscribe footer', async () => {
    const html = htmlOf(await confirm());
    expect(html).toMatch(/>\s*Confirm my email address\s*<\/a>/);
    expect(html).toContain('If the button does not work, copy this link into your browser:');
    expect(occurrences(html, `href="${CONFIRM_URL}"`)).toBe(2);
    expect(html).not.toContain('Unsubscribe');
  });

  it('says it in Welsh for a Welsh speaker', async () => {
    const mail = await renderConfirmationMail({
      force: FORCE,
      language: 'CY',
      format: 'PLAIN_TEXT',
      confirmUrl: CONFIRM_URL,
      areaNames: ['Belgrave'],
    });
    expect(mail.text).toContain('Gofynnoch am negeseuon e-bost am:\n* Belgrave');
    expect(mail.text).toContain("Mae'r ddolen yn gweithio am 7 diwrnod.");
    expect(mail.text).toContain(`Cadarnhau fy nghyfeiriad e-bost:\n${CONFIRM_URL}`);
  });

  it('escapes an area name that looks like markup', async () => {
    const mail = await confirm([HOSTILE]);
    const html = htmlOf(mail);
    expect(html).not.toContain('<script');
    expect(html).toMatch(
      /<li[^>]*>&lt;script&gt;alert\(&quot;owned&quot;\)&lt;\/script&gt; &amp; Co<\/li>/,
    );
    expect(mail.text).toContain(`* ${HOSTILE}`);
  });

  it('keeps a link with quotes and ampersands exact, inside its attribute', async () => {
    const awkward = 'https://portal.example/subscriptions/confirm?token=a&b="><script>x</script>';
    const html = htmlOf(await confirm(['Belgrave'], awkward));
    expect(html).not.toContain('<script');
    expect(hrefs(html)).toEqual([awkward, FORCE.website, FORCE.reportOnlineUrl].sort());
  });
});

describe('the already-subscribed mail', () => {
  it('says nothing has changed and offers the manage link, also as the footer', async () => {
    const mail = await renderAlreadySubscribedMail({
      force: FORCE,
      language: 'EN',
      format: 'HTML',
      manageUrl: LINKS.manage,
    });
    expect(mail.text).toContain('This address already gets them, so nothing has changed.');
    expect(mail.text).toContain('If this was not you, you do not need to do anything.');
    expect(mail.text).toContain(`Change what you get or unsubscribe: ${LINKS.manage}`);
    expect(htmlOf(mail)).toMatch(
      new RegExp(
        `<a href="${escapeRegExp(LINKS.manage)}"[^>]*>Change what you get or unsubscribe</a>`,
      ),
    );
  });

  it('says it in Welsh for a Welsh speaker', async () => {
    const mail = await renderAlreadySubscribedMail({
      force: FORCE,
      language: 'CY',
      format: 'LARGE_PRINT',
      manageUrl: LINKS.manage,
    });
    expect(mail.text).toContain('felly does dim byd wedi newid.');
    expect(mail.text).toContain(
      `Newid beth rydych chi'n ei gael neu ddad-danysgrifio: ${LINKS.manage}`,
    );
  });
});

describe('every mail', () => {
  it('is headed with the force’s name and ends with who sent it, its website and reporting online', async () => {
    const force = {
      ...FORCE,
      name: 'Borsetshire Police',
      website: 'https://www.borsetshire.example/',
    };
    const mail = await renderConfirmationMail({
      force,
      language: 'EN',
      format: 'HTML',
      confirmUrl: CONFIRM_URL,
      areaNames: ['Belgrave'],
    });

    expect(mail.text.startsWith('Borsetshire Police\n\n')).toBe(true);
    expect(mail.text).toContain('This email is from Borsetshire Police.');
    expect(mail.text).toContain('Borsetshire Police website: https://www.borsetshire.example/');
    const html = htmlOf(mail);
    expect(html.indexOf('<strong>Borsetshire Police</strong>')).toBeLessThan(html.indexOf('<h1'));
    expect(html).toMatch(
      /href="https:\/\/www\.borsetshire\.example\/"[^>]*>Borsetshire Police website<\/a>/,
    );
  });
});
