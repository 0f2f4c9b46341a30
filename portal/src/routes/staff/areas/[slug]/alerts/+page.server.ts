import { error } from '@sveltejs/kit';
import {
  actOnAlert,
  alertAbilities,
  AREA_ALERT_LIST,
  AREA_ALERTS,
  writeAlert,
  type Place,
} from '#lib/alerts/alerts.server.ts';
import { doneFrom } from '#lib/alerts/alert-page.server.ts';
import type { AlertSummary } from '#lib/alerts/alerts.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import { postsForArea } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The NPA and the force's rule, for its commander or an administrator only. */
async function areaOf({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>) {
  const { policingArea, alertsNeedReview } = await orStatusPage(
    locals.gateway.request(AREA_ALERTS, { slug: params.slug }),
  );
  if (!policingArea) error(404, 'NOT_FOUND');
  if (!postsForArea(locals.actor, policingArea.id)) error(403, 'FORBIDDEN');
  const place: Place = {
    gateway: locals.gateway,
    actor: locals.actor,
    target: { policingAreaId: policingArea.id },
    policingAreaId: policingArea.id,
    needsReview: alertsNeedReview,
    path: url.pathname,
  };
  return { area: policingArea, place };
}

export const load = (async (event) => {
  const { area, place } = await areaOf(event);
  const { areaAlerts } = await orStatusPage(
    event.locals.gateway.request(AREA_ALERT_LIST, { policingAreaId: area.id }),
  );
  const alerts = areaAlerts as AlertSummary[];
  return {
    area,
    alerts,
    needsReview: place.needsReview,
    ...alertAbilities(event.locals.actor, area.id),
    done: doneFrom(event.url, alerts),
  };
}) satisfies PageServerLoad;

export const actions = {
  create: async (event) => writeAlert((await areaOf(event)).place, await event.request.formData()),
  send: async (event) =>
    actOnAlert((await areaOf(event)).place, await event.request.formData(), 'send'),
  urgent: async (event) =>
    actOnAlert((await areaOf(event)).place, await event.request.formData(), 'urgent'),
  approve: async (event) =>
    actOnAlert((await areaOf(event)).place, await event.request.formData(), 'approve'),
} satisfies Actions;
