import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { mayReadForceRecords } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import {
  newsletterDeliveryRecords,
  NewsletterDeliveryRecordPage,
} from './newsletter-delivery-records.ts';

@ArgsType()
class DeliveryRecordArgs {
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Only issues changed, or with a delivery queued or sent, at or after this.',
  })
  since?: Date | null;

  @Field(() => Int, { defaultValue: 100, description: 'How many to return, 1 to 500.' })
  first: number = 100;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** Force-wide figures are for analysts and admins (shared policy), like the force dashboard. */
function requireForceReader({ actor }: NewslettersContext) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to see these figures.');
  if (!mayReadForceRecords(actor)) {
    throw appError('FORBIDDEN', 'Force-wide figures are for analysts and administrators.');
  }
}

/**
 * Force-wide newsletter figures for the gateway's flat exports (docs/exports.md). Subscribers by
 * group come from the reach module's tables (`subscriberReachByArea`), suppressed together.
 */
@Resolver()
export class ExportFiguresResolver {
  @Query(() => NewsletterDeliveryRecordPage, {
    description:
      'Every published issue with its recipients by delivery status, in order of publication; ' +
      'counts of people suppressed (under 10, and wherever subtraction would give one back). ' +
      'Analysts and admins.',
  })
  newsletterDeliveryRecords(
    @Args() { since, first, after }: DeliveryRecordArgs,
    @Ctx() context: NewslettersContext,
  ) {
    requireForceReader(context);
    return newsletterDeliveryRecords(context.em, {
      since: since ?? null,
      first,
      after: after ?? null,
    });
  }
}
