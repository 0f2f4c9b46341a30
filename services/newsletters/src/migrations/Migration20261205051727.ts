import { Migration } from '@mikro-orm/migrations';

export class Migration20261205051727 extends Migration {

  override name = 'Migration20261205051727';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) not null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" varchar(255) not null, "reason" text null, "before" jsonb null, "after" jsonb null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_subject_type_subject_id_index" on "newsletters"."audit_entry" ("subject_type", "subject_id");`);

    this.addSql(`create table "newsletters"."sign_up_request" ("id" uuid not null, "subscriber_id" uuid not null, "email" varchar(254) not null, "neighbourhood_ids" text[] not null, "policing_area_ids" text[] not null, "interests" text[] not null, "language" text not null default 'EN', "format" text not null default 'HTML', "demographics" jsonb null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "sign_up_request_subscriber_id_created_at_index" on "newsletters"."sign_up_request" ("subscriber_id", "created_at");`);

    this.addSql(`alter table "newsletters"."sign_up_request" add constraint "sign_up_request_language_check" check ("language" in ('EN', 'CY'));`);
    this.addSql(`alter table "newsletters"."sign_up_request" add constraint "sign_up_request_format_check" check ("format" in ('HTML', 'PLAIN_TEXT', 'LARGE_PRINT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "newsletters"."sign_up_request" cascade;`);
  }

}
