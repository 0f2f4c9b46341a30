import { z } from 'zod';
import { loadConfig } from './load-config.ts';

/**
 * Who runs this deployment: the force's name, how to reach it, and who answers for residents'
 * data. The portal shows it on every page (header, footer, the contact and legal pages) and the
 * newsletters service in every mail. One list of variables, read the same way by both; each has
 * a default that describes the fictional demo force (DEMO DATA), so `pnpm start` needs none of
 * them, and a value that is set but wrong stops the process with a message that names it.
 */
export interface ForceBranding {
  /** "Demo Shire Police" */
  name: string;
  /** "Demo Shire": where the full name would not fit (a phone's header). */
  shortName: string;
  /** The force's own website. */
  website: string;
  /** The emergency number, "999". */
  emergencyNumber: string;
  /** The non-emergency number, "101". */
  nonEmergencyNumber: string;
  /** Where to report a non-emergency crime online. */
  reportOnlineUrl: string;
  /** General enquiries. */
  contactEmail: string;
  /** General enquiries by phone (often the 101 line itself). */
  contactPhone: string;
  /** The force's postal address, one line each. */
  postalAddress: string[];
  /** The data protection officer: email and postal address (the privacy notice's contact). */
  dpoEmail: string;
  dpoPostalAddress: string[];
}

const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);
const phone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ]{1,19}$/, 'expected a telephone number such as 101 or 0116 222 2222');
const webAddress = () =>
  z.url({
    protocol: /^https?$/,
    message: 'expected a web address such as https://www.example.org',
  });
const email = () => z.email({ message: 'expected an email address such as info@example.org' });
/** Lines of an address, separated by commas: "Force HQ, St Johns, Enderby, LE19 2BX". */
const address = () =>
  text(300).transform((value) =>
    value
      .split(',')
      .map((line) => line.trim())
      .filter(Boolean),
  );

/** DEMO DATA: the fictional demo force, under example.org addresses that reach nobody. */
export const DEMO_FORCE_BRANDING_ENV = {
  FORCE_NAME: 'Demo Shire Police',
  FORCE_SHORT_NAME: 'Demo Shire',
  FORCE_WEBSITE: 'https://www.demo-shire-police.example.org',
  FORCE_EMERGENCY_NUMBER: '999',
  FORCE_NON_EMERGENCY_NUMBER: '101',
  FORCE_REPORT_ONLINE_URL: 'https://www.demo-shire-police.example.org/report',
  FORCE_CONTACT_EMAIL: 'contact@demo-shire-police.example.org',
  FORCE_CONTACT_PHONE: '0116 222 2222',
  FORCE_POSTAL_ADDRESS: 'Demo Shire Police Headquarters, 1 Station Road, Demo Town, LE19 2BX',
  FORCE_DPO_EMAIL: 'data.protection@demo-shire-police.example.org',
  FORCE_DPO_POSTAL_ADDRESS:
    'Data Protection Officer, Demo Shire Police Headquarters, 1 Station Road, Demo Town, LE19 2BX',
} as const;

export type ForceBrandingVariable = keyof typeof DEMO_FORCE_BRANDING_ENV;

const withDefault = <T extends z.ZodType>(name: ForceBrandingVariable, schema: T) =>
  z.preprocess(
    // Unset takes the demo's value; set but blank is a mistake, named like any other.
    (value) => value ?? DEMO_FORCE_BRANDING_ENV[name],
    schema,
  );

/** Each variable's check, by name: the portal checks them one by one (src/env.ts). */
export const FORCE_BRANDING_SHAPE = {
  FORCE_NAME: withDefault('FORCE_NAME', text(100)),
  FORCE_SHORT_NAME: withDefault('FORCE_SHORT_NAME', text(40)),
  FORCE_WEBSITE: withDefault('FORCE_WEBSITE', webAddress()),
  FORCE_EMERGENCY_NUMBER: withDefault('FORCE_EMERGENCY_NUMBER', phone()),
  FORCE_NON_EMERGENCY_NUMBER: withDefault('FORCE_NON_EMERGENCY_NUMBER', phone()),
  FORCE_REPORT_ONLINE_URL: withDefault('FORCE_REPORT_ONLINE_URL', webAddress()),
  FORCE_CONTACT_EMAIL: withDefault('FORCE_CONTACT_EMAIL', email()),
  FORCE_CONTACT_PHONE: withDefault('FORCE_CONTACT_PHONE', phone()),
  FORCE_POSTAL_ADDRESS: withDefault('FORCE_POSTAL_ADDRESS', address()),
  FORCE_DPO_EMAIL: withDefault('FORCE_DPO_EMAIL', email()),
  FORCE_DPO_POSTAL_ADDRESS: withDefault('FORCE_DPO_POSTAL_ADDRESS', address()),
} satisfies Record<ForceBrandingVariable, z.ZodType>;

/** Reads and checks every FORCE_* variable; throws a ConfigError naming each bad one. */
export function loadForceBranding(source: NodeJS.ProcessEnv = process.env): ForceBranding {
  const config = loadConfig(FORCE_BRANDING_SHAPE, source);
  return {
    name: config.FORCE_NAME,
    shortName: config.FORCE_SHORT_NAME,
    website: config.FORCE_WEBSITE,
    emergencyNumber: config.FORCE_EMERGENCY_NUMBER,
    nonEmergencyNumber: config.FORCE_NON_EMERGENCY_NUMBER,
    reportOnlineUrl: config.FORCE_REPORT_ONLINE_URL,
    contactEmail: config.FORCE_CONTACT_EMAIL,
    contactPhone: config.FORCE_CONTACT_PHONE,
    postalAddress: config.FORCE_POSTAL_ADDRESS,
    dpoEmail: config.FORCE_DPO_EMAIL,
    dpoPostalAddress: config.FORCE_DPO_POSTAL_ADDRESS,
  };
}

/** The checked value of each variable, as loadConfig would give it. */
export type ForceBrandingValues = {
  [Name in ForceBrandingVariable]: z.output<(typeof FORCE_BRANDING_SHAPE)[Name]>;
};

/**
 * One variable checked on its own (the portal's src/env.ts checks each as SvelteKit asks): its
 * value, or an error that names it.
 */
export function checkForceVariable<Name extends ForceBrandingVariable>(
  name: Name,
  value: string | undefined,
): ForceBrandingValues[Name] {
  const parsed = FORCE_BRANDING_SHAPE[name].safeParse(value);
  if (parsed.success) return parsed.data as ForceBrandingValues[Name];
  const problem = parsed.error.issues[0]?.message ?? 'bad value';
  throw new Error(`${name} is not valid: ${problem}`);
}
