import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@engage/shared/languages';
import { copyRepo, fillLanguages, MAIL, PORTAL, read, runCli, SURVEY, write } from './repo-copy.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Each test runs the real CLI several times; on a loaded 2-core machine one run takes seconds.
describe('pnpm i18n check', { timeout: 120_000 }, () => {
  let repo: ReturnType<typeof copyRepo>;
  beforeEach(async () => {
    repo = copyRepo();
    fillLanguages(repo.root, [PORTAL, MAIL]);
    expect((await runCli(repo.root, 'sync')).code).toBe(0);
  });
  afterEach(() => repo.remove());

  const edit = (path: string, change: (json: Record<string, unknown>) => void): void => {
    const json = JSON.parse(read(repo.root, path)) as Record<string, unknown>;
    change(json);
    write(repo.root, path, `${JSON.stringify(json, null, 2)}\n`);
  };

  it('passes when every language has every key and nothing else', async () => {
    const result = await runCli(repo.root, 'check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('fails, naming the key and the language, when one key is removed from one catalogue', async () => {
    edit(`${PORTAL}/ur.json`, (json) => delete json.home_title);
    const result = await runCli(repo.root, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'portal: "home_title" is missing from ur (portal/messages/ur.json)\n',
    );
  });

  it('names a mail key missing from one language by its dotted path, plurals by their base', async () => {
    edit(`${MAIL}/pl.json`, (json) => {
      const confirmation = json.confirmation as Record<string, string>;
      delete confirmation.heading;
      delete confirmation.expires_one;
      delete confirmation.expires_other;
    });
    const { code, stderr } = await runCli(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr).toContain(`mail: "confirmation.heading" is missing from pl (${MAIL}/pl.json)`);
    expect(stderr).toContain(`mail: "confirmation.expires" is missing from pl (${MAIL}/pl.json)`);
  });

  it('fails on a key English lacks, a key no code uses, and placeholders that differ', async () => {
    edit(`${PORTAL}/gu.json`, (json) => {
      json.not_in_english = 'x';
      json.signed_in_as = 'Signed in as {nam}';
    });
    edit(`${PORTAL}/en.json`, (json) => (json.nobody_uses_this = 'Nothing'));
    const { code, stderr } = await runCli(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr).toContain('portal: "not_in_english" is in gu but not in English');
    expect(stderr).toContain(
      'portal: "signed_in_as" in gu lacks {name} and has {nam} that English lacks',
    );
    expect(stderr).toContain('portal: "nobody_uses_this" is used nowhere in portal/src');
    expect(stderr).toContain('portal: "nobody_uses_this" is missing from ur');
  });

  it('fails on a plural without its catch-all, in both formats', async () => {
    edit(`${PORTAL}/so.json`, (json) => {
      const [plural] = json.sign_in_too_many_attempts as [{ match: Record<string, string> }];
      delete plural.match['minutesPlural=*'];
    });
    edit(`${MAIL}/so.json`, (json) => {
      delete (json.confirmation as Record<string, string>).expires_other;
    });
    const { code, stderr } = await runCli(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'portal: "sign_in_too_many_attempts" in so has a plural without the catch-all variant "minutesPlural=*"',
    );
    expect(stderr).toContain(
      'mail: "confirmation.expires" in so has a plural without the catch-all "_other"',
    );
  });

  it('fails when the inlang locales are not the languages of shared/src/languages.ts, and sync mends them', async () => {
    edit('portal/project.inlang/settings.json', (json) => {
      json.locales = ['en', 'cy'];
    });
    const failed = await runCli(repo.root, 'check');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('portal/project.inlang/settings.json: locales ["en","cy"]');
    expect((await runCli(repo.root, 'sync')).stdout).toContain(
      'wrote portal/project.inlang/settings.json',
    );
    expect(JSON.parse(read(repo.root, 'portal/project.inlang/settings.json')).locales).toEqual(
      LANGUAGE_CODES,
    );
    expect((await runCli(repo.root, 'check')).code).toBe(0);
  });

  it('fails on a status entry for a key English lacks, and only warns when a review is stale', async () => {
    edit(`${PORTAL}/status/pa.json`, (json) => {
      json.reviewed = { home_title: '000000000000', no_such_key: '000000000000' };
    });
    const { code, stderr } = await runCli(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr).toContain(
      `portal: "no_such_key" is marked reviewed in pa but is not in English (${PORTAL}/status/pa.json)`,
    );
    expect(stderr).toMatch(
      /^warning: portal: "home_title" in pa was reviewed, but the English has changed since/m,
    );
    expect(stderr).not.toMatch(/^portal: "home_title"/m);
  });

  it('fails when the portal’s translation-status.json is out of date', async () => {
    edit(`${PORTAL}/status/pa.json`, (json) => {
      json.reviewed = { home_title: '000000000000' };
    });
    const { stderr } = await runCli(repo.root, 'check');
    expect(stderr).toContain(
      'portal/src/lib/i18n/translation-status.json is out of date with the catalogues: run pnpm i18n sync',
    );
  });

  it('fails on a catalogue out of English key order, which sync puts right', async () => {
    const ordered = read(repo.root, `${PORTAL}/pl.json`);
    edit(`${PORTAL}/pl.json`, (json) => {
      const title = json.home_title;
      delete json.home_title;
      json.home_title = title;
    });
    expect((await runCli(repo.root, 'check')).stderr).toContain(
      'portal: pl (portal/messages/pl.json) is not in English key order and 2-space JSON: run pnpm i18n sync',
    );
    await runCli(repo.root, 'sync');
    expect(read(repo.root, `${PORTAL}/pl.json`)).toBe(ordered);
  });

  it('checks the survey questions for missing and extra keys, but not for use in code', async () => {
    mkdirSync(join(repo.root, SURVEY), { recursive: true });
    write(repo.root, `${SURVEY}/en.json`, '{\n  "Q1": "I trust the police in my area"\n}\n');
    for (const code of LANGUAGE_CODES.filter((code) => code !== 'en' && code !== 'ar')) {
      write(repo.root, `${SURVEY}/${code}.json`, '{\n  "Q1": "…"\n}\n');
    }
    write(repo.root, `${SURVEY}/ar.json`, '{\n  "Q2": "…"\n}\n');
    await runCli(repo.root, 'sync');
    const { code, stderr } = await runCli(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `survey: "Q1" is missing from ar (${SURVEY}/ar.json)`,
      `survey: "Q2" is in ar but not in English (${SURVEY}/ar.json)`,
      'pnpm i18n check: 2 problem(s)',
    ]);
  });
});
