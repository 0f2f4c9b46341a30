import { Collection } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { graphqlEnum } from '@engage/shared/graphql';
import { PriorityUpdate } from './priority-update.entity.ts';

export const PRIORITY_SOURCES = [
  'SURVEY',
  'BEAT_SURGERY',
  'CRIME_PATTERN_ANALYSIS',
  'MEETING',
  'OTHER',
] as const;
export type PrioritySource = (typeof PRIORITY_SOURCES)[number];
export const PrioritySourceEnum = graphqlEnum(
  'PrioritySource',
  PRIORITY_SOURCES,
  'Where the community information behind a priority came from.',
  {
    SURVEY: 'Residents raised it in a survey.',
    BEAT_SURGERY: 'Residents raised it at a beat surgery.',
    CRIME_PATTERN_ANALYSIS: 'The force’s analysis of crime and incidents showed it.',
    MEETING: 'It came up at a community or council meeting.',
    OTHER: 'Anywhere else.',
  },
);

/** DRAFT is the team's own; ACTIVE and COMPLETED are public. */
export const PRIORITY_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED'] as const;
export type PriorityStatus = (typeof PRIORITY_STATUSES)[number];
export const PriorityStatusEnum = graphqlEnum(
  'PriorityStatus',
  PRIORITY_STATUSES,
  'Where a priority is: a draft only its team sees, active (published and being worked on), or completed.',
  {
    DRAFT: 'Being written; only the team’s staff see it.',
    ACTIVE: 'Published, and the team is working on it.',
    COMPLETED: 'Published, and the team has finished it.',
  },
);

/**
 * A team's quarterly priority: what residents said ("You said"), and, through its updates, what
 * the team did about it ("We did").
 */
@ObjectType({ description: 'A neighbourhood team’s quarterly priority: “You said – We did”.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'priority' })
@Index({ properties: ['neighbourhood', 'year', 'quarter'] })
export class Priority {
  @Field(() => ID, { description: 'The priority’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field(() => Int, { description: 'The calendar year of the quarter the priority was set for.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: '1 to 4: January–March is 1.' })
  @Property({ type: 'smallint' })
  quarter!: number;

  @Field({ description: 'What the priority is about, as residents see it.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: '“You said”: the concern, in residents’ words.' })
  @Property({ type: 'text' })
  residentsSaid!: string;

  @Field(() => PrioritySourceEnum, {
    description: 'How the team learnt of it (a meeting, a survey, a partner…).',
  })
  @Enum({ items: [...PRIORITY_SOURCES] })
  source!: PrioritySource;

  @Field(() => PriorityStatusEnum, {
    description: 'Draft, active or completed; residents see active and completed ones.',
  })
  @Enum({ items: [...PRIORITY_STATUSES] })
  status: PriorityStatus = 'DRAFT';

  /** When it was first made public; stays set if it later completes. */
  @Field(() => GraphQLDateTimeISO, {
    description:
      'When it was first made public; stays set if it later completes. Null while a draft.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @OneToMany(() => PriorityUpdate, (update) => update.priority)
  updates = new Collection<PriorityUpdate>(this);

  /** The staff account that created it. */
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /**
   * Set when it was imported from data.police.uk (import/write-activity.ts): where it came from,
   * "data.police.uk/<force>/<neighbourhood>/priorities/<key>", so a second import updates it
   * rather than adding it again. Null for a priority the team wrote here.
   */
  @Property({ type: 'text', nullable: true, unique: true })
  importedFrom: string | null = null;

  /** A SHA-256 of what data.police.uk said when it was last imported: unchanged, untouched. */
  @Property({ type: 'string', length: 64, nullable: true })
  importHash: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was first saved.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: 'When it was last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
