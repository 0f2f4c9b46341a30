import {
  AGE_BANDS,
  DISABILITIES,
  ETHNIC_GROUPS,
  GENDERS,
  type Demographics,
} from '@engage/shared/demographics';
import { isLanguageCode, residentLanguageOf } from '@engage/shared/languages';
import {
  EMAIL_FORMATS,
  INTERESTS,
  RESIDENT_LANGUAGES,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriberPreferences,
  type SubscriptionInterest,
} from '#lib/newsletters/newsletters.ts';
import { field } from '#lib/forms/form.ts';

/**
 * The resident's choices, as the subscribe and manage forms send them: several checkboxes share
 * a name (one value each), the demographic answers count only with the separate consent box.
 */
export interface PreferenceValues {
  neighbourhoodIds: string[];
  policingAreaIds: string[];
  interests: string[];
  language: string;
  format: string;
  /** The separate, optional consent to the demographic questions. */
  consent: boolean;
  ageBand: string;
  ethnicGroup: string;
  disability: string;
  gender: string;
}

export interface SubscriptionValues extends PreferenceValues {
  email: string;
}

/** Every problem these forms can report (the page says it in the visitor's language). */
export type SubscriptionErrorKey =
  | 'email_missing'
  | 'email_invalid'
  | 'email_too_long'
  | 'areas_missing'
  | 'interests_missing'
  | 'language_missing'
  | 'format_missing'
  | 'age_band_missing'
  | 'ethnic_group_missing'
  | 'disability_missing'
  | 'gender_missing';

/** Error summary links go to these ids: a field, or the first box of a group. */
export type SubscriptionField =
  | 'email'
  | 'areas'
  | 'interests'
  | 'language'
  | 'format'
  | 'ageBand'
  | 'ethnicGroup'
  | 'disability'
  | 'gender';

/** The fields in page order, for the error summary. */
export const SUBSCRIPTION_ORDER: SubscriptionField[] = [
  'email',
  'areas',
  'interests',
  'language',
  'format',
  'ageBand',
  'ethnicGroup',
  'disability',
  'gender',
];

export type SubscriptionErrors = Partial<Record<SubscriptionField, SubscriptionErrorKey>>;

export interface PreferencesInput {
  neighbourhoodIds: string[];
  policingAreaIds: string[];
  interests: SubscriptionInterest[];
  language: ResidentLanguage;
  format: EmailFormat;
  demographics?: Demographics;
}

export type SubscribeInput = PreferencesInput & { email: string };

export type Read<Values, Input> =
  | { ok: true; values: Values; input: Input }
  | { ok: false; values: Values; errors: SubscriptionErrors };

/** The limit of an address in SMTP (RFC 5321): 254 characters. */
export const EMAIL_MAX = 254;

/** Enough to catch a typing slip; the service validates the address properly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const oneOf = <Value extends string>(values: readonly Value[], value: string): value is Value =>
  (values as readonly string[]).includes(value);

/** Every distinct, non-empty value sent under `name`. */
function all(form: FormData, name: string): string[] {
  const values = form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function preferenceValues(form: FormData): PreferenceValues {
  return {
    neighbourhoodIds: all(form, 'neighbourhoodIds'),
    policingAreaIds: all(form, 'policingAreaIds'),
    interests: all(form, 'interests').filter((value) => oneOf(INTERESTS, value)),
    language: field(form, 'language'),
    format: field(form, 'format'),
    consent: field(form, 'consent') === 'yes',
    ageBand: field(form, 'ageBand'),
    ethnicGroup: field(form, 'ethnicGroup'),
    disability: field(form, 'disability'),
    gender: field(form, 'gender'),
  };
}

function checkPreferences(values: PreferenceValues, errors: SubscriptionErrors): void {
  if (values.neighbourhoodIds.length === 0 && values.policingAreaIds.length === 0) {
    errors.areas = 'areas_missing';
  }
  if (values.interests.length === 0) errors.interests = 'interests_missing';
  if (!oneOf(RESIDENT_LANGUAGES, values.language)) errors.language = 'language_missing';
  if (!oneOf(EMAIL_FORMATS, values.format)) errors.format = 'format_missing';
  if (values.consent) {
    if (!oneOf(AGE_BANDS, values.ageBand)) errors.ageBand = 'age_band_missing';
    if (!oneOf(ETHNIC_GROUPS, values.ethnicGroup)) errors.ethnicGroup = 'ethnic_group_missing';
    if (!oneOf(DISABILITIES, values.disability)) errors.disability = 'disability_missing';
    if (!oneOf(GENDERS, values.gender)) errors.gender = 'gender_missing';
  }
}

/** Only called once checkPreferences found nothing wrong. */
function preferencesInput(values: PreferenceValues): PreferencesInput {
  const input: PreferencesInput = {
    neighbourhoodIds: values.neighbourhoodIds,
    policingAreaIds: values.policingAreaIds,
    interests: values.interests as SubscriptionInterest[],
    language: values.language as ResidentLanguage,
    format: values.format as EmailFormat,
  };
  // Without the separate consent, no answer is sent, even one left in the form.
  if (values.consent) {
    input.demographics = {
      ageBand: values.ageBand as Demographics['ageBand'],
      ethnicGroup: values.ethnicGroup as Demographics['ethnicGroup'],
      disability: values.disability as Demographics['disability'],
      gender: values.gender as Demographics['gender'],
    };
  }
  return input;
}

export function readPreferencesForm(form: FormData): Read<PreferenceValues, PreferencesInput> {
  const values = preferenceValues(form);
  const errors: SubscriptionErrors = {};
  checkPreferences(values, errors);
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: preferencesInput(values) };
}

export function readSubscriptionForm(form: FormData): Read<SubscriptionValues, SubscribeInput> {
  const values: SubscriptionValues = { email: field(form, 'email'), ...preferenceValues(form) };
  const errors: SubscriptionErrors = {};
  if (!values.email) errors.email = 'email_missing';
  else if (values.email.length > EMAIL_MAX) errors.email = 'email_too_long';
  else if (!EMAIL.test(values.email)) errors.email = 'email_invalid';
  checkPreferences(values, errors);
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: { email: values.email, ...preferencesInput(values) } };
}

/** A new subscription: this team ticked, the newsletter wanted, in the visitor's language. */
export function newSubscriptionValues(teamId: string, locale: string): SubscriptionValues {
  return {
    email: '',
    neighbourhoodIds: [teamId],
    policingAreaIds: [],
    interests: ['NEWSLETTER'],
    // The mail in the language of the page they signed up on, which they can change here.
    language: isLanguageCode(locale) ? residentLanguageOf(locale) : 'EN',
    format: 'HTML',
    consent: false,
    ageBand: '',
    ethnicGroup: '',
    disability: '',
    gender: '',
  };
}

/**
 * A subscriber's saved choices, as the manage form shows them: without the answers about
 * themselves, which the manage link never shows (see the about-you page).
 */
export function preferenceValuesOf(preferences: SubscriberPreferences): PreferenceValues {
  return {
    neighbourhoodIds: preferences.neighbourhoods.map((team) => team.id),
    policingAreaIds: preferences.policingAreas.map((area) => area.id),
    interests: [...preferences.interests],
    language: preferences.language,
    format: preferences.format,
    ...demographicValuesOf(null),
  };
}

export type DemographicValues = Pick<
  PreferenceValues,
  'consent' | 'ageBand' | 'ethnicGroup' | 'disability' | 'gender'
>;

/** The answers as the about-you form shows them; none given is the box unticked. */
export function demographicValuesOf(demographics: Demographics | null): DemographicValues {
  return {
    consent: demographics !== null,
    ageBand: demographics?.ageBand ?? '',
    ethnicGroup: demographics?.ethnicGroup ?? '',
    disability: demographics?.disability ?? '',
    gender: demographics?.gender ?? '',
  };
}

/** The about-you form: the answers with consent, or null (withdrawn) without it. */
export function readDemographicsForm(form: FormData): Read<DemographicValues, Demographics | null> {
  const values: DemographicValues = {
    consent: field(form, 'consent') === 'yes',
    ageBand: field(form, 'ageBand'),
    ethnicGroup: field(form, 'ethnicGroup'),
    disability: field(form, 'disability'),
    gender: field(form, 'gender'),
  };
  const errors: SubscriptionErrors = {};
  if (values.consent) {
    if (!oneOf(AGE_BANDS, values.ageBand)) errors.ageBand = 'age_band_missing';
    if (!oneOf(ETHNIC_GROUPS, values.ethnicGroup)) errors.ethnicGroup = 'ethnic_group_missing';
    if (!oneOf(DISABILITIES, values.disability)) errors.disability = 'disability_missing';
    if (!oneOf(GENDERS, values.gender)) errors.gender = 'gender_missing';
  }
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: values.consent
      ? {
          ageBand: values.ageBand as Demographics['ageBand'],
          ethnicGroup: values.ethnicGroup as Demographics['ethnicGroup'],
          disability: values.disability as Demographics['disability'],
          gender: values.gender as Demographics['gender'],
        }
      : null,
  };
}
