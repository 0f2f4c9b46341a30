import {
  actOnAlert,
  ALERT_RULE,
  alertAbilities,
  TEAM_ALERTS,
  writeAlert,
  type Place,
} from '#lib/alerts/alerts.server.ts';
import { doneFrom } from '#lib/alerts/alert-page.server.ts';
import type { AlertSummary } from '#lib/alerts/alerts.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The team's managers write its alerts (the layout and the service both check). */
export const load = (async ({ locals, parent, url }) => {
  const { team } = await parent();
  const { alertsNeedReview, teamAlerts } = await orStatusPage(
    locals.gateway.request(TEAM_ALERTS, { neighbourhoodId: team.id }),
  );
  const alerts = teamAlerts as AlertSummary[];
  return {
    alerts,
    needsReview: alertsNeedReview,
    ...alertAbilities(locals.actor, team.policingArea.id),
    done: doneFrom(url, alerts),
  };
}) satisfies PageServerLoad;

async function placeOf({ locals, params, url }: RequestEvent): Promise<Place> {
  const team = await teamFor(locals.gateway, locals.actor, params.slug);
  const { alertsNeedReview } = await orStatusPage(locals.gateway.request(ALERT_RULE, {}));
  return {
    gateway: locals.gateway,
    actor: locals.actor,
    target: { neighbourhoodId: team.id },
    policingAreaId: team.policingArea.id,
    needsReview: alertsNeedReview,
    path: url.pathname,
  };
}

export const actions = {
  create: async (event) => writeAlert(await placeOf(event), await event.request.formData()),
  send: async (event) => actOnAlert(await placeOf(event), await event.request.formData(), 'send'),
  urgent: async (event) =>
    actOnAlert(await placeOf(event), await event.request.formData(), 'urgent'),
  approve: async (event) =>
    actOnAlert(await placeOf(event), await event.request.formData(), 'approve'),
} satisfies Actions;
