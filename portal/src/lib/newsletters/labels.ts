import { LANGUAGES, residentLanguageOf } from '@engage/shared/languages';
import { summaryProblems, type SummaryProblem } from '#lib/forms/error-messages.ts';
import { m } from '#lib/paraglide/messages.js';
import type { AgeBand, Disability, EthnicGroup, Gender } from '@engage/shared/demographics';
import type { NewsletterErrorKey } from '#lib/newsletters/form.ts';
import type { SubscriptionErrorKey } from '#lib/subscriptions/form.ts';
import { formatMonth } from '#lib/format.ts';
import {
  monthParts,
  type EmailFormat,
  type NewsletterStatus,
  type ResidentLanguage,
  type SubscriptionInterest,
} from '#lib/newsletters/newsletters.ts';

/** The newsletters API's enum values in the visitor's words. */
export const INTEREST_LABELS = {
  NEWSLETTER: m.subscription_interest_newsletter,
  UPDATES: m.subscription_interest_updates,
  EVENTS: m.subscription_interest_events,
  SURVEYS: m.subscription_interest_surveys,
} satisfies Record<SubscriptionInterest, () => string>;

export const INTEREST_HINTS = {
  NEWSLETTER: m.subscription_interest_newsletter_hint,
  UPDATES: m.subscription_interest_updates_hint,
  EVENTS: m.subscription_interest_events_hint,
  SURVEYS: m.subscription_interest_surveys_hint,
} satisfies Record<SubscriptionInterest, () => string>;

/** Each language in its own words, as GOV.UK writes a language choice (shared/src/languages.ts). */
export const LANGUAGE_LABELS = Object.fromEntries(
  LANGUAGES.map((language) => [residentLanguageOf(language.code), () => language.name]),
) as Record<ResidentLanguage, () => string>;

export const FORMAT_LABELS = {
  HTML: m.subscription_format_html,
  PLAIN_TEXT: m.subscription_format_plain_text,
  LARGE_PRINT: m.subscription_format_large_print,
} satisfies Record<EmailFormat, () => string>;

export const AGE_BAND_LABELS = {
  UNDER_18: m.subscription_age_under_18,
  AGE_18_24: m.subscription_age_18_24,
  AGE_25_34: m.subscription_age_25_34,
  AGE_35_44: m.subscription_age_35_44,
  AGE_45_54: m.subscription_age_45_54,
  AGE_55_64: m.subscription_age_55_64,
  AGE_65_74: m.subscription_age_65_74,
  AGE_75_PLUS: m.subscription_age_75_plus,
  PREFER_NOT_TO_SAY: m.subscription_prefer_not_to_say,
} satisfies Record<AgeBand, () => string>;

export const ETHNIC_GROUP_LABELS = {
  ASIAN: m.subscription_ethnic_asian,
  BLACK: m.subscription_ethnic_black,
  MIXED: m.subscription_ethnic_mixed,
  WHITE: m.subscription_ethnic_white,
  OTHER: m.subscription_ethnic_other,
  PREFER_NOT_TO_SAY: m.subscription_prefer_not_to_say,
} satisfies Record<EthnicGroup, () => string>;

export const DISABILITY_LABELS = {
  YES: m.subscription_disability_yes,
  NO: m.subscription_disability_no,
  PREFER_NOT_TO_SAY: m.subscription_prefer_not_to_say,
} satisfies Record<Disability, () => string>;

export const GENDER_LABELS = {
  WOMAN: m.subscription_gender_woman,
  MAN: m.subscription_gender_man,
  IN_ANOTHER_WAY: m.subscription_gender_another_way,
  PREFER_NOT_TO_SAY: m.subscription_prefer_not_to_say,
} satisfies Record<Gender, () => string>;

export const NEWSLETTER_STATUS_LABELS = {
  DRAFT: m.newsletter_status_draft,
  IN_REVIEW: m.newsletter_status_in_review,
  CHANGES_REQUESTED: m.newsletter_status_changes_requested,
  APPROVED: m.newsletter_status_approved,
  SCHEDULED: m.newsletter_status_scheduled,
  PUBLISHED: m.newsletter_status_published,
  WITHDRAWN: m.newsletter_status_withdrawn,
} satisfies Record<NewsletterStatus, () => string>;

const SUBSCRIPTION_ERRORS = {
  email_missing: m.subscription_error_email_missing,
  email_invalid: m.subscription_error_email_invalid,
  email_too_long: m.subscription_error_email_too_long,
  areas_missing: m.subscription_error_areas_missing,
  interests_missing: m.subscription_error_interests_missing,
  language_missing: m.subscription_error_language_missing,
  format_missing: m.subscription_error_format_missing,
  age_band_missing: m.subscription_error_age_band_missing,
  ethnic_group_missing: m.subscription_error_ethnic_group_missing,
  disability_missing: m.subscription_error_disability_missing,
  gender_missing: m.subscription_error_gender_missing,
} satisfies Record<SubscriptionErrorKey, () => string>;

export function subscriptionErrorText(key: SubscriptionErrorKey | undefined): string | undefined {
  return key ? SUBSCRIPTION_ERRORS[key]() : undefined;
}

/** The error summary's list in page order, then a problem with the whole form. */
export function subscriptionProblems(
  failure:
    { errors?: Partial<Record<string, SubscriptionErrorKey>>; problem?: string } | null | undefined,
  order: readonly string[],
): SummaryProblem[] {
  return summaryProblems(failure, order, (key) => SUBSCRIPTION_ERRORS[key]());
}

/** "2026-11" → "November 2026" / "Tachwedd 2026". */
export function monthText(month: string): string {
  const { year, month: number } = monthParts(month);
  return formatMonth(year, number);
}

const NEWSLETTER_ERRORS = {
  title_missing: m.newsletter_error_title_missing,
  title_too_long: m.newsletter_error_title_too_long,
  introduction_too_long: m.newsletter_error_introduction_too_long,
  advice_too_long: m.newsletter_error_advice_too_long,
  contact_too_long: m.newsletter_error_contact_too_long,
  comment_missing: m.newsletter_error_comment_missing,
  comment_too_long: m.newsletter_error_comment_too_long,
  when_missing: m.newsletter_error_when_missing,
  at_missing: m.newsletter_error_at_missing,
  at_invalid: m.newsletter_error_at_invalid,
  at_past: m.newsletter_error_at_past,
} satisfies Record<NewsletterErrorKey, () => string>;

export function newsletterErrorText(key: NewsletterErrorKey | undefined): string | undefined {
  return key ? NEWSLETTER_ERRORS[key]() : undefined;
}

/** The error summary's list for the staff newsletter forms, in page order. */
export function newsletterProblems(
  failure:
    { errors?: Partial<Record<string, NewsletterErrorKey>>; problem?: string } | null | undefined,
  order: readonly string[],
): SummaryProblem[] {
  return summaryProblems(failure, order, (key) => NEWSLETTER_ERRORS[key]());
}
