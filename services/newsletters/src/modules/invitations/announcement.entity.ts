import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EventPayloads } from '@engage/shared';

export const ANNOUNCEMENT_KINDS = ['EVENT', 'SURVEY_ROUND'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

/**
 * What another service announced and we invite subscribers to: a published community event or an
 * opened survey round, as its event said it. Kept so each invitation can be written when its
 * turn comes (the worker reads it; no service is called).
 */
@Entity({ tableName: 'announcement' })
export class Announcement {
  /** The event's or the round's id: also the invitations' subject id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: [...ANNOUNCEMENT_KINDS] })
  kind!: AnnouncementKind;

  @Property({ type: 'json' })
  payload!: EventPayloads['event.published'] | EventPayloads['survey.round.opened'];

  @Property({ type: 'datetime' })
  receivedAt: Opt<Date> = new Date();
}
