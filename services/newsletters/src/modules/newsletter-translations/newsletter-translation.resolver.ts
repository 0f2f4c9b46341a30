import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { recordAudit } from '@engage/shared/audit';
import { appError, ResidentLanguageEnum } from '@engage/shared/graphql';
import { languageOf, type ResidentLanguage } from '@engage/shared/languages';
import type { NewslettersContext } from '../../context.ts';
import { maySeeTeamNewsletters } from '../neighbourhoods/team-authorization.ts';
import { checkedRichText } from '../newsletter/checked-rich-text.ts';
import { newsletterForChange } from '../newsletter/newsletter-access.ts';
import { Newsletter, NEWSLETTER_STATUSES } from '../newsletter/newsletter.entity.ts';
import { NewsletterTranslation } from './newsletter-translation.entity.ts';
import { NewsletterTranslationInput } from './newsletter-translation.input.ts';

/**
 * A translation may be added at any point of an issue's life but withdrawal: while it is drafted,
 * and after publishing (its web page shows it from then; mail already sent is not sent again).
 */
const TRANSLATABLE = NEWSLETTER_STATUSES.filter((status) => status !== 'WITHDRAWN');

function notEnglish(language: ResidentLanguage): ResidentLanguage {
  if (language === 'EN') {
    throw appError(
      'BAD_USER_INPUT',
      'English is the issue itself: choose another language for a translation.',
      { field: 'language' },
    );
  }
  return language;
}

@Resolver(() => Newsletter)
export class NewsletterTranslationsResolver {
  @FieldResolver(() => NewsletterTranslation, {
    nullable: true,
    description: 'The issue in this language, when a translation was added; null otherwise.',
  })
  async translation(
    @Root() newsletter: Newsletter,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The reader’s language.' })
    language: ResidentLanguage,
    @Ctx() { loaders }: NewslettersContext,
  ): Promise<NewsletterTranslation | null> {
    const translations = await loaders.translationsByNewsletter.load(newsletter.id);
    return translations.find((translation) => translation.language === language) ?? null;
  }

  @FieldResolver(() => [NewsletterTranslation], {
    description: 'Every translation of the issue, in the languages’ order (none in English).',
  })
  translations(
    @Root() newsletter: Newsletter,
    @Ctx() { loaders }: NewslettersContext,
  ): Promise<NewsletterTranslation[]> {
    return loaders.translationsByNewsletter.load(newsletter.id);
  }

  @Mutation(() => NewsletterTranslation, {
    description:
      'Adds or replaces the issue’s translation into one language (not English): the team’s ' +
      'managers and corporate communications, on any issue but a withdrawn one. Added after ' +
      'publishing, it shows on the issue’s page; mail already sent is not sent again.',
  })
  saveNewsletterTranslation(
    @Arg('id', () => ID, { description: 'The issue translated.' }) id: string,
    @Arg('input', { description: 'The translation as it should now be.' })
    input: NewsletterTranslationInput,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<NewsletterTranslation> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(
        tx,
        actor,
        id,
        'manageOrReview',
        TRANSLATABLE,
      );
      if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in.');
      const language = notEnglish(input.language);
      const content = {
        title: input.title.trim(),
        introduction: checkedRichText('introduction', input.introduction),
        advice: checkedRichText('advice', input.advice),
        updatedById: actor.id,
        updatedByName: actor.name,
      };
      const existing = await tx.findOne(NewsletterTranslation, { newsletter, language });
      const translation =
        existing ??
        tx.create(NewsletterTranslation, { id: randomUUID(), newsletter, language, ...content });
      if (existing) Object.assign(existing, content);
      if (newsletter.publishedAt) {
        // What residents read changed after review: the audit log keeps who did it.
        recordAudit(tx, {
          actor,
          action: existing ? 'newsletter.translation.updated' : 'newsletter.translation.added',
          subject: { type: 'Newsletter', id: newsletter.id },
          after: { language, title: content.title },
        });
      }
      return translation;
    });
  }

  @Mutation(() => Newsletter, {
    description:
      'Removes the issue’s translation into one language (same people and issues as saving one); ' +
      'its page then shows the English with a note. Removing one that is not there changes nothing.',
  })
  removeNewsletterTranslation(
    @Arg('id', () => ID, { description: 'The issue.' }) id: string,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The translation’s language.' })
    language: ResidentLanguage,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(
        tx,
        actor,
        id,
        'manageOrReview',
        TRANSLATABLE,
      );
      if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in.');
      const removed = await tx.nativeDelete(NewsletterTranslation, {
        newsletter,
        language: notEnglish(language),
      });
      if (removed > 0 && newsletter.publishedAt) {
        recordAudit(tx, {
          actor,
          action: 'newsletter.translation.removed',
          subject: { type: 'Newsletter', id: newsletter.id },
          before: { language, englishName: languageOf(language).englishName },
        });
      }
      return newsletter;
    });
  }
}

@Resolver(() => NewsletterTranslation)
export class NewsletterTranslationFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who last saved it: for the team’s managers and reviewers only (null for anyone else).',
  })
  async updatedByName(
    @Root() translation: NewsletterTranslation,
    @Ctx() { actor, loaders }: NewslettersContext,
  ): Promise<string | null> {
    if (actor.kind !== 'staff') return null;
    const team = await loaders.knownNeighbourhoodById.load(translation.newsletter.neighbourhoodId);
    return team && maySeeTeamNewsletters(actor, team) ? translation.updatedByName : null;
  }
}
