import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A count of residents as it may be published: the number, or why it is hidden. Counts under ' +
    'the suppression threshold (10) are never shown, and another is held back wherever a hidden ' +
    'count could be worked out by subtraction (an issue from its month, a month from its issues).',
})
export class NewsletterResidentCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when it is hidden.' })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The threshold (10) when the count is hidden for being under it: show "fewer than 10". ' +
      'Null when the count is shown, or held back only so that another cannot be worked out.',
  })
  fewerThan!: number | null;
}

@ObjectType({
  description:
    'How one published issue was received, counted without tracking: from the mail relay’s ' +
    'answers, unsubscribes, and views of its web page counted on the server (no cookies, no ' +
    'pixels, nothing about the reader kept).',
})
export class NewsletterEngagement {
  @Field(() => NewsletterResidentCount, {
    description: 'Subscribers whose mail server accepted the issue.',
  })
  delivered!: NewsletterResidentCount;

  @Field(() => NewsletterResidentCount, {
    description:
      'Messages the mail server refused for good when we sent them (an SMTP 5xx answer): a bounce.',
  })
  bounced!: NewsletterResidentCount;

  @Field(() => NewsletterResidentCount, {
    description:
      'Subscribers it was delivered to who unsubscribed after it: before the team’s next ' +
      'published issue, and within 30 days of receiving it (so an unsubscribe counts for one ' +
      'issue only). Not counted: anyone who since subscribed again or deleted their data.',
  })
  unsubscribed!: NewsletterResidentCount;

  @Field(() => Int, {
    description:
      'Views of the issue’s public web page, at most one per visitor per UK day, counted when the ' +
      'portal renders the page for someone not signed in (the print version and staff previews ' +
      'are not counted). Not suppressed: a view says nothing about a resident.',
  })
  archiveViews!: number;
}

@ObjectType({ description: 'One UK calendar month of a team’s newsletter engagement.' })
export class MonthlyNewsletterEngagement {
  @Field({ description: '"YYYY-MM", UK time.' })
  month!: string;

  @Field(() => Int, { description: 'Issues first published this month (and not withdrawn).' })
  issuesPublished!: number;

  @Field(() => NewsletterResidentCount, {
    description: 'Delivered, over the issues published this month; 0 shown when there were none.',
  })
  delivered!: NewsletterResidentCount;

  @Field(() => NewsletterResidentCount, {
    description: 'Bounced, over the issues published this month; 0 shown when there were none.',
  })
  bounced!: NewsletterResidentCount;

  @Field(() => NewsletterResidentCount, {
    description:
      'Unsubscribed after an issue published this month (the rule of NewsletterEngagement).',
  })
  unsubscribed!: NewsletterResidentCount;

  @Field(() => Int, {
    description:
      'Views this month of the web pages of any of the team’s issues, old ones included.',
  })
  archiveViews!: number;
}
