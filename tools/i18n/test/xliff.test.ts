import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishHash } from '../src/status.ts';
import {
  copyRepo,
  fillLanguages,
  MAIL,
  PORTAL,
  read,
  runCli,
  snapshot,
  SURVEY,
  write,
} from './repo-copy.ts';

const DIRS = [PORTAL, MAIL, SURVEY];
const TARGETS = ['cy', 'ar', 'gu', 'pl', 'pa', 'so', 'ur'];

/** Gives one unit of an exported file a target and a state, as a translator's tool would. */
function translate(xml: string, key: string, target: string, state: string): string {
  const unit = new RegExp(
    `(<unit id="${key.replace('.', '\\.')}">[\\s\\S]*?)<segment state="\\w+">([\\s\\S]*?</source>)[\\s\\S]*?</segment>`,
  );
  expect(xml).toMatch(unit);
  const escaped = target.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return xml.replace(unit, `$1<segment state="${state}">$2<target>${escaped}</target></segment>`);
}

// Each test runs the real CLI several times; on a loaded 2-core machine one run takes seconds.
describe('export and import in XLIFF 2.0', { timeout: 300_000 }, () => {
  let repo: ReturnType<typeof copyRepo>;
  const file = (name: string): string => join(repo.root, name);
  beforeEach(() => {
    repo = copyRepo();
  });
  afterEach(() => repo.remove());

  it('leaves every catalogue and status file byte-identical after a round trip of every language', async () => {
    // Polish as complete as English; Welsh with one review that holds and one the English has
    // moved on from since.
    fillLanguages(repo.root, [PORTAL]);
    write(
      repo.root,
      `${PORTAL}/status/cy.json`,
      JSON.stringify({
        $comment: 'c',
        translator: 't',
        reviewed: {
          home_title: englishHash('Find your neighbourhood policing team'),
          skip_link: '000000000000',
        },
      }),
    );
    expect((await runCli(repo.root, 'sync')).code).toBe(0);
    const before = snapshot(repo.root, DIRS);
    for (const code of TARGETS) {
      const exported = await runCli(
        repo.root,
        'export',
        '--language',
        code,
        '--out',
        file(`${code}.xlf`),
      );
      expect(exported.code, exported.stderr).toBe(0);
      const imported = await runCli(repo.root, 'import', file(`${code}.xlf`));
      expect(imported.code, imported.stderr).toBe(0);
    }
    expect(snapshot(repo.root, DIRS)).toEqual(before);
    const welsh = read(repo.root, `${PORTAL}/status/cy.json`);
    expect(welsh).toContain('"home_title"');
    expect(welsh).toContain('"skip_link": "000000000000"');
  });

  it('writes with context notes, the states of drafts and reviews, and ICU plurals', async () => {
    await runCli(repo.root, 'export', '--language', 'cy', '--out', file('cy.xlf'));
    const xml = read(repo.root, 'cy.xlf');
    expect(xml).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="cy">',
    );
    expect(xml).toMatch(
      /<unit id="home_title">\s*<notes>\s*<note category="location">Used in portal\/src\/routes\/\+page\.svelte/,
    );
    expect(xml).toContain(
      '<source>{count, plural, one {From {responses} answer to the {round} Your Views survey.} other {From {responses} answers to the {round} Your Views survey.}}</source>',
    );
    expect(xml).toMatch(
      /<unit id="confirmation.expires">[\s\S]*?<source>\{count, plural, one \{The link works for \{count\} day\.\} other \{The link works for \{count\} days\.\}\}<\/source>/,
    );
    expect(xml).toMatch(
      /<note category="placeholders">[^<]*\{team\}: a neighbourhood policing team’s name/,
    );
    expect(xml).toMatch(
      /<segment state="translated">\s*<source>Find your neighbourhood policing team<\/source>\s*<target>/,
    );
  });

  it('marks a unit the translator reviewed as reviewed, and a draft again when sent back as translated', async () => {
    await runCli(repo.root, 'export', '--language', 'ur', '--out', file('ur.xlf'));
    const exported = read(repo.root, 'ur.xlf');
    // Not reviewed yet: a draft ("translated"), or "initial" where there is no Urdu at all.
    expect(exported).toMatch(
      /<unit id="home_title">[\s\S]*?<segment state="(initial|translated)">\s*<source>Find your neighbourhood policing team<\/source>/,
    );
    write(
      repo.root,
      'ur.xlf',
      translate(exported, 'home_title', 'اپنی محلے کی پولیس ٹیم تلاش کریں', 'reviewed'),
    );
    const imported = await runCli(repo.root, 'import', file('ur.xlf'));
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(read(repo.root, `${PORTAL}/ur.json`)).home_title).toBe(
      'اپنی محلے کی پولیس ٹیم تلاش کریں',
    );
    // Written as the repo keeps JSON: the Urdu as itself, not \u escapes.
    expect(read(repo.root, `${PORTAL}/ur.json`)).toContain('"home_title": "اپنی');
    const status = JSON.parse(read(repo.root, `${PORTAL}/status/ur.json`));
    expect(status.reviewed).toEqual({
      home_title: englishHash('Find your neighbourhood policing team'),
    });

    write(
      repo.root,
      'ur.xlf',
      translate(exported, 'home_title', 'اپنی محلے کی پولیس ٹیم تلاش کریں', 'translated'),
    );
    await runCli(repo.root, 'import', file('ur.xlf'));
    expect(JSON.parse(read(repo.root, `${PORTAL}/status/ur.json`)).reviewed).toEqual({});
  });

  it('writes ICU plurals back as inlang variants and i18next suffixes', async () => {
    await runCli(repo.root, 'export', '--language', 'pl', '--out', file('pl.xlf'));
    let xml = read(repo.root, 'pl.xlf');
    xml = translate(
      xml,
      'confidence_responses',
      '{count, plural, one {Z {responses} odpowiedzi w ankiecie {round}.} few {Z {responses} odpowiedzi w ankiecie {round}.} many {Z {responses} odpowiedzi w ankiecie {round}!} other {Z {responses} odpowiedzi ({round}).}}',
      'translated',
    );
    xml = translate(
      xml,
      'confirmation.expires',
      'Link działa przez {count, plural, one {# dzień} few {# dni} other {# dnia}}.',
      'translated',
    );
    write(repo.root, 'pl.xlf', xml);
    const imported = await runCli(repo.root, 'import', file('pl.xlf'));
    expect(imported.code, imported.stderr).toBe(0);
    const portal = JSON.parse(read(repo.root, `${PORTAL}/pl.json`));
    expect(portal.confidence_responses).toEqual([
      {
        declarations: [
          'input count',
          'input responses',
          'input round',
          'local countPlural = count: plural',
        ],
        selectors: ['countPlural'],
        match: {
          'countPlural=one': 'Z {responses} odpowiedzi w ankiecie {round}.',
          'countPlural=few': 'Z {responses} odpowiedzi w ankiecie {round}.',
          'countPlural=many': 'Z {responses} odpowiedzi w ankiecie {round}!',
          'countPlural=*': 'Z {responses} odpowiedzi ({round}).',
        },
      },
    ]);
    const mail = JSON.parse(read(repo.root, `${MAIL}/pl.json`));
    const expires = Object.entries(mail.confirmation).filter(([key]) => key.startsWith('expires'));
    expect(Object.fromEntries(expires)).toEqual({
      expires_one: 'Link działa przez {{count}} dzień.',
      expires_few: 'Link działa przez {{count}} dni.',
      expires_other: 'Link działa przez {{count}} dnia.',
    });
  });

  describe('refuses, writing nothing,', () => {
    const refused = async (xml: string, message: string): Promise<void> => {
      const before = snapshot(repo.root, DIRS);
      write(repo.root, 'bad.xlf', xml);
      const result = await runCli(repo.root, 'import', file('bad.xlf'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
      expect(snapshot(repo.root, DIRS)).toEqual(before);
    };
    let exported: string;
    beforeEach(async () => {
      await runCli(repo.root, 'export', '--language', 'so', '--out', file('so.xlf'));
      exported = read(repo.root, 'so.xlf');
    });

    it('a file for a language we do not have', async () => {
      await refused(exported.replace('trgLang="so"', 'trgLang="fr"'), 'its trgLang is "fr"');
    });

    it('a unit whose placeholders differ from the English', async () => {
      const xml = translate(exported, 'signed_in_as', 'Waxaad gashay {magac}', 'translated');
      await refused(
        translate(xml, 'home_title', 'Hel kooxda booliska xaafaddaada', 'translated'),
        'portal: "signed_in_as": the translation lacks {name} and has {magac} that English lacks',
      );
    });

    it('a unit that is not valid ICU', async () => {
      await refused(
        translate(
          exported,
          'sign_in_too_many_attempts',
          '{minutes, plural, one {# daqiiqo}}',
          'translated',
        ),
        'portal: "sign_in_too_many_attempts": invalid ICU message',
      );
    });

    it('a unit for a key English does not have', async () => {
      await refused(
        exported.replace('<unit id="home_title">', '<unit id="home_titel">'),
        'portal: "home_titel" is not a key of the English catalogue',
      );
    });
  });
});
