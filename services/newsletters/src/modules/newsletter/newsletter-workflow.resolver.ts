import { randomUUID } from 'node:crypto';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { appError, textProblem } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { requireTeamManager } from '../neighbourhoods/team-authorization.ts';
import { checkedRichText } from './checked-rich-text.ts';
import { featuredWork } from './featured-work.ts';
import { newsletterForChange } from './newsletter-access.ts';
import { Newsletter } from './newsletter.entity.ts';
import { NewsletterContentInput, NewsletterDraftInput } from './newsletter.input.ts';
import { publishNow } from './publish-newsletter.ts';
import { absolutePhotoUrl, isMailablePhoto } from './newsletter-mail.ts';
import { newsletterSettings } from '../../settings.ts';

function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'] as const;

/**
 * The author's photo as given, when it is a PNG or JPEG on the portal; BAD_USER_INPUT for any
 * other host or kind of image (an SVG shows in a browser but not in most mail clients).
 */
function checkedPhotoUrl(photoUrl: string | null | undefined): string | null {
  if (!photoUrl) return null;
  if (absolutePhotoUrl(photoUrl, newsletterSettings().portalUrl) === null) {
    throw appError('BAD_USER_INPUT', 'Choose a photo from the officer’s profile on the portal.', {
      field: 'author.photoUrl',
    });
  }
  if (!isMailablePhoto(photoUrl)) {
    throw appError(
      'BAD_USER_INPUT',
      'The photo must be a PNG or JPEG image: mail programs do not show other kinds, such as SVG.',
      { field: 'author.photoUrl' },
    );
  }
  return photoUrl;
}

/** A reviewer's comment: 1 to 2000 characters of plain text, or BAD_USER_INPUT on `comment`. */
function checkedComment(comment: string): string {
  const text = comment.trim();
  if (!text || textProblem(text, { max: 2000 }) !== null) {
    throw appError(
      'BAD_USER_INPUT',
      'Say what to change, in 2000 characters or fewer of plain text (no direction controls).',
      { field: 'comment' },
    );
  }
  return text;
}

@Resolver(() => Newsletter)
export class NewsletterWorkflowResolver {
  @Mutation(() => Newsletter, { description: 'A new issue for a team and month, as a DRAFT.' })
  async createNewsletterDraft(
    @Arg('input', { description: 'The team and month the issue is for.' })
    input: NewsletterDraftInput,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    const team = await requireTeamManager(em, actor, input.neighbourhoodId);
    const month = {
      neighbourhoodId: team.id,
      month: input.month,
      status: { $ne: 'WITHDRAWN' as const },
    };
    if (await em.count(Newsletter, month)) {
      throw appError('CONFLICT', 'This team already has a newsletter for that month.', {
        field: 'month',
      });
    }
    const newsletter = em.create(Newsletter, {
      id: randomUUID(),
      neighbourhoodId: team.id,
      month: input.month,
      title: `${team.name} neighbourhood news: ${monthName(input.month)}`,
    });
    await em.flush();
    return newsletter;
  }

  @Mutation(() => Newsletter, { description: 'Only in DRAFT or CHANGES_REQUESTED.' })
  updateNewsletterDraft(
    @Arg('id', () => ID, { description: 'The draft to change.' }) id: string,
    @Arg('input', { description: 'The issue’s content as it should now be.' })
    input: NewsletterContentInput,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(tx, actor, id, 'manage', EDITABLE);
      Object.assign(newsletter, {
        title: input.title.trim(),
        introduction: checkedRichText('introduction', input.introduction),
        advice: checkedRichText('advice', input.advice),
        contact: input.contact.trim(),
        author: input.author
          ? {
              officerId: input.author.officerId ?? null,
              name: input.author.name.trim(),
              role: input.author.role.trim(),
              photoUrl: checkedPhotoUrl(input.author.photoUrl),
            }
          : null,
        // Featured afresh only when asked: otherwise the issue keeps its snapshot.
        ...(input.teamWork ? featuredWork(input.teamWork) : {}),
      });
      return newsletter;
    });
  }

  @Mutation(() => Newsletter, { description: 'DRAFT or CHANGES_REQUESTED → IN_REVIEW.' })
  submitNewsletterForReview(
    @Arg('id', () => ID, { description: 'The draft to send for review.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(tx, actor, id, 'manage', EDITABLE);
      if (!newsletter.introduction.trim()) {
        throw appError('BAD_USER_INPUT', 'Write an introduction before sending it for review.', {
          field: 'introduction',
        });
      }
      newsletter.status = 'IN_REVIEW';
      newsletter.submittedAt = new Date();
      return newsletter;
    });
  }

  @Mutation(() => Newsletter, { description: 'Reviewers: IN_REVIEW → CHANGES_REQUESTED.' })
  requestNewsletterChanges(
    @Arg('id', () => ID, { description: 'The issue in review.' }) id: string,
    @Arg('comment', { description: 'What to change, for the team (internal, never published).' })
    comment: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(tx, actor, id, 'review', ['IN_REVIEW']);
      const text = checkedComment(comment);
      newsletter.status = 'CHANGES_REQUESTED';
      newsletter.reviewComment = text;
      return newsletter;
    });
  }

  @Mutation(() => Newsletter, { description: 'Reviewers: IN_REVIEW → APPROVED.' })
  approveNewsletter(
    @Arg('id', () => ID, { description: 'The issue in review to approve.' }) id: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(tx, actor, id, 'review', ['IN_REVIEW']);
      newsletter.status = 'APPROVED';
      return newsletter;
    });
  }

  @Mutation(() => Newsletter, {
    description:
      'APPROVED → PUBLISHED now (at null or past) or SCHEDULED (a job publishes it at that time). ' +
      'Publishing sends it to every confirmed subscriber of the team and its NPA.',
  })
  publishNewsletter(
    @Arg('id', () => ID, { description: 'The approved issue to publish.' }) id: string,
    @Arg('at', () => GraphQLDateTimeISO, {
      description: 'When to publish it (in the future); null or left out for now.',
      nullable: true,
    })
    at: Date | null,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter, team } = await newsletterForChange(tx, actor, id, 'manageOrReview', [
        'APPROVED',
      ]);
      const now = new Date();
      if (at && at.getTime() > now.getTime()) {
        newsletter.status = 'SCHEDULED';
        newsletter.scheduledFor = at;
        // The mail worker queues the publishing job (startAfter = at) within a second.
        newsletter.publishJobQueuedAt = null;
        return newsletter;
      }
      await publishNow(tx, newsletter, team, now);
      return newsletter;
    });
  }
}
