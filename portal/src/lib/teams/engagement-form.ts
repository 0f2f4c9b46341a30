import { ENGAGEMENT_KINDS, type EngagementKind } from '#lib/teams/team-work.ts';
import { ukToday } from '@engage/shared/uk-time';
import { isLocalDate } from '#lib/forms/dates.ts';
import { field, list, type FormFailure, type FormRead } from '#lib/forms/form.ts';

export const PLACE_MAX = 200;
export const NOTES_MAX = 2000;

/** As typed: partners and communities one per line or separated by commas. */
export interface EngagementValues {
  kind: string;
  heldOn: string;
  place: string;
  attendance: string;
  partners: string;
  communitiesReached: string;
  notes: string;
}

/** The fields in page order, for the error summary. */
export const ENGAGEMENT_ORDER: (keyof EngagementValues)[] = [
  'kind',
  'heldOn',
  'place',
  'attendance',
  'partners',
  'communitiesReached',
  'notes',
];

export interface EngagementInput {
  kind: EngagementKind;
  heldOn: string;
  place: string;
  attendance: number | null;
  partners: string[];
  communitiesReached: string[];
  notes: string | null;
}

export function readEngagementForm(
  form: FormData,
  today: string = ukToday(),
): FormRead<EngagementValues, EngagementInput> {
  const values: EngagementValues = {
    kind: field(form, 'kind'),
    heldOn: field(form, 'heldOn'),
    place: field(form, 'place'),
    attendance: field(form, 'attendance'),
    partners: field(form, 'partners'),
    communitiesReached: field(form, 'communitiesReached'),
    notes: field(form, 'notes'),
  };
  const errors: FormFailure<EngagementValues>['errors'] = {};
  const kind = ENGAGEMENT_KINDS.find((option) => option === values.kind);
  if (!kind) errors.kind = 'kind_missing';
  if (!values.heldOn) errors.heldOn = 'date_missing';
  else if (!isLocalDate(values.heldOn)) errors.heldOn = 'date_invalid';
  else if (values.heldOn > today) errors.heldOn = 'date_future';
  if (!values.place) errors.place = 'place_missing';
  else if (values.place.length > PLACE_MAX) errors.place = 'place_too_long';
  if (values.attendance && !/^\d{1,6}$/.test(values.attendance)) {
    errors.attendance = 'attendance_invalid';
  }
  if (values.notes.length > NOTES_MAX) errors.notes = 'text_too_long';

  if (Object.keys(errors).length > 0 || !kind) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: {
      kind,
      heldOn: values.heldOn,
      place: values.place,
      attendance: values.attendance ? Number(values.attendance) : null,
      partners: list(values.partners),
      communitiesReached: list(values.communitiesReached),
      notes: values.notes || null,
    },
  };
}

/** An engagement back in its form, to edit it. */
export function engagementValues(engagement: {
  kind: string;
  heldOn: string;
  place: string;
  attendance: number | null;
  partners: string[];
  communitiesReached: string[];
  notes: string | null;
}): EngagementValues {
  return {
    kind: engagement.kind,
    heldOn: engagement.heldOn,
    place: engagement.place,
    attendance: engagement.attendance === null ? '' : String(engagement.attendance),
    partners: engagement.partners.join('\n'),
    communitiesReached: engagement.communitiesReached.join('\n'),
    notes: engagement.notes ?? '',
  };
}
