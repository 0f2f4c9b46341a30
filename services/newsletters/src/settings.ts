import {
  ConfigError,
  env,
  loadConfig,
  loadForceBranding,
  type ForceBranding,
} from '@engage/shared';
import { DEFAULT_CONFIRMATION_MAIL_HOURLY_BUDGET } from './modules/subscribers/rate-limits.ts';

/** DKIM signing is all-or-nothing: a domain and selector without a key would sign nothing. */
export interface DkimSettings {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/** Where mail goes: a real relay, or a folder of .eml files a newcomer can open. */
export type MailDestination = { kind: 'smtp'; url: string } | { kind: 'folder'; dir: string };

export interface NewsletterSettings {
  /** The portal's public base URL; every link in every email starts with it. */
  portalUrl: string;
  /** Signs the confirm, manage and unsubscribe links (src/modules/links). */
  linkSigningSecret: string;
  /** Signs survey invitations; shared with the surveys service only. */
  invitationSigningSecret: string;
  mail: MailDestination;
  mailFrom: string;
  dkim: DkimSettings | null;
  /** Confirmation mails everyone together may cause in an hour (see subscribers/rate-limits). */
  confirmationMailHourlyBudget: number;
  /** The force sending the mail: its name heads every mail, its contact details end it. */
  force: ForceBranding;
  /**
   * Whether staff alerts wait for a reviewer's approval (as newsletters always do), the force's
   * choice: ALERTS_NEED_REVIEW, true unless set to false. Urgent alerts never wait.
   */
  alertsNeedReview: boolean;
}

/** A free-form optional variable: unset and blank are the same. */
const optional = (source: NodeJS.ProcessEnv, name: string): string | undefined =>
  source[name]?.trim() || undefined;

/**
 * Reads and checks the service's own settings. Called at start-up (the definition's `settings`,
 * then startWorkers), so a missing variable stops the start with a message naming it; resolvers
 * call it again (it is cached).
 */
export function loadNewsletterSettings(
  source: NodeJS.ProcessEnv = process.env,
): NewsletterSettings {
  const config = loadConfig(
    {
      PORTAL_URL: env.url(),
      LINK_SIGNING_SECRET: env.secret(),
      INVITATION_SIGNING_SECRET: env.secret(),
      SMTP_URL: env.smtpUrl().optional(),
      CONFIRMATION_MAIL_HOURLY_BUDGET: env.count(
        DEFAULT_CONFIRMATION_MAIL_HOURLY_BUDGET,
        1_000_000,
      ),
      ALERTS_NEED_REVIEW: env.flag(true),
    },
    {
      ...source,
      SMTP_URL: optional(source, 'SMTP_URL'),
      ALERTS_NEED_REVIEW: optional(source, 'ALERTS_NEED_REVIEW'),
    },
  );
  if (config.CONFIRMATION_MAIL_HOURLY_BUDGET < 1) {
    // Zero would refuse every sign-up: surely a mistake, not a way to close sign-ups.
    throw new ConfigError(
      'Configuration problem:\n  - CONFIRMATION_MAIL_HOURLY_BUDGET is not valid: must be at least 1',
    );
  }
  const force = loadForceBranding(source);
  const catcherDir = optional(source, 'MAIL_CATCHER_DIR');
  const dkim = {
    domainName: optional(source, 'DKIM_DOMAIN'),
    keySelector: optional(source, 'DKIM_SELECTOR'),
    privateKey: optional(source, 'DKIM_PRIVATE_KEY'),
  };
  const mail: MailDestination | null = config.SMTP_URL
    ? { kind: 'smtp', url: config.SMTP_URL }
    : catcherDir
      ? { kind: 'folder', dir: catcherDir }
      : null;
  if (!mail) {
    throw new ConfigError(
      'Configuration problem:\n  - SMTP_URL or MAIL_CATCHER_DIR must be set (a relay, or a folder for .eml files)',
    );
  }
  const dkimParts = Object.values(dkim);
  if (dkimParts.some(Boolean) && !dkimParts.every(Boolean)) {
    throw new ConfigError(
      'Configuration problem:\n  - DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together',
    );
  }
  return {
    portalUrl: config.PORTAL_URL,
    linkSigningSecret: config.LINK_SIGNING_SECRET,
    invitationSigningSecret: config.INVITATION_SIGNING_SECRET,
    mail,
    mailFrom: optional(source, 'MAIL_FROM') ?? DEFAULT_FROM,
    confirmationMailHourlyBudget: config.CONFIRMATION_MAIL_HOURLY_BUDGET,
    force,
    alertsNeedReview: config.ALERTS_NEED_REVIEW,
    dkim:
      dkim.domainName && dkim.keySelector && dkim.privateKey
        ? {
            domainName: dkim.domainName,
            keySelector: dkim.keySelector,
            // A key given in one line of an .env file has its line breaks written as \n.
            privateKey: dkim.privateKey.replace(/\\n/g, '\n'),
          }
        : null,
  };
}

const DEFAULT_FROM = 'Neighbourhood Link <newsletters@neighbourhood-link.example>';

let cached: NewsletterSettings | undefined;

/** The settings of this process, read once. */
export function newsletterSettings(): NewsletterSettings {
  cached ??= loadNewsletterSettings();
  return cached;
}

/** Tests change the environment between files; this forgets what was read. */
export function forgetNewsletterSettings(): void {
  cached = undefined;
}
