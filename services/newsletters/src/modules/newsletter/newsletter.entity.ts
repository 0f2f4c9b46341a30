import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

export const NEWSLETTER_STATUSES = ['draft', 'published'] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];

/**
 * One monthly issue of a neighbourhood team's newsletter. `neighbourhoodId` refers to
 * engagement's Neighbourhood; this service never reads its table.
 */
@ObjectType({ description: 'One monthly issue of a neighbourhood team’s newsletter.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'newsletter' })
@Index({ properties: ['neighbourhoodId', 'publishedAt'] })
@Check({
  name: 'newsletter_published_has_date',
  expression: "status <> 'published' or published_at is not null",
})
export class Newsletter {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  neighbourhoodId!: string;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Enum({ items: [...NEWSLETTER_STATUSES] })
  status!: NewsletterStatus;

  /** Set when the issue is published; drafts have none and are never shown to the public. */
  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}
