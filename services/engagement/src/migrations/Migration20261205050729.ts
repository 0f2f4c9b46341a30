import { Migration } from '@mikro-orm/migrations';

export class Migration20261205050729 extends Migration {

  override name = 'Migration20261205050729';

  override up(): void | Promise<void> {
    this.addSql(`create table "engagement"."sign_in_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`create table "engagement"."staff_session" ("token_hash" varchar(64) not null, "staff_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "staff_session_staff_id_index" on "engagement"."staff_session" ("staff_id");`);

    this.addSql(`alter table "engagement"."staff_account" add "disabled_at" timestamptz null;`);

    this.addSql(`alter table "engagement"."staff_session" add constraint "staff_session_staff_id_foreign" foreign key ("staff_id") references "engagement"."staff_account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "engagement"."sign_in_limit" cascade;`);
    this.addSql(`drop table if exists "engagement"."staff_session" cascade;`);

    this.addSql(`alter table "engagement"."staff_account" drop column "disabled_at";`);
  }

}
