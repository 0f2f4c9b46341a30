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
registerEnumType(CoverageKindEnum, {
  description: 'What sort of council area a team covers: an electoral ward or a parish.',
  name: 'CoverageKind',
  valuesConfig: {
    WARD: { description: 'An electoral ward.' },
    PARISH: { description: 'A civil parish.' },
  },
});

/** A ward or parish that a neighbourhood covers: the names residents know their area by. */
@ObjectType({ description: 'A ward or parish a neighbourhood covers.' })
@Entity({ tableName: 'coverage_area' })
@Unique({ properties: ['neighbourhood', 'name'] })
export class CoverageArea {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade', index: true })
  neighbourhood!: Neighbourhood;

  @Field({ description: 'The place’s name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => CoverageKindEnum, { description: 'Whether it is a ward or a parish.' })
  @Enum({ items: [...COVERAGE_KINDS] })
  kind!: CoverageKind;
}
