import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085430 extends Migration {

  override name = 'Migration20261125085430';

  override up(): void | Promise<void> {
    this.addSql(`create table "surveys"."outbox_message" ("id" uuid not null, "name" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_message_unpublished" on "surveys"."outbox_message" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "surveys"."outbox_message" cascade;`);
  }

}
