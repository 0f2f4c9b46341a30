import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * This service's copy of one neighbourhood team, kept from engagement's `neighbourhood.upserted`
 * events (never read from engagement's tables). Used to check the areas a resident picks, to
 * reach subscribers of a whole NPA, to name the team in emails and build its portal URLs, and for
 * the team-manager rule.
 */
@Entity({ tableName: 'known_neighbourhood' })
@Index({ properties: ['policingAreaId'] })
export class KnownNeighbourhood {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  slug!: string;

  @Property({ type: 'uuid' })
  policingAreaId!: string;

  @Property({ type: 'string' })
  policingAreaName!: string;

  @Property({ type: 'string' })
  policingAreaSlug!: string;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
