import { characters, field, isHttpsUrl, type FormFailure, type FormRead } from '#lib/forms/form.ts';

/** The service's limits (newsletters alert.input.ts): a subject line, and a few paragraphs. */
export const ALERT_TITLE_MAX = 120;
export const ALERT_BODY_MAX = 2000;

export interface AlertValues {
  title: string;
  body: string;
  linkUrl: string;
}

export interface AlertContent {
  title: string;
  body: string;
  linkUrl: string | null;
}

/** What the writer typed, checked as the service will check it. */
export function readAlertForm(form: FormData): FormRead<AlertValues, AlertContent> {
  const values = {
    title: field(form, 'title'),
    body: field(form, 'body'),
    linkUrl: field(form, 'linkUrl'),
  };
  const errors: FormFailure<AlertValues>['errors'] = {};
  if (!values.title) errors.title = 'title_missing';
  else if (characters(values.title) > ALERT_TITLE_MAX) errors.title = 'alert_title_too_long';
  if (!values.body) errors.body = 'alert_body_missing';
  else if (characters(values.body) > ALERT_BODY_MAX) errors.body = 'alert_body_too_long';
  if (values.linkUrl && !isHttpsUrl(values.linkUrl)) errors.linkUrl = 'link_invalid';

  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: { ...values, linkUrl: values.linkUrl || null } };
}

/** The service's field names, for a refusal it pinned to one field. */
export const ALERT_FIELDS = ['title', 'body', 'linkUrl'] as const;
