import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { FALLBACK_CSP, securityHeaders } from './security-headers.ts';

const event = {} as RequestEvent;
const through = (response: Response) =>
  securityHeaders({ event, resolve: () => Promise.resolve(response) });

describe('the headers on every response', () => {
  it('forbid sniffing, framing, leaking addresses and the camera, microphone and location', async () => {
    const response = await through(new Response('<p>hello</p>'));

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(response.headers.get('permissions-policy')).toMatch(/microphone=\(\)/);
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it("keep a page's own Content-Security-Policy, and give anything without one a policy that runs nothing", async () => {
    const page = new Response('', { headers: { 'content-security-policy': "script-src 'self'" } });
    expect((await through(page)).headers.get('content-security-policy')).toBe("script-src 'self'");

    const csv = await through(new Response('a,b', { headers: { 'content-type': 'text/csv' } }));
    expect(csv.headers.get('content-security-policy')).toBe(FALLBACK_CSP);
    expect(FALLBACK_CSP).toContain("frame-ancestors 'none'");
  });

  it('reach redirects too, whose headers cannot be changed in place', async () => {
    const response = await through(Response.redirect('http://portal.test/staff/sign-in', 302));

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://portal.test/staff/sign-in');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
