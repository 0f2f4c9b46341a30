import { Migration } from '@mikro-orm/migrations';

export class Migration20261205135247 extends Migration {

  override name = 'Migration20261205135247';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."archive_view_day" ("newsletter_id" uuid not null, "day" date not null, "views" int not null default 0, primary key ("newsletter_id", "day"));`);

    this.addSql(`create table "newsletters"."archive_viewer" ("viewer" varchar(64) not null, "day" date not null, primary key ("viewer"));`);
    this.addSql(`create index "archive_viewer_day" on "newsletters"."archive_viewer" ("day");`);

    this.addSql(`alter table "newsletters"."delivery" add "bounced_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."archive_view_day" cascade;`);
    this.addSql(`drop table if exists "newsletters"."archive_viewer" cascade;`);

    this.addSql(`alter table "newsletters"."delivery" drop column "bounced_at";`);
  }

}
