import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { testSecret } from '@engage/shared/testing';
import { folderTransport } from '../../src/modules/delivery/mail-transport.ts';
import { loadNewsletterSettings } from '../../src/settings.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const base = {
  PORTAL_URL: 'http://127.0.0.1:5173',
  LINK_SIGNING_SECRET: testSecret(),
  INVITATION_SIGNING_SECRET: testSecret(),
};

describe('the settings', () => {
  it('stop the start with a message naming what is missing', () => {
    expect(() => loadNewsletterSettings({ ...base, LINK_SIGNING_SECRET: undefined })).toThrow(
      /LINK_SIGNING_SECRET is not set/,
    );
    expect(() => loadNewsletterSettings(base)).toThrow(/SMTP_URL or MAIL_CATCHER_DIR must be set/);
    expect(() => loadNewsletterSettings({ ...base, SMTP_URL: 'http://mail.example.org' })).toThrow(
      /SMTP_URL/,
    );
    expect(() =>
      loadNewsletterSettings({
        ...base,
        MAIL_CATCHER_DIR: '/tmp/mail',
        DKIM_DOMAIN: 'example.org',
      }),
    ).toThrow(/must be set together/);
  });

  it('name a force setting that is wrong, and take the force the mail is from from the rest', () => {
    const withMail = { ...base, MAIL_CATCHER_DIR: '/tmp/mail' };
    expect(() => loadNewsletterSettings({ ...withMail, FORCE_WEBSITE: 'police.example' })).toThrow(
      /FORCE_WEBSITE is not valid/,
    );
    expect(
      loadNewsletterSettings({ ...withMail, FORCE_NAME: 'Borsetshire Police' }).force,
    ).toMatchObject({ name: 'Borsetshire Police', emergencyNumber: '999' });
  });

  it('prefer a relay when both are given', () => {
    const settings = loadNewsletterSettings({
      ...base,
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_CATCHER_DIR: '/tmp/mail',
    });
    expect(settings.mail).toEqual({ kind: 'smtp', url: 'smtp://127.0.0.1:2525' });
  });
});

describe('the mail catcher folder', () => {
  it('holds each message as an .eml file a newcomer can open', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
    folders.push(folder);
    const transport = folderTransport(
      join(folder, 'mail'),
      { mailFrom: 'Neighbourhood Link <newsletters@example.org>', dkim: null },
      createLogger('test', 'silent'),
    );
    await transport.send({
      kind: 'CONFIRMATION',
      to: 'new.resident@example.org',
      subject: 'Confirm your email address',
      html: null,
      text: 'Follow the link to confirm.',
      messageId: '<1b4e28ba-2fa1-4d3b-883f-0016d3cca427@example.org>',
      headers: {},
    });
    transport.close();
    const [file, ...others] = await readdir(join(folder, 'mail'));
    expect(others).toEqual([]);
    expect(file).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-CONFIRMATION-new\.resident@example\.org\.eml$/,
    );
    const eml = await readFile(join(folder, 'mail', file!), 'utf8');
    expect(eml).toContain('To: new.resident@example.org');
    expect(eml).toContain('Message-ID: <1b4e28ba-2fa1-4d3b-883f-0016d3cca427@example.org>');
    expect(eml).toContain('Follow the link to confirm.');
  });
});
