import type { Rel } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { ResidentLanguageEnum } from '@engage/shared/graphql';
import {
  RESIDENT_LANGUAGES,
  SOURCE_LANGUAGE,
  residentLanguageOf,
  type ResidentLanguage,
} from '@engage/shared/languages';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';

/** English is what officers write; a translation is into any other resident language. */
export const TRANSLATION_LANGUAGES: readonly ResidentLanguage[] = RESIDENT_LANGUAGES.filter(
  (language) => language !== residentLanguageOf(SOURCE_LANGUAGE),
);

/*
 * Two tables, not one with a kind: each has a real foreign key that deletes its translations with
 * the priority or update (ON DELETE CASCADE), and each has its own required columns (a priority's
 * title and "You said", an update's "We did"), so the database keeps either whole.
 */

/** A priority's resident-facing words in one language other than English. */
@ObjectType({
  description:
    'A priority’s title and “You said” in a language other than English, for residents who read it.',
})
@Entity({ tableName: 'priority_translation' })
@Unique({ properties: ['priority', 'language'] })
export class PriorityTranslation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Priority, { deleteRule: 'cascade' })
  // Rel<>: the entity files import each other, so the type must not be emitted as metadata.
  priority!: Rel<Priority>;

  @Field(() => ResidentLanguageEnum, { description: 'The language it is in; never English.' })
  @Enum({ items: [...TRANSLATION_LANGUAGES] })
  language!: ResidentLanguage;

  @Field({ description: 'The title, translated.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: '“You said”, translated.' })
  @Property({ type: 'text' })
  residentsSaid!: string;

  /** englishFingerprint(title, residentsSaid) of the English it was translated from. */
  @Property({ type: 'string', length: 64 })
  englishFingerprint!: string;

  /** The staff account that saved it last. */
  @Property({ type: 'uuid', nullable: true })
  translatedBy: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was last saved.' })
  @Property({ type: 'datetime' })
  translatedAt: Date = new Date();
}

/** A "We did" update's words in one language other than English. */
@ObjectType({
  description: 'A “We did” update in a language other than English, for residents who read it.',
})
@Entity({ tableName: 'priority_update_translation' })
@Unique({ properties: ['update', 'language'] })
export class PriorityUpdateTranslation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => PriorityUpdate, { deleteRule: 'cascade' })
  update!: Rel<PriorityUpdate>;

  @Field(() => ResidentLanguageEnum, { description: 'The language it is in; never English.' })
  @Enum({ items: [...TRANSLATION_LANGUAGES] })
  language!: ResidentLanguage;

  @Field({ description: '“We did”, translated.' })
  @Property({ type: 'text' })
  weDid!: string;

  /** englishFingerprint(weDid) of the English it was translated from. */
  @Property({ type: 'string', length: 64 })
  englishFingerprint!: string;

  /** The staff account that saved it last. */
  @Property({ type: 'uuid', nullable: true })
  translatedBy: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was last saved.' })
  @Property({ type: 'datetime' })
  translatedAt: Date = new Date();
}
