import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope recipient, as the server was asked to deliver to. */
  to: string;
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** Waits until `count` messages have arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Messages accepted for one address (compared case-insensitively), oldest first. */
  mailsTo(address: string): ReceivedMail[];
  /** Waits for the `count`th message to an address and returns it. */
  waitForMailTo(address: string, count?: number, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface SmtpTestServerOptions {
  /** A 5xx for RCPT TO these addresses: a hard bounce. */
  rejectRecipients?: string[];
  /**
   * Called for each message before it is accepted; may kill the sender (the crash test) or throw
   * (an SMTP error with `responseCode`). A message counts as received only once accepted.
   */
  beforeAccept?: (attempt: number, to: string) => void;
}

/** One header as sent, unfolded (`List-Unsubscribe`, `Message-ID`…); undefined when absent. */
export function headerOf(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .slice(name.length + 1)
    .trim();
}

/** A real SMTP server on 127.0.0.1, no TLS, no auth: the far side of every delivery test. */
export async function startSmtpTestServer(
  options: SmtpTestServerOptions = {},
): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const rejected = new Set(
    (options.rejectRecipients ?? []).map((address) => address.toLowerCase()),
  );
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(',');
        attempts += 1;
        try {
          options.beforeAccept?.(attempts, to);
        } catch (error) {
          callback(error as Error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            received.push({ to, parsed, raw });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      });
    },
  });
  const mailsTo = (address: string) =>
    received.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('The SMTP server has no port.');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`Expected ${count} messages, received ${received.length}.`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    mailsTo,
    async waitForMailTo(address, count = 1, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mailsTo(address).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `Expected ${count} messages to ${address}, got ${mailsTo(address).length}.`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return mailsTo(address)[count - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
