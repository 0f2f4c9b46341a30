import type { ForceBranding } from '@engage/shared/force';
import {
  FORCE_CONTACT_EMAIL,
  FORCE_CONTACT_PHONE,
  FORCE_DPO_EMAIL,
  FORCE_DPO_POSTAL_ADDRESS,
  FORCE_EMERGENCY_NUMBER,
  FORCE_NAME,
  FORCE_NON_EMERGENCY_NUMBER,
  FORCE_POSTAL_ADDRESS,
  FORCE_REPORT_ONLINE_URL,
  FORCE_SHORT_NAME,
  FORCE_WEBSITE,
} from '$app/env/private';

/**
 * The force running this deployment, as src/env.ts checked it at start: its name on every page
 * (the root layout) and its contact details on the contact and legal pages.
 */
export const force: ForceBranding = {
  name: FORCE_NAME,
  shortName: FORCE_SHORT_NAME,
  website: FORCE_WEBSITE,
  emergencyNumber: FORCE_EMERGENCY_NUMBER,
  nonEmergencyNumber: FORCE_NON_EMERGENCY_NUMBER,
  reportOnlineUrl: FORCE_REPORT_ONLINE_URL,
  contactEmail: FORCE_CONTACT_EMAIL,
  contactPhone: FORCE_CONTACT_PHONE,
  postalAddress: FORCE_POSTAL_ADDRESS,
  dpoEmail: FORCE_DPO_EMAIL,
  dpoPostalAddress: FORCE_DPO_POSTAL_ADDRESS,
};
