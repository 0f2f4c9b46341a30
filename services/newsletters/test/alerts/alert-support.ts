import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Actor } from '@engage/shared';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import type { NewsletterTestStack } from '../support/newsletter-test-stack.ts';

export const ALERT_FIELDS = `id audience source status urgent title body linkUrl audienceName
  neighbourhoodId policingAreaId reviewComment sentAt recipientCount`;

export interface AlertView {
  id: string;
  audience: 'TEAM' | 'AREA';
  status: string;
  urgent: boolean;
  title: string;
  recipientCount: number | null;
}

export const CREATE = `mutation($input: AlertInput!) { createAlertDraft(input: $input) { ${ALERT_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitAlertForReview(id: $id) { ${ALERT_FIELDS} } }`;
export const SEND = `mutation($id: ID!) { sendAlert(id: $id) { ${ALERT_FIELDS} } }`;
export const APPROVE = `mutation($id: ID!) { approveAlert(id: $id) { ${ALERT_FIELDS} } }`;
export const REQUEST_CHANGES = `mutation($id: ID!, $comment: String!) { requestAlertChanges(id: $id, comment: $comment) { ${ALERT_FIELDS} } }`;
export const URGENT = `mutation($id: ID!) { sendUrgentAlert(id: $id) { ${ALERT_FIELDS} } }`;
export const TEAM_ALERTS = `query($id: ID!) { teamAlerts(neighbourhoodId: $id) { ${ALERT_FIELDS} } }`;
export const AREA_ALERTS = `query($id: ID!) { areaAlerts(policingAreaId: $id) { ${ALERT_FIELDS} } }`;
export const QUEUE = `{ alertReviewQueue { id status } }`;

/** Runs one operation as an actor; the test fails on any error. */
export async function as<Data = Record<string, AlertView>>(
  stack: NewsletterTestStack,
  actor: Actor,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const result = await stack.harness.execute<Data>(query, { actor, variables });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** A resident as fan-out finds them: confirmed, with UPDATES, unless told otherwise. */
export async function resident(
  stack: NewsletterTestStack,
  email: string,
  choices: Partial<Subscriber>,
): Promise<Subscriber> {
  const em = stack.harness.orm.em.fork();
  const row = em.create(Subscriber, {
    id: randomUUID(),
    email,
    emailKey: email,
    status: 'CONFIRMED',
    interests: ['UPDATES'],
    confirmedAt: new Date(),
    ...choices,
  });
  await em.flush();
  return row;
}

/** Waits until the mail worker has finished every delivery of an alert; returns them. */
export async function deliveriesOf(
  stack: NewsletterTestStack,
  alertId: string,
  timeoutMs = 20_000,
): Promise<Delivery[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await stack.harness.orm.em
      .fork()
      .find(Delivery, { kind: 'ALERT', subjectId: alertId });
    if (rows.every((row) => ['SENT', 'FAILED', 'SUPPRESSED'].includes(row.status))) return rows;
    if (Date.now() > deadline) throw new Error(`deliveries of alert ${alertId} still waiting`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
