import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { field, refused } from '#lib/forms/form.ts';
import {
  EXCLUDE_OPEN_LINK,
  INCLUDE_OPEN_LINK,
  roundToPutRight,
  VOID_ROUND,
} from '#lib/surveys/admin.server.ts';
import {
  readAnswersForm,
  readVoidForm,
  type AnswersChange,
  type PutRightErrorKey,
} from './put-right-form.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

/**
 * Putting a round right, for an administrator: void it, or leave its open-link answers out of
 * the published figures (and count them again). Each asks first, because it changes what the
 * public sees; the service checks the role again, records the change and who made it.
 */

function requireAdmin(locals: App.Locals): void {
  if (locals.actor.kind !== 'staff' || locals.actor.role !== 'ADMIN') error(403, 'FORBIDDEN');
}

/** What the first POST asks the administrator to confirm, sent back with confirm=yes. */
export interface PutRightConfirm {
  kind: 'void' | AnswersChange;
  reason: string;
  scope: string;
  days: string[];
}

/** A form that came back: which one, what was typed, and what is wrong. */
export interface PutRightFailure {
  form: 'void' | AnswersChange;
  values: { reason: string; scope: string; days: string[] };
  errors: Partial<Record<string, PutRightErrorKey>>;
  problem?: string;
}

const failed = (failure: PutRightFailure) => fail(400, { failed: failure });
const asking = (confirm: PutRightConfirm) => ({ confirm });

const DONE = ['voided', 'excluded', 'included'] as const;
type Done = (typeof DONE)[number];

export const load = (async ({ locals, params, url }) => {
  requireAdmin(locals);
  const round = await roundToPutRight(locals.gateway, params.id);
  if (!round) error(404, 'NOT_FOUND');
  const done = url.searchParams.get('done');
  return {
    round,
    done: (DONE as readonly string[]).includes(done ?? '') ? (done as Done) : null,
    count: Number(url.searchParams.get('count')) || 0,
  };
}) satisfies PageServerLoad;

async function changeAnswers(event: RequestEvent<{ id: string }>, change: AnswersChange) {
  requireAdmin(event.locals);
  const form = await event.request.formData();
  const read = readAnswersForm(form, change);
  if (!read.ok) return failed({ form: change, values: read.values, errors: read.errors });
  if (field(form, 'confirm') !== 'yes') {
    return asking({ kind: change, ...read.values, days: read.days });
  }
  const variables = { roundId: event.params.id, days: read.days, reason: read.values.reason };
  const { gateway } = event.locals;
  const result = await formWrite(
    async () =>
      change === 'exclude'
        ? (await gateway.request(EXCLUDE_OPEN_LINK, variables)).excludeOpenLinkAnswers
        : (await gateway.request(INCLUDE_OPEN_LINK, variables)).includeOpenLinkAnswers,
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) {
    return failed({ form: change, ...refused(read.values, result) });
  }
  const changed = result.value.changed;
  redirect(303, `${event.url.pathname}?done=${change}d&count=${changed}`);
}

export const actions = {
  void: async (event) => {
    requireAdmin(event.locals);
    const form = await event.request.formData();
    const read = readVoidForm(form);
    const values = { reason: read.values.reason, scope: '', days: [] };
    if (!read.ok) return failed({ form: 'void', values, errors: read.errors });
    if (field(form, 'confirm') !== 'yes') return asking({ kind: 'void', ...values });
    const result = await formWrite(
      () =>
        event.locals.gateway.request(VOID_ROUND, {
          roundId: event.params.id,
          reason: read.values.reason,
        }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) {
      return failed({ form: 'void', ...refused(values, result) });
    }
    redirect(303, `${event.url.pathname}?done=voided`);
  },
  exclude: (event) => changeAnswers(event, 'exclude'),
  include: (event) => changeAnswers(event, 'include'),
} satisfies Actions;
