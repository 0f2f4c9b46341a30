import type { StaffNewsletter } from '#lib/newsletters/newsletters.ts';
import { isLocalDateTime, isoToLondon, londonToIso } from '#lib/forms/dates.ts';
import { characters, field } from '#lib/forms/form.ts';

/** An issue's words, as the staff form sends them; priorities and events are the team's own. */
export interface NewsletterValues {
  title: string;
  authorOfficerId: string;
  introduction: string;
  advice: string;
  contact: string;
}

export type NewsletterErrorKey =
  | 'title_missing'
  | 'title_too_long'
  | 'introduction_too_long'
  | 'advice_too_long'
  | 'contact_too_long'
  | 'comment_missing'
  | 'comment_too_long'
  | 'when_missing'
  | 'at_missing'
  | 'at_invalid'
  | 'at_past';

export const NEWSLETTER_ORDER: (keyof NewsletterValues)[] = [
  'title',
  'authorOfficerId',
  'introduction',
  'advice',
  'contact',
];

/** API.md: title 1–150 characters, introduction HTML up to 20,000. */
export const TITLE_MAX = 150;
export const RICH_TEXT_MAX = 20_000;
/** A phone number, an email address and opening hours fit easily. */
export const CONTACT_MAX = 2_000;
export const COMMENT_MAX = 2_000;

export type NewsletterRead =
  | { ok: true; values: NewsletterValues }
  | {
      ok: false;
      values: NewsletterValues;
      errors: Partial<Record<keyof NewsletterValues, NewsletterErrorKey>>;
    };

export function readNewsletterForm(form: FormData): NewsletterRead {
  const values: NewsletterValues = {
    title: field(form, 'title'),
    authorOfficerId: field(form, 'authorOfficerId'),
    introduction: field(form, 'introduction'),
    advice: field(form, 'advice'),
    contact: field(form, 'contact'),
  };
  const errors: Partial<Record<keyof NewsletterValues, NewsletterErrorKey>> = {};
  if (!values.title) errors.title = 'title_missing';
  else if (characters(values.title) > TITLE_MAX) errors.title = 'title_too_long';
  if (characters(values.introduction) > RICH_TEXT_MAX)
    errors.introduction = 'introduction_too_long';
  if (characters(values.advice) > RICH_TEXT_MAX) errors.advice = 'advice_too_long';
  if (characters(values.contact) > CONTACT_MAX) errors.contact = 'contact_too_long';
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values };
}

export function newsletterValues(newsletter: StaffNewsletter): NewsletterValues {
  return {
    title: newsletter.title,
    authorOfficerId: newsletter.author?.officerId ?? '',
    introduction: newsletter.introduction,
    advice: newsletter.advice,
    contact: newsletter.contact,
  };
}

/** A reviewer's request for changes: what to change, in words the team can act on. */
export function readReviewComment(
  form: FormData,
): { ok: true; comment: string } | { ok: false; comment: string; error: NewsletterErrorKey } {
  const comment = field(form, 'comment');
  if (!comment) return { ok: false, comment, error: 'comment_missing' };
  if (characters(comment) > COMMENT_MAX) return { ok: false, comment, error: 'comment_too_long' };
  return { ok: true, comment };
}

export interface PublishValues {
  when: string;
  at: string;
}

/** Publish now (`at` null), or at a UK date and time still to come. */
export function readPublishForm(
  form: FormData,
  now: Date = new Date(),
):
  | { ok: true; values: PublishValues; at: string | null }
  | {
      ok: false;
      values: PublishValues;
      errors: Partial<Record<'when' | 'at', NewsletterErrorKey>>;
    } {
  const values: PublishValues = { when: field(form, 'when'), at: field(form, 'at') };
  if (values.when === 'now') return { ok: true, values, at: null };
  if (values.when !== 'later') return { ok: false, values, errors: { when: 'when_missing' } };
  if (!values.at) return { ok: false, values, errors: { at: 'at_missing' } };
  if (!isLocalDateTime(values.at)) return { ok: false, values, errors: { at: 'at_invalid' } };
  const at = londonToIso(values.at);
  if (Date.parse(at) <= now.getTime()) return { ok: false, values, errors: { at: 'at_past' } };
  return { ok: true, values, at };
}

/** The scheduled time, as the form shows it again. */
export function scheduledValue(iso: string | null): string {
  return iso ? isoToLondon(iso) : '';
}
