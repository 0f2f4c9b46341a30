import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { startSmtpTestServer, type SmtpTestServer } from '@engage/shared/testing';

/**
 * A mail relay that can misbehave on cue: a real SMTP server (startSmtpTestServer) behind a TCP
 * hop on a fixed loopback port, so the relay can refuse messages with a 4xx for a while, or be
 * down altogether (nothing listening: connections refused) and come back on the same address.
 */
export interface FlakyRelay {
  url: string;
  smtp: SmtpTestServer;
  /** Messages refused so far with a temporary (4xx) error. */
  readonly refusals: number;
  refuse(on: boolean): void;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFlakyRelay(): Promise<FlakyRelay> {
  let refusing = false;
  let refusals = 0;
  const smtp = await startSmtpTestServer({
    beforeAccept() {
      if (!refusing) return;
      refusals += 1;
      throw Object.assign(new Error('4.3.2 Service busy, try again later'), { responseCode: 451 });
    },
  });
  const target = new URL(smtp.url);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  let listener: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const server = createServer((client) => {
        const upstream = createConnection(Number(target.port), target.hostname);
        track(client);
        track(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.once('error', drop);
        upstream.once('error', drop);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        if (address && typeof address === 'object') port = address.port;
        listener = server;
        resolve();
      });
    });
  const stopListening = async () => {
    const server = listener;
    listener = undefined;
    for (const socket of sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    smtp,
    get refusals() {
      return refusals;
    },
    refuse(on) {
      refusing = on;
    },
    down: stopListening,
    up: listen,
    async close() {
      await stopListening();
      await smtp.close();
    },
  };
}
