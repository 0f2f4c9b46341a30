import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * The published outcome of one "Your Views" round for one neighbourhood: the overall confidence
 * score (mean positive share of the five standard questions) and how many people answered.
 * `neighbourhoodId` refers to engagement's Neighbourhood; this service never reads its table.
 */
@Entity({ tableName: 'round_result' })
@Unique({ properties: ['neighbourhoodId', 'roundLabel'] })
export class RoundResult {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  neighbourhoodId!: string;

  /** How residents know the round, e.g. "May 2024". */
  @Property({ type: 'string' })
  roundLabel!: string;

  @Property({ type: 'date' })
  closedOn!: string;

  /** Percentage 0–100, one decimal place. */
  @Property({ type: 'decimal', precision: 4, scale: 1, runtimeType: 'number' })
  score!: number;

  @Property({ type: 'integer' })
  responses!: number;
}
