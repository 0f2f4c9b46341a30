import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Neighbourhood } from './neighbourhood.entity.ts';

export const COVERAGE_KINDS = ['WARD', 'PARISH'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
const CoverageKindEnum = Object.fromEntries(COVERAGE_KINDS.map((kind) => [kind, kind]));
registerEnumType(CoverageKindEnum, { name: 'CoverageKind' });

/** A ward or parish that a neighbourhood covers: the names residents know their area by. */
@ObjectType({ description: 'A ward or parish a neighbourhood covers.' })
@Entity({ tableName: 'coverage_area' })
@Unique({ properties: ['neighbourhood', 'name'] })
export class CoverageArea {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade', index: true })
  neighbourhood!: Neighbourhood;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => CoverageKindEnum)
  @Enum({ items: [...COVERAGE_KINDS] })
  kind!: CoverageKind;
}
