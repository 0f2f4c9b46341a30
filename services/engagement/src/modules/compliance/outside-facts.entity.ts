import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Facts owned by other services that the standards need, kept here as they arrive by event
 * (never read from the other services' tables): a published newsletter issue…
 */
@Entity({ tableName: 'newsletter_fact' })
@Index({ properties: ['neighbourhoodId', 'publishedAt'] })
export class NewsletterFact {
  /** The newsletters service's issue id: a redelivered event updates, never duplicates. */
  @PrimaryKey({ type: 'uuid' })
  newsletterId!: string;

  @Property({ type: 'uuid' })
  neighbourhoodId!: string;

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}

/** …and a "Your Views" round shared with a neighbourhood (opened for its residents). */
@Entity({ tableName: 'survey_fact' })
@Index({ properties: ['neighbourhoodId', 'openedOn'] })
export class SurveyFact {
  @PrimaryKey({ type: 'uuid' })
  roundId!: string;

  @PrimaryKey({ type: 'uuid' })
  neighbourhoodId!: string;

  @Property({ type: 'string' })
  roundLabel!: string;

  @Property({ type: 'date' })
  openedOn!: string;
}
