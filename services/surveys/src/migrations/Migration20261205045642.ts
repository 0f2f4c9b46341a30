import { Migration } from '@mikro-orm/migrations';

export class Migration20261205045642 extends Migration {

  override name = 'Migration20261205045642';

  override up(): void | Promise<void> {
    this.addSql(`create table "surveys"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) not null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" varchar(255) not null, "reason" text null, "before" jsonb null, "after" jsonb null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_subject_type_subject_id_index" on "surveys"."audit_entry" ("subject_type", "subject_id");`);

    this.addSql(`alter table "surveys"."survey_response" add "excluded_at" timestamptz null;`);

    this.addSql(`alter table "surveys"."survey_round" add "voided_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "surveys"."audit_entry" cascade;`);

    this.addSql(`alter table "surveys"."survey_response" drop column "excluded_at";`);

    this.addSql(`alter table "surveys"."survey_round" drop column "voided_at";`);
  }

}
