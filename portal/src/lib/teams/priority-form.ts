import { PRIORITY_SOURCES, type PrioritySource } from '#lib/teams/team-work.ts';
import { ukToday } from '@engage/shared/uk-time';
import { isLocalDate } from '#lib/forms/dates.ts';
import { field, type FormFailure, type FormRead } from '#lib/forms/form.ts';

/** The service's limits (API.md): a title of 1–200 characters, the rest 1–2000. */
export const TITLE_MAX = 200;
export const TEXT_MAX = 2000;

export interface PriorityValues {
  title: string;
  residentsSaid: string;
  source: string;
  year: string;
  quarter: string;
}

export interface PriorityInput {
  title: string;
  residentsSaid: string;
  source: PrioritySource;
  year: number;
  quarter: number;
}

export function readPriorityForm(form: FormData): FormRead<PriorityValues, PriorityInput> {
  const values: PriorityValues = {
    title: field(form, 'title'),
    residentsSaid: field(form, 'residentsSaid'),
    source: field(form, 'source'),
    year: field(form, 'year'),
    quarter: field(form, 'quarter'),
  };
  const errors: FormFailure<PriorityValues>['errors'] = {};
  if (!values.title) errors.title = 'title_missing';
  else if (values.title.length > TITLE_MAX) errors.title = 'title_too_long';
  if (!values.residentsSaid) errors.residentsSaid = 'said_missing';
  else if (values.residentsSaid.length > TEXT_MAX) errors.residentsSaid = 'text_too_long';
  const source = PRIORITY_SOURCES.find((option) => option === values.source);
  if (!source) errors.source = 'source_missing';
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) errors.year = 'year_invalid';
  const quarter = Number(values.quarter);
  if (![1, 2, 3, 4].includes(quarter)) errors.quarter = 'quarter_missing';

  if (Object.keys(errors).length > 0 || !source) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: { title: values.title, residentsSaid: values.residentsSaid, source, year, quarter },
  };
}

export interface PriorityUpdateValues {
  actionOn: string;
  weDid: string;
}

export function readPriorityUpdateForm(
  form: FormData,
  today: string = ukToday(),
): FormRead<PriorityUpdateValues, PriorityUpdateValues> {
  const values = { actionOn: field(form, 'actionOn'), weDid: field(form, 'weDid') };
  const errors: FormFailure<PriorityUpdateValues>['errors'] = {};
  if (!values.actionOn) errors.actionOn = 'date_missing';
  else if (!isLocalDate(values.actionOn)) errors.actionOn = 'date_invalid';
  else if (values.actionOn > today) errors.actionOn = 'date_future';
  if (!values.weDid) errors.weDid = 'we_did_missing';
  else if (values.weDid.length > TEXT_MAX) errors.weDid = 'text_too_long';
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, input: values };
}
