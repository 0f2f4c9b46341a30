import { field, isHttpsUrl, type FormFailure, type FormRead } from '#lib/forms/form.ts';
import { TITLE_MAX } from './priority-form.ts';

/** The service's limit for an update's body (API.md). */
export const BODY_MAX = 10_000;

export interface CommanderUpdateValues {
  title: string;
  body: string;
  videoUrl: string;
  /** "Also email this to the area's subscribers who want updates". */
  emailSubscribers: boolean;
}

export interface CommanderUpdateInput {
  title: string;
  body: string;
  videoUrl: string | null;
  emailSubscribers: boolean;
}

export function readCommanderUpdateForm(
  form: FormData,
): FormRead<CommanderUpdateValues, CommanderUpdateInput> {
  const values = {
    title: field(form, 'title'),
    body: field(form, 'body'),
    videoUrl: field(form, 'videoUrl'),
    emailSubscribers: field(form, 'emailSubscribers') === 'yes',
  };
  const errors: FormFailure<CommanderUpdateValues>['errors'] = {};
  if (!values.title) errors.title = 'title_missing';
  else if (values.title.length > TITLE_MAX) errors.title = 'title_too_long';
  if (!values.body) errors.body = 'body_missing';
  else if (values.body.length > BODY_MAX) errors.body = 'body_too_long';
  if (values.videoUrl && !isHttpsUrl(values.videoUrl)) errors.videoUrl = 'video_url_invalid';

  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: { ...values, videoUrl: values.videoUrl || null } };
}
