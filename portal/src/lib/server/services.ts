import { AUTH_SECRET, GATEWAY_JWT_SECRET, GATEWAY_URL } from '$app/env/private';
import { staffAuth } from '#lib/staff/auth.server.ts';
import { createGateway } from './gateway.ts';

/** The portal's adapters, wired once from the settings SvelteKit validated at start (src/env.ts). */
export const gateway = createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET });

export const auth = staffAuth({ secret: AUTH_SECRET, gateway });
