import type { Opt } from '@mikro-orm/core';
import {
  Check,
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
import { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';
import { Newsletter } from '../newsletter/newsletter.entity.ts';

/**
 * An issue in one of the residents' languages other than English, added by the team's officers
 * or corporate communications, before or after publishing. It holds what an officer writes in
 * prose (title, introduction, advice); the priorities, events and contact details stay as the
 * officers wrote them. Introduction and advice are stored sanitised, as the English.
 */
@ObjectType({ description: 'A newsletter issue in one of the residents’ languages.' })
@Entity({ tableName: 'newsletter_translation' })
@Unique({ properties: ['newsletter', 'language'] })
// English is what the officers wrote: it is the issue itself, never a translation of it.
@Check({ name: 'newsletter_translation_not_english', expression: "language <> 'EN'" })
export class NewsletterTranslation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Newsletter, { deleteRule: 'cascade' })
  newsletter!: Newsletter;

  @Field(() => ResidentLanguageEnum, { description: 'The language it is in (never English).' })
  @Enum({ items: [...RESIDENT_LANGUAGES] })
  language!: ResidentLanguage;

  @Field({ description: 'The issue’s title in this language, plain text.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { description: 'The introduction in this language: sanitised HTML.' })
  @Property({ type: 'text' })
  introduction: Opt<string> = '';

  @Field(() => String, { description: 'The advice in this language: sanitised HTML.' })
  @Property({ type: 'text' })
  advice: Opt<string> = '';

  /** Who last saved it: staff only (translation.resolver.ts), never shown to residents. */
  @Property({ type: 'string' })
  updatedById!: string;

  @Property({ type: 'string' })
  updatedByName!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => GraphQLDateTimeISO, { description: 'When it was last saved.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
