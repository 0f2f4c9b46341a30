import { createHash, createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * The opaque key a rate limit counts against for one network address: a keyed hash, so no service
 * holds anyone's address, and a plain hash could not be reversed by hashing every IPv4 address
 * (2³² tries). IPv6 addresses count per /64, the block one household or phone is given, so a
 * visitor cannot step through the addresses of their own block to reset a limit.
 */
export function clientKeyForAddress(address: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`client:${networkOf(address)}`)
    .digest('base64url');
}

/**
 * The client as a service keeps it (limit rows, poll votes): `ctx.client`, the opaque key the edge
 * derived (clientKeyForAddress, or the portal's) and the gateway signed, hashed once more to a
 * fixed 64 characters, so no table holds the key as given. The edge already keyed it with a
 * secret, so a plain hash is enough; the one identity is still ctx.client.
 */
export function storedClientKey(client: string): string {
  return createHash('sha256').update(`client:${client}`).digest('hex');
}

function networkOf(address: string): string {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!isIPv6(plain)) return plain;
  return expandIPv6(plain).slice(0, 4).join(':') + '::/64';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    group.padStart(4, '0'),
  );
}

/**
 * The address of whoever opened this connection, or the one a trusted proxy in front of us saw.
 * `trustedProxyHops` is how many proxies the force runs in front of this process (0: none): the
 * address is read that many entries from the right of X-Forwarded-For, because every proxy appends
 * the address it saw, and entries further left are whatever the client chose to send.
 */
export function clientAddress(
  request: { socket: { remoteAddress?: string | undefined }; headers: Record<string, unknown> },
  trustedProxyHops: number,
): string {
  const direct = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return direct;
  const header = request.headers['x-forwarded-for'];
  const value = Array.isArray(header) ? header.join(',') : typeof header === 'string' ? header : '';
  const hops = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxyHops] ?? direct;
}
