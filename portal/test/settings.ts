/** The settings src/env.ts requires, as the unit tests set them (see vitest.config.ts). */
export const GATEWAY_URL = 'http://gateway.test';
export const GATEWAY_JWT_SECRET = 'a-test-secret-for-the-gateway-0123456789';
export const AUTH_SECRET = 'a-test-secret-for-auth-js-sessions-0123456789';
