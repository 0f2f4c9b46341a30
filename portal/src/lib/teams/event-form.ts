import type { CommunityEvent } from '#lib/teams/team-work.ts';
import { isLocalDateTime, isoToLondon, londonToIso } from '#lib/forms/dates.ts';
import { field, type FormFailure, type FormRead } from '#lib/forms/form.ts';
import { TEXT_MAX, TITLE_MAX } from './priority-form.ts';
import { PLACE_MAX } from './engagement-form.ts';

/** Times as `<input type="datetime-local">` sends them, in UK time. */
export interface EventValues {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  accessibilityNotes: string;
}

/** The fields in page order, for the error summary. */
export const EVENT_ORDER: (keyof EventValues)[] = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'place',
  'accessibilityNotes',
];

export interface EventInput {
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string | null;
  place: string;
  accessibilityNotes: string | null;
}

export function readEventForm(form: FormData): FormRead<EventValues, EventInput> {
  const values: EventValues = {
    title: field(form, 'title'),
    description: field(form, 'description'),
    startsAt: field(form, 'startsAt'),
    endsAt: field(form, 'endsAt'),
    place: field(form, 'place'),
    accessibilityNotes: field(form, 'accessibilityNotes'),
  };
  const errors: FormFailure<EventValues>['errors'] = {};
  if (!values.title) errors.title = 'title_missing';
  else if (values.title.length > TITLE_MAX) errors.title = 'title_too_long';
  if (values.description.length > TEXT_MAX) errors.description = 'text_too_long';
  if (!values.startsAt) errors.startsAt = 'starts_missing';
  else if (!isLocalDateTime(values.startsAt)) errors.startsAt = 'date_time_invalid';
  if (values.endsAt && !isLocalDateTime(values.endsAt)) errors.endsAt = 'date_time_invalid';
  else if (values.endsAt && !errors.startsAt && values.endsAt <= values.startsAt) {
    errors.endsAt = 'ends_before_start';
  }
  if (!values.place) errors.place = 'place_missing';
  else if (values.place.length > PLACE_MAX) errors.place = 'place_too_long';
  if (values.accessibilityNotes.length > TEXT_MAX) errors.accessibilityNotes = 'text_too_long';

  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: {
      title: values.title,
      description: values.description || null,
      startsAt: londonToIso(values.startsAt),
      endsAt: values.endsAt ? londonToIso(values.endsAt) : null,
      place: values.place,
      accessibilityNotes: values.accessibilityNotes || null,
    },
  };
}

export function eventValues(event: CommunityEvent): EventValues {
  return {
    title: event.title,
    description: event.description ?? '',
    startsAt: isoToLondon(event.startsAt),
    endsAt: event.endsAt ? isoToLondon(event.endsAt) : '',
    place: event.place,
    accessibilityNotes: event.accessibilityNotes ?? '',
  };
}
