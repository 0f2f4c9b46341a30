import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { isReviewer, maySendUrgentAlert, type Actor } from '@engage/shared/auth';
import { field, refused, type FormFailure } from '#lib/forms/form.ts';
import { graphql } from '#lib/graphql/index.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';
import { readAlertForm, type AlertValues } from './alert-form.ts';
import { intentOf } from './alerts.ts';

/** The staff reads and writes of the alerts API (newsletters: alerts/). */

graphql(`
  fragment AlertFields on Alert {
    id
    audience
    source
    audienceName
    title
    body
    linkUrl
    status
    urgent
    reviewComment
    createdAt
    sentAt
    recipientCount
  }
`);

export const TEAM_ALERTS = graphql(`
  query TeamAlerts($neighbourhoodId: ID!) {
    alertsNeedReview
    teamAlerts(neighbourhoodId: $neighbourhoodId, first: 20) {
      ...AlertFields
    }
  }
`);

/** The force's rule, for a write: whether "send" means "send for review". */
export const ALERT_RULE = graphql(`
  query AlertRule {
    alertsNeedReview
  }
`);

export const AREA_ALERTS = graphql(`
  query AreaAlerts($slug: String!) {
    alertsNeedReview
    policingArea(slug: $slug) {
      id
      slug
      name
    }
  }
`);

export const AREA_ALERT_LIST = graphql(`
  query AreaAlertList($policingAreaId: ID!) {
    areaAlerts(policingAreaId: $policingAreaId, first: 20) {
      ...AlertFields
    }
  }
`);

export const ALERT_REVIEW_QUEUE = graphql(`
  query AlertReviewQueue {
    alertReviewQueue {
      ...AlertFields
    }
  }
`);

const CREATE = graphql(`
  mutation CreateAlertDraft($input: AlertInput!) {
    createAlertDraft(input: $input) {
      id
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAlertForReview($id: ID!) {
    submitAlertForReview(id: $id) {
      id
      status
    }
  }
`);

const SEND = graphql(`
  mutation SendAlert($id: ID!) {
    sendAlert(id: $id) {
      id
      status
    }
  }
`);

const SEND_URGENT = graphql(`
  mutation SendUrgentAlert($id: ID!) {
    sendUrgentAlert(id: $id) {
      id
      status
    }
  }
`);

export const APPROVE_ALERT = graphql(`
  mutation ApproveAlert($id: ID!) {
    approveAlert(id: $id) {
      id
      title
      status
      recipientCount
    }
  }
`);

export const REQUEST_ALERT_CHANGES = graphql(`
  mutation RequestAlertChanges($id: ID!, $comment: String!) {
    requestAlertChanges(id: $id, comment: $comment) {
      id
      title
      status
    }
  }
`);

/** What the signed-in member of staff may do with alerts here (the services decide again). */
export function alertAbilities(actor: Actor, policingAreaId: string) {
  return {
    sendsUrgently: maySendUrgentAlert(actor, policingAreaId),
    reviews: isReviewer(actor),
  };
}

/** Who an alert is for: one team, or a whole NPA. */
export type AlertTarget = { neighbourhoodId: string } | { policingAreaId: string };

export interface Place {
  gateway: Gateway;
  actor: Actor;
  target: AlertTarget;
  policingAreaId: string;
  needsReview: boolean;
  /** The page's own path, to come back to after a write. */
  path: string;
}

type Problem = { problem: string };
type Written = ActionFailure<FormFailure<AlertValues>> | { confirmUrgent: string };

/**
 * The alert form: creates the draft, then does what the button said. "Send" sends it, or sends
 * it for review when the force has alerts reviewed; "urgent" only asks first (the page shows an
 * "Are you sure?" that posts to `sendAction`); "draft" keeps it. Always back to the page (303),
 * with what happened in the address, so a reload sends nothing twice.
 */
export async function writeAlert(place: Place, form: FormData): Promise<Written> {
  const read = readAlertForm(form);
  if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
  const created = await formWrite(() =>
    place.gateway.request(CREATE, { input: { ...place.target, ...read.input } }),
  );
  if (!created.ok) return fail(400, refused(read.values, created.problem));
  const id = created.value.createAlertDraft.id;
  const intent = intentOf(form.get('intent'));
  if (intent === 'draft') redirect(303, `${place.path}?saved=${id}`);
  if (intent === 'urgent' && maySendUrgentAlert(place.actor, place.policingAreaId)) {
    return { confirmUrgent: id };
  }
  const outcome = await sendOrSubmit(place, id);
  if ('problem' in outcome) return fail(400, refused(read.values, outcome.problem));
  redirect(303, outcome.to);
}

async function sendOrSubmit(place: Place, id: string): Promise<Problem | { to: string }> {
  const result = await formWrite(
    async (): Promise<unknown> =>
      place.needsReview
        ? place.gateway.request(SUBMIT, { id })
        : place.gateway.request(SEND, { id }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return { problem: result.problem };
  return { to: `${place.path}?${place.needsReview ? 'submitted' : 'sent'}=${id}` };
}

/** The buttons on a listed alert: send (or send for review), send urgently, approve. */
export async function actOnAlert(
  place: Place,
  form: FormData,
  action: 'send' | 'urgent' | 'approve',
): Promise<ActionFailure<Problem> | { confirmUrgent: string }> {
  const id = field(form, 'id');
  if (action === 'send') {
    const outcome = await sendOrSubmit(place, id);
    if ('problem' in outcome) return fail(400, outcome);
    redirect(303, outcome.to);
  }
  if (action === 'urgent' && field(form, 'confirm') !== 'yes') return { confirmUrgent: id };
  const result = await formWrite(
    async (): Promise<unknown> =>
      action === 'urgent'
        ? place.gateway.request(SEND_URGENT, { id })
        : place.gateway.request(APPROVE_ALERT, { id }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, `${place.path}?sent=${id}`);
}
