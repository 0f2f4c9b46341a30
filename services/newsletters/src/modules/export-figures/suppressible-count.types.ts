import { Field, Int, ObjectType } from 'type-graphql';

/** A count of people as it may be published (see @engage/shared/scoring). */
@ObjectType({
  description:
    'A count of people: null and suppressed when under the threshold (10), or withheld so that ' +
    'a small count beside it cannot be worked out by subtraction.',
})
export class SuppressibleCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field({ description: 'True when the count is withheld.' })
  suppressed!: boolean;
}

/** A count from a table's hidden set: shown, or null and suppressed. */
export function countFrom(count: number, hidden: boolean): SuppressibleCount {
  return hidden ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
