import { Migration } from '@mikro-orm/migrations';

export class Migration20261205170925 extends Migration {

  override name = 'Migration20261205170925';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."newsletter_translation" ("id" uuid not null, "newsletter_id" uuid not null, "language" text not null, "title" varchar(255) not null, "introduction" text not null default '', "advice" text not null default '', "updated_by_id" varchar(255) not null, "updated_by_name" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "newsletters"."newsletter_translation" add constraint "newsletter_translation_newsletter_id_language_unique" unique ("newsletter_id", "language");`);

    this.addSql(`alter table "newsletters"."sign_up_request" drop constraint "sign_up_request_language_check";`);
    this.addSql(`alter table "newsletters"."sign_up_request" add constraint "sign_up_request_language_check" check ("language" in ('EN', 'CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);

    this.addSql(`alter table "newsletters"."subscriber" drop constraint "subscriber_language_check";`);
    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_language_check" check ("language" in ('EN', 'CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);

    this.addSql(`alter table "newsletters"."newsletter_translation" add constraint "newsletter_translation_newsletter_id_foreign" foreign key ("newsletter_id") references "newsletters"."newsletter" ("id") on delete cascade;`);
    this.addSql(`alter table "newsletters"."newsletter_translation" add constraint "newsletter_translation_not_english" check (language <> 'EN');`);
    this.addSql(`alter table "newsletters"."newsletter_translation" add constraint "newsletter_translation_language_check" check ("language" in ('EN', 'CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."newsletter_translation" cascade;`);

    this.addSql(`alter table "newsletters"."sign_up_request" drop constraint "sign_up_request_language_check";`);
    this.addSql(`alter table "newsletters"."sign_up_request" add constraint "sign_up_request_language_check" check ("language" in ('EN', 'CY'));`);

    this.addSql(`alter table "newsletters"."subscriber" drop constraint "subscriber_language_check";`);
    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_language_check" check ("language" in ('EN', 'CY'));`);
  }

}
