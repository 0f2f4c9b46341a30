import { Entity, ManyToOne, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Neighbourhood } from './neighbourhood.entity.ts';

/**
 * A postcode sector ("LE1 5") and the neighbourhood that polices it: the local, offline first
 * step of finding a resident's team. A sector is assigned to one neighbourhood; where a real
 * sector straddles a boundary, the online lookup (postcode → point → boundary) decides.
 */
@Entity({ tableName: 'postcode_sector' })
export class PostcodeSector {
  /** Canonical form: outward code, one space, the sector digit. */
  @PrimaryKey({ type: 'string', length: 6 })
  sector!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade', index: true })
  neighbourhood!: Neighbourhood;
}
