import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085434 extends Migration {

  override name = 'Migration20261125085434';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."outbox_message" ("id" uuid not null, "name" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_message_unpublished" on "newsletters"."outbox_message" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."outbox_message" cascade;`);
  }

}
