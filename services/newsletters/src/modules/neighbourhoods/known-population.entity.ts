import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PopulationCount } from '@engage/shared/demographics';

/**
 * This service's copy of a team's census population, kept from engagement's
 * `neighbourhood.profile.updated` events (never read from engagement's tables): what diversity of
 * reach compares its sample with.
 */
@Entity({ tableName: 'known_population' })
export class KnownPopulation {
  @PrimaryKey({ type: 'uuid' })
  neighbourhoodId!: string;

  /** Usual residents. */
  @Property({ type: 'integer' })
  population!: number;

  /** Residents by group for each question (POPULATION_GROUPS). */
  @Property({ type: 'json' })
  counts!: PopulationCount[];

  /** True for invented demo figures, never a real census. */
  @Property({ type: 'boolean' })
  isDemoData!: boolean;

  /** Where the figures come from, for people. */
  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
