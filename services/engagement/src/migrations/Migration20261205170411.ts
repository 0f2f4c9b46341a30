import { Migration } from '@mikro-orm/migrations';

export class Migration20261205170411 extends Migration {

  override name = 'Migration20261205170411';

  override up(): void | Promise<void> {
    this.addSql(`create table "engagement"."priority_translation" ("id" uuid not null, "priority_id" uuid not null, "language" text not null, "title" varchar(200) not null, "residents_said" text not null, "english_fingerprint" varchar(64) not null, "translated_by" uuid null, "translated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "engagement"."priority_translation" add constraint "priority_translation_priority_id_language_unique" unique ("priority_id", "language");`);

    this.addSql(`create table "engagement"."priority_update_translation" ("id" uuid not null, "update_id" uuid not null, "language" text not null, "we_did" text not null, "english_fingerprint" varchar(64) not null, "translated_by" uuid null, "translated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "engagement"."priority_update_translation" add constraint "priority_update_translation_update_id_language_unique" unique ("update_id", "language");`);

    this.addSql(`alter table "engagement"."priority_translation" add constraint "priority_translation_priority_id_foreign" foreign key ("priority_id") references "engagement"."priority" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."priority_translation" add constraint "priority_translation_language_check" check ("language" in ('CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);

    this.addSql(`alter table "engagement"."priority_update_translation" add constraint "priority_update_translation_update_id_foreign" foreign key ("update_id") references "engagement"."priority_update" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."priority_update_translation" add constraint "priority_update_translation_language_check" check ("language" in ('CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "engagement"."priority_translation" cascade;`);
    this.addSql(`drop table if exists "engagement"."priority_update_translation" cascade;`);
  }

}
