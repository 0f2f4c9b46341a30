import { Migration } from '@mikro-orm/migrations';

export class Migration20261205105729 extends Migration {

  override name = 'Migration20261205105729';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."known_poll" ("id" uuid not null, "question" text not null, "neighbourhood_ids" jsonb not null, "opened_at" timestamptz not null, "closes_at" timestamptz null, "closed_at" timestamptz null, "received_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`alter table "newsletters"."newsletter" add "poll" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."known_poll" cascade;`);

    this.addSql(`alter table "newsletters"."newsletter" drop column "poll";`);
  }

}
