/** The settings src/env.ts requires, as the unit tests set them (see vitest.config.ts). */
export const GATEWAY_URL = 'http://gateway.test';
export const GATEWAY_JWT_SECRET = 'a-test-secret-for-the-gateway-0123456789';
export const AUTH_SECRET = 'a-test-secret-for-auth-js-sessions-0123456789';

// The force's details: unset, as in the demo, so each is the demo force's (shared config).
import { checkForceVariable } from '@engage/shared/force';
export const FORCE_NAME = checkForceVariable('FORCE_NAME', undefined);
export const FORCE_SHORT_NAME = checkForceVariable('FORCE_SHORT_NAME', undefined);
export const FORCE_WEBSITE = checkForceVariable('FORCE_WEBSITE', undefined);
export const FORCE_EMERGENCY_NUMBER = checkForceVariable('FORCE_EMERGENCY_NUMBER', undefined);
export const FORCE_NON_EMERGENCY_NUMBER = checkForceVariable(
  'FORCE_NON_EMERGENCY_NUMBER',
  undefined,
);
export const FORCE_REPORT_ONLINE_URL = checkForceVariable('FORCE_REPORT_ONLINE_URL', undefined);
export const FORCE_CONTACT_EMAIL = checkForceVariable('FORCE_CONTACT_EMAIL', undefined);
export const FORCE_CONTACT_PHONE = checkForceVariable('FORCE_CONTACT_PHONE', undefined);
export const FORCE_POSTAL_ADDRESS = checkForceVariable('FORCE_POSTAL_ADDRESS', undefined);
export const FORCE_DPO_EMAIL = checkForceVariable('FORCE_DPO_EMAIL', undefined);
export const FORCE_DPO_POSTAL_ADDRESS = checkForceVariable('FORCE_DPO_POSTAL_ADDRESS', undefined);
