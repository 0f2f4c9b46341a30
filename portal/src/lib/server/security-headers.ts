import type { Handle } from '@sveltejs/kit/hooks';

/**
 * Headers on every response. Pages get SvelteKit's Content-Security-Policy (vite.config.ts: nonces
 * for its scripts, no inline script otherwise); everything else (redirects, CSV files, Auth.js's
 * endpoints, error responses) gets one that allows nothing to run or frame it.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Whole addresses stay on this site: a link out carries our origin, never a path or a token.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing here needs a camera, a microphone or the visitor's location (postcode search does not).
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // For browsers too old for frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export const securityHeaders: Handle = async ({ event, resolve }) =>
  withSecurityHeaders(await resolve(event));

export function withSecurityHeaders(response: Response): Response {
  // Some responses (Response.redirect, fetch's) have headers that cannot change: copy those.
  const editable = canSet(response) ? response : new Response(response.body, response);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) editable.headers.set(name, value);
  if (!editable.headers.has('content-security-policy')) {
    editable.headers.set('content-security-policy', FALLBACK_CSP);
  }
  return editable;
}

function canSet(response: Response): boolean {
  try {
    response.headers.set('x-content-type-options', 'nosniff');
    return true;
  } catch {
    return false;
  }
}
