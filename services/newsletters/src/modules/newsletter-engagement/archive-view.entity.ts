import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * How many times an issue's public web page was read on one UK day: the whole record of a view.
 * No cookie, no pixel, no address, no client key: an issue, a day and a number.
 */
@Entity({ tableName: 'archive_view_day' })
export class ArchiveViewDay {
  @PrimaryKey({ type: 'uuid' })
  newsletterId!: string;

  /** The UK day, "YYYY-MM-DD". */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  views: Opt<number> = 0;
}

/**
 * Who was already counted today, so one browser reloading a page counts once a day. `viewer` is a
 * SHA-256 of the day, the issue and the client key the gateway signed (itself a keyed hash of the
 * address), so it links nothing across issues or days; rows from before today are deleted on the
 * next view, so no viewer row outlives its day.
 */
@Entity({ tableName: 'archive_viewer' })
@Index({ name: 'archive_viewer_day', properties: ['day'] })
export class ArchiveViewer {
  @PrimaryKey({ type: 'string', length: 64 })
  viewer!: string;

  @Property({ type: 'date' })
  day!: string;
}
