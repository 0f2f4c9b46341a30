import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * This service's copy of a neighbourhood team, kept from engagement's `neighbourhood.upserted`
 * events (never read from engagement's tables): enough to know a team exists, which NPA it is
 * in (for local questions, NPA scores and round targets) and what to call it.
 */
@Entity({ tableName: 'known_neighbourhood' })
export class KnownNeighbourhood {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  slug!: string;

  @Index()
  @Property({ type: 'uuid' })
  policingAreaId!: string;

  @Property({ type: 'string' })
  policingAreaName!: string;

  @Property({ type: 'string' })
  policingAreaSlug!: string;
}
