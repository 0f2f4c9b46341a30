import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '@engage/shared';
import type { NewsletterSettings } from '../../settings.ts';

/** One message, ready to go: everything the adapter needs and nothing it must look up. */
export interface OutgoingMail {
  /** For the catcher's file name and the logs. */
  kind: string;
  to: string;
  subject: string;
  /** Null for a plain-text message. */
  html: string | null;
  text: string;
  /** Stable per delivery (`<delivery id@domain>`), so a re-send is the same message. */
  messageId: string;
  headers: Record<string, string>;
}

/** All I/O of sending lives behind this, so the worker's logic is tested with a real server once. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** What a failure to send means for the delivery. */
export type SendFailure = 'HARD_BOUNCE' | 'PERMANENT' | 'TEMPORARY';

/**
 * 5xx to RCPT TO: the server says the mailbox does not exist or will never take our mail, so we
 * stop writing to it (the subscriber is suppressed). Any other 5xx (say, DATA refused as spam)
 * fails this one message. 4xx and connection errors are temporary and retried with backoff.
 */
export function classifySendError(error: unknown): SendFailure {
  const { responseCode, command, code } = (error ?? {}) as {
    responseCode?: number;
    command?: string;
    code?: string;
  };
  if (typeof responseCode === 'number' && responseCode >= 500) {
    return command === 'RCPT TO' || code === 'EENVELOPE' ? 'HARD_BOUNCE' : 'PERMANENT';
  }
  return 'TEMPORARY';
}

function messageOptions(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html === null ? {} : { html: mail.html }),
    messageId: mail.messageId,
    headers: mail.headers,
  };
}

/**
 * A pooled SMTP transport: a few connections kept open and reused, since one newsletter is
 * hundreds of messages. 2 connections, 100 messages each, is what small relays accept without
 * throttling us; DKIM-signed when a key is configured.
 */
export function smtpTransport(
  url: string,
  settings: Pick<NewsletterSettings, 'mailFrom' | 'dkim'>,
): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    maxMessages: 100,
    ...(settings.dkim ? { dkim: settings.dkim } : {}),
  });
  return {
    async send(mail) {
      await transporter.sendMail(messageOptions(settings.mailFrom, mail));
    },
    close: () => transporter.close(),
  };
}

/** `2026-11-25T10-15-00.000Z-NEWSLETTER-someone@example.org.eml`: sorts by time, safe on any disk. */
function fileName(mail: OutgoingMail, now: Date): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9@._+-]/g, '_');
  return `${safe(now.toISOString().replace(/:/g, '-'))}-${safe(mail.kind)}-${safe(mail.to)}.eml`;
}

/**
 * The embedded default: each message written as an .eml file (open it with any mail program, or
 * read it as text) and its path logged, so a newcomer sees every mail without a relay. The file
 * is the exact message an SMTP relay would have received, headers and DKIM signature included.
 */
export function folderTransport(
  dir: string,
  settings: Pick<NewsletterSettings, 'mailFrom' | 'dkim'>,
  logger: Logger,
): MailTransport {
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
    ...(settings.dkim ? { dkim: settings.dkim } : {}),
  });
  let ready: Promise<unknown> | undefined;
  return {
    async send(mail) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const info = await transporter.sendMail(messageOptions(settings.mailFrom, mail));
      const path = join(dir, fileName(mail, new Date()));
      await writeFile(path, info.message as Buffer);
      logger.info(
        { path, to: mail.to, kind: mail.kind },
        'mail written to the mail catcher folder',
      );
    },
    close: () => transporter.close(),
  };
}

export function createMailTransport(settings: NewsletterSettings, logger: Logger): MailTransport {
  return settings.mail.kind === 'smtp'
    ? smtpTransport(settings.mail.url, settings)
    : folderTransport(settings.mail.dir, settings, logger);
}
