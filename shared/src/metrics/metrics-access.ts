import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may read `/metrics` on a public-facing process (the gateway; the portal's serve.js does the
 * same in plain JavaScript). We chose a bearer token on the same port over a second port: a
 * second listener would need a second port in every manifest, probe and start script, while a
 * token works through the same Service with Prometheus's own `authorization` setting, and the
 * figures (operation names, error rates) never reach a visitor who lacks it.
 *
 * - `METRICS_TOKEN` set: only `Authorization: Bearer <token>` (compared in constant time).
 * - not set (the embedded default): only a caller on loopback that came through no proxy (no
 *   forwarding header), so `pnpm start` can be scraped locally without any setting while a
 *   reverse proxy on the same machine cannot pass the public through.
 */
export type MetricsAccess = (request: IncomingMessage) => boolean;

/** Anyone may read: the subgraphs, which only the gateway and the scraper can reach. */
export const OPEN_METRICS: MetricsAccess = () => true;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const FORWARDING = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

export function metricsAccess(token: string | undefined): MetricsAccess {
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    return (request) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    };
  }
  return (request) =>
    LOOPBACK.has(request.socket.remoteAddress ?? '') &&
    FORWARDING.every((header) => request.headers[header] === undefined);
}
