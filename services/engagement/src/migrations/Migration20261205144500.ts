import { Migration } from '@mikro-orm/migrations';

export class Migration20261205144500 extends Migration {

  override name = 'Migration20261205144500';

  override up(): void | Promise<void> {
    this.addSql(`create table "engagement"."api_token_use" ("id" uuid not null, "token_id" uuid not null, "staff_id" uuid not null, "operation_name" varchar(200) null, "cost" int null, "duration_ms" int not null, "at" timestamptz not null, "outcome" text not null, primary key ("id"));`);
    this.addSql(`create index "api_token_use_token_id_at_index" on "engagement"."api_token_use" ("token_id", "at");`);
    this.addSql(`create index "api_token_use_at_index" on "engagement"."api_token_use" ("at");`);

    this.addSql(`create table "engagement"."api_token" ("id" uuid not null, "staff_id" uuid not null, "name" varchar(100) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_token_staff_id_index" on "engagement"."api_token" ("staff_id");`);
    this.addSql(`alter table "engagement"."api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "engagement"."api_token_use" add constraint "api_token_use_outcome_check" check ("outcome" in ('OK', 'REFUSED'));`);

    this.addSql(`alter table "engagement"."api_token" add constraint "api_token_staff_id_foreign" foreign key ("staff_id") references "engagement"."staff_account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "engagement"."api_token_use" cascade;`);
    this.addSql(`drop table if exists "engagement"."api_token" cascade;`);
  }

}
