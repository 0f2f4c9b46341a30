import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUUID } from 'class-validator';
import { isReviewer } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { newsletterSettings } from '../../settings.ts';
import { emailLinkUrl } from '../links/email-links.ts';
import { renderNewsletterMail } from '../mail-templates/index.ts';
import { maySeeTeamNewsletters } from '../neighbourhoods/team-authorization.ts';
import { newsletterPageUrl } from '../neighbourhoods/portal-urls.ts';
import { EmailFormatEnum, ResidentLanguageEnum } from '../subscribers/subscriber.types.ts';
import type { EmailFormat, ResidentLanguage } from '../subscribers/subscriber.types.ts';
import { maySeeNewsletter } from './newsletter-access.ts';
import {
  absolutePhotoUrl,
  newsletterMailContent,
  newsletterTranslationContent,
} from './newsletter-mail.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';
import { Newsletter } from './newsletter.entity.ts';
import {
  DeliveryProgress,
  EmailPreview,
  FeaturedEvent,
  FeaturedPriority,
  NewsletterAuthor,
  NewsletterPoll,
} from './newsletter.types.ts';
import { issuePoll } from '../polls/open-polls.ts';

/** Links in a preview go to the pages, with a token that is visibly not a real one. */
const PREVIEW_TOKEN = 'preview';

@Resolver(() => Newsletter)
export class NewsletterFieldsResolver {
  @FieldResolver(() => Neighbourhood, { description: 'The team the issue is from.' })
  neighbourhood(@Root() newsletter: Newsletter): Neighbourhood {
    return { id: newsletter.neighbourhoodId };
  }

  @FieldResolver(() => NewsletterAuthor, {
    description: 'Who signs the issue; null when nobody was named.',
    nullable: true,
  })
  author(@Root() newsletter: Newsletter): NewsletterAuthor | null {
    const { author } = newsletter;
    if (!author?.photoUrl) return author;
    // Issues saved before photos had to be the portal's keep theirs, but no page shows it.
    const onPortal = absolutePhotoUrl(author.photoUrl, newsletterSettings().portalUrl) !== null;
    return onPortal ? author : { ...author, photoUrl: null };
  }

  @FieldResolver(() => [FeaturedPriority], {
    description:
      'The team’s priorities the issue features (“You said, we did”), frozen when it was published.',
  })
  priorities(@Root() newsletter: Newsletter): FeaturedPriority[] {
    return newsletter.priorities;
  }

  @FieldResolver(() => [FeaturedEvent], {
    description: 'The community events the issue features, frozen when it was published.',
  })
  events(@Root() newsletter: Newsletter): FeaturedEvent[] {
    return newsletter.events.map((event) => ({ ...event, startsAt: new Date(event.startsAt) }));
  }

  @FieldResolver(() => NewsletterPoll, {
    nullable: true,
    description:
      'The team’s open quick poll the issue links to: the one open when it was published ' +
      '(a draft: the one open now); null when none.',
  })
  async poll(
    @Root() newsletter: Newsletter,
    @Ctx() { em }: NewslettersContext,
  ): Promise<NewsletterPoll | null> {
    const poll = await issuePoll(em, newsletter);
    return poll && { id: poll.pollId, question: poll.question };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The reviewer’s last request for changes. Internal: only the team’s managers and ' +
      'reviewers read it (null for anyone else); cleared when the issue is published.',
  })
  async reviewComment(
    @Root() newsletter: Newsletter,
    @Ctx() { actor, loaders }: NewslettersContext,
  ): Promise<string | null> {
    if (actor.kind !== 'staff' || newsletter.reviewComment === null) return null;
    const team = await loaders.knownNeighbourhoodById.load(newsletter.neighbourhoodId);
    return team && maySeeTeamNewsletters(actor, team) ? newsletter.reviewComment : null;
  }

  @FieldResolver(() => DeliveryProgress, {
    nullable: true,
    description: 'Staff only; null before publishing.',
  })
  async delivery(
    @Root() newsletter: Newsletter,
    @Ctx() { actor, loaders }: NewslettersContext,
  ): Promise<DeliveryProgress | null> {
    if (actor.kind !== 'staff' || !newsletter.publishedAt) return null;
    return loaders.deliveryProgressByNewsletter.load(newsletter.id);
  }

  @Query(() => Newsletter, { nullable: true, description: 'Same visibility as on Neighbourhood.' })
  async newsletterById(
    @Arg('id', () => ID, { description: 'The issue’s id.' }) id: string,
    @Ctx() { em, actor, loaders }: NewslettersContext,
  ): Promise<Newsletter | null> {
    const newsletter = isUUID(id) ? await em.findOne(Newsletter, { id }) : null;
    if (!newsletter) return null;
    const team = await loaders.knownNeighbourhoodById.load(newsletter.neighbourhoodId);
    return maySeeNewsletter(actor, newsletter, team) ? newsletter : null;
  }

  @Query(() => [Newsletter], {
    description: 'Reviewers: issues IN_REVIEW, oldest submitted first.',
  })
  newsletterReviewQueue(@Ctx() { em, actor }: NewslettersContext): Promise<Newsletter[]> {
    if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to review newsletters.');
    if (!isReviewer(actor)) throw appError('FORBIDDEN', 'Only reviewers see the review queue.');
    return em.find(
      Newsletter,
      { status: 'IN_REVIEW' },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
  }

  @Query(() => EmailPreview, { description: 'The issue as a subscriber would get it.' })
  async newsletterEmailPreview(
    @Arg('id', () => ID, { description: 'The issue to preview.' }) id: string,
    @Arg('format', () => EmailFormatEnum, {
      description: 'Which version of the mail: HTML, plain text or large print.',
    })
    format: EmailFormat,
    @Arg('language', () => ResidentLanguageEnum, {
      description:
        'The subscriber’s language: the issue’s translation into it when there is one, ' +
        'otherwise the English with a note in that language.',
    })
    language: ResidentLanguage,
    @Ctx() { em, actor, loaders }: NewslettersContext,
  ): Promise<EmailPreview> {
    if (actor.kind !== 'staff')
      throw appError('UNAUTHENTICATED', 'Sign in to preview a newsletter.');
    const newsletter = isUUID(id) ? await em.findOne(Newsletter, { id }) : null;
    const team = newsletter
      ? await loaders.knownNeighbourhoodById.load(newsletter.neighbourhoodId)
      : null;
    if (!newsletter || !team) throw appError('NOT_FOUND', 'There is no such newsletter.');
    if (!maySeeTeamNewsletters(actor, team)) {
      throw appError('FORBIDDEN', 'Only the team, its commander and reviewers can preview this.');
    }
    const { portalUrl, force } = newsletterSettings();
    const mail = await renderNewsletterMail({
      force,
      language,
      format,
      newsletter: newsletterMailContent(
        newsletter,
        team.name,
        portalUrl,
        await issuePoll(em, newsletter),
      ),
      translation: await newsletterTranslationContent(em, newsletter, language),
      webUrl: newsletterPageUrl(portalUrl, team.slug, newsletter.month),
      links: {
        manage: emailLinkUrl(portalUrl, 'MANAGE_PREFERENCES', PREVIEW_TOKEN),
        unsubscribe: emailLinkUrl(portalUrl, 'UNSUBSCRIBE', PREVIEW_TOKEN),
      },
    });
    return { subject: mail.subject, html: mail.html ?? '', text: mail.text };
  }
}
