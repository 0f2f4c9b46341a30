import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { isReviewer, mayManageArea, mayManageTeam } from '@engage/shared/auth';
import { appError, textProblem } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { newsletterSettings } from '../../settings.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { alertAudience, alertForChange, requireStaff } from './alert-access.ts';
import { Alert } from './alert.entity.ts';
import { AlertInput } from './alert.input.ts';
import { sendAlert } from './send-alert.ts';

/** A page of 50 alerts is months of them for one team: enough to see what was said lately. */
const MAX_PAGE = 50;
const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'] as const;

function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw appError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_PAGE} alerts.`, {
      field: 'first',
    });
  }
  return first;
}

/** A reviewer's comment: 1 to 2000 characters of plain text, or BAD_USER_INPUT on `comment`. */
function checkedComment(comment: string): string {
  const text = comment.trim();
  if (!text || textProblem(text, { max: 2000 }) !== null) {
    throw appError('BAD_USER_INPUT', 'Say what to change, in 2000 characters or fewer.', {
      field: 'comment',
    });
  }
  return text;
}

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => Boolean, {
    description: 'Whether this force has staff alerts approved by a reviewer before they are sent.',
  })
  alertsNeedReview(@Ctx() { actor }: NewslettersContext): boolean {
    requireStaff(actor);
    return newsletterSettings().alertsNeedReview;
  }

  @Query(() => [Alert], { description: 'A team’s alerts, newest first: its managers.' })
  async teamAlerts(
    @Arg('neighbourhoodId', () => ID, { description: 'The team: one the caller may read.' })
    neighbourhoodId: string,
    @Arg('first', () => Int, {
      description: 'How many of the latest alerts to return, newest first.',
      defaultValue: 20,
    })
    first: number,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert[]> {
    requireStaff(actor);
    const team = isUUID(neighbourhoodId)
      ? await em.findOne(KnownNeighbourhood, { id: neighbourhoodId })
      : null;
    if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
    if (!mayManageTeam(actor, team)) {
      throw appError('FORBIDDEN', 'You can only see your own team’s alerts.');
    }
    return em.find(
      Alert,
      { neighbourhoodId: team.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: checkedFirst(first) },
    );
  }

  @Query(() => [Alert], {
    description: 'Alerts to a whole NPA (and its commander’s emailed updates): its commander.',
  })
  async areaAlerts(
    @Arg('policingAreaId', () => ID, {
      description: 'The NPA: its commander, reviewers and admins.',
    })
    policingAreaId: string,
    @Arg('first', () => Int, {
      description: 'How many of the latest alerts to return, newest first.',
      defaultValue: 20,
    })
    first: number,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert[]> {
    requireStaff(actor);
    if (!isUUID(policingAreaId) || !mayManageArea(actor, policingAreaId)) {
      throw appError('FORBIDDEN', 'Only the area’s commander can see its alerts.');
    }
    return em.find(
      Alert,
      { policingAreaId, audience: 'AREA' },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: checkedFirst(first) },
    );
  }

  @Query(() => [Alert], { description: 'Alerts waiting for review, oldest first: reviewers.' })
  alertReviewQueue(@Ctx() { em, actor }: NewslettersContext): Promise<Alert[]> {
    requireStaff(actor);
    if (!isReviewer(actor)) throw appError('FORBIDDEN', 'Only reviewers can review alerts.');
    return em.find(
      Alert,
      { status: 'IN_REVIEW' },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: MAX_PAGE },
    );
  }

  @Mutation(() => Alert, { description: 'A new alert for a team or an NPA, as a DRAFT.' })
  async createAlertDraft(
    @Arg('input', { description: 'The alert, saved as a draft.' }) input: AlertInput,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    requireStaff(actor);
    const audience = await alertAudience(em, actor, input);
    const alert = em.create(Alert, {
      id: randomUUID(),
      ...audience,
      title: input.title.trim(),
      body: input.body.trim(),
      linkUrl: input.linkUrl?.trim() || null,
      createdBy: actor.id,
    });
    await em.flush();
    return alert;
  }

  @Mutation(() => Alert, { description: 'Only in DRAFT or CHANGES_REQUESTED; the audience stays.' })
  updateAlertDraft(
    @Arg('id', () => ID, { description: 'The draft to change.' }) id: string,
    @Arg('input', { description: 'The alert as it should now be.' }) input: AlertInput,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'write', EDITABLE);
      Object.assign(alert, {
        title: input.title.trim(),
        body: input.body.trim(),
        linkUrl: input.linkUrl?.trim() || null,
      });
      return alert;
    });
  }

  @Mutation(() => Alert, { description: 'DRAFT or CHANGES_REQUESTED → IN_REVIEW.' })
  submitAlertForReview(
    @Arg('id', () => ID, { description: 'The draft to send for review.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'write', EDITABLE);
      alert.status = 'IN_REVIEW';
      alert.submittedAt = new Date();
      return alert;
    });
  }

  @Mutation(() => Alert, {
    description:
      'DRAFT or CHANGES_REQUESTED → SENT, when the force has no review of alerts ' +
      '(otherwise CONFLICT: submit it for review, or send it as urgent).',
  })
  sendAlert(
    @Arg('id', () => ID, { description: 'The approved alert to send.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    requireStaff(actor);
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'write', EDITABLE);
      if (newsletterSettings().alertsNeedReview) {
        throw appError('CONFLICT', 'A reviewer must approve this alert before it is sent.', {
          status: alert.status,
        });
      }
      await sendAlert(tx, alert, actor, 'unreviewed');
      return alert;
    });
  }

  @Mutation(() => Alert, { description: 'Reviewers: IN_REVIEW → SENT (approving sends it).' })
  approveAlert(
    @Arg('id', () => ID, { description: 'The alert in review to approve.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    requireStaff(actor);
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'review', ['IN_REVIEW']);
      await sendAlert(tx, alert, actor, 'approved');
      return alert;
    });
  }

  @Mutation(() => Alert, { description: 'Reviewers: IN_REVIEW → CHANGES_REQUESTED.' })
  requestAlertChanges(
    @Arg('id', () => ID, { description: 'The alert in review.' }) id: string,
    @Arg('comment', { description: 'What to change, for the team (never shown to residents).' })
    comment: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'review', ['IN_REVIEW']);
      alert.reviewComment = checkedComment(comment);
      alert.status = 'CHANGES_REQUESTED';
      return alert;
    });
  }

  @Mutation(() => Alert, {
    description:
      'The NPA’s commander (or an admin): DRAFT, CHANGES_REQUESTED or IN_REVIEW → SENT now, ' +
      'marked urgent, without review.',
  })
  sendUrgentAlert(
    @Arg('id', () => ID, { description: 'The draft to send at once, without review.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Alert> {
    requireStaff(actor);
    return em.transactional(async (tx) => {
      const alert = await alertForChange(tx, actor, id, 'urgent', [...EDITABLE, 'IN_REVIEW']);
      await sendAlert(tx, alert, actor, 'urgent');
      return alert;
    });
  }
}
