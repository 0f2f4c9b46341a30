import { Migration } from '@mikro-orm/migrations';

export class Migration20261125080207 extends Migration {

  override name = 'Migration20261125080207';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "newsletters";`);
    this.addSql(`create table "newsletters"."newsletter" ("id" uuid not null, "neighbourhood_id" uuid not null, "title" varchar(255) not null, "status" text not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "newsletter_neighbourhood_id_published_at_index" on "newsletters"."newsletter" ("neighbourhood_id", "published_at");`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_published_has_date" check (status <> 'published' or published_at is not null);`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_status_check" check ("status" in ('draft', 'published'));`);
  }

}
