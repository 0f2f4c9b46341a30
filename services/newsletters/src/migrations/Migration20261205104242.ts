import { Migration } from '@mikro-orm/migrations';

export class Migration20261205104242 extends Migration {

  override name = 'Migration20261205104242';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."alert" ("id" uuid not null, "audience" text not null, "source" text not null default 'STAFF', "neighbourhood_id" uuid null, "policing_area_id" uuid not null, "audience_name" varchar(255) not null, "title" varchar(200) not null, "body" text not null, "link_url" varchar(500) null, "status" text not null default 'DRAFT', "urgent" boolean not null default false, "review_comment" text null, "created_by" uuid null, "created_at" timestamptz not null, "submitted_at" timestamptz null, "sent_at" timestamptz null, "recipient_count" int null, primary key ("id"));`);
    this.addSql(`create index "alert_status_submitted_at_index" on "newsletters"."alert" ("status", "submitted_at");`);
    this.addSql(`create index "alert_policing_area_id_created_at_index" on "newsletters"."alert" ("policing_area_id", "created_at");`);
    this.addSql(`create index "alert_neighbourhood_id_created_at_index" on "newsletters"."alert" ("neighbourhood_id", "created_at");`);

    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_kind_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_kind_check" check ("kind" in ('NEWSLETTER', 'EVENT_INVITATION', 'SURVEY_INVITATION', 'ALERT', 'CONFIRMATION', 'ALREADY_SUBSCRIBED'));`);

    this.addSql(`alter table "newsletters"."alert" add constraint "alert_audience_check" check ("audience" in ('TEAM', 'AREA'));`);
    this.addSql(`alter table "newsletters"."alert" add constraint "alert_source_check" check ("source" in ('STAFF', 'COMMANDER_UPDATE'));`);
    this.addSql(`alter table "newsletters"."alert" add constraint "alert_status_check" check ("status" in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."alert" cascade;`);

    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_kind_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_kind_check" check ("kind" in ('NEWSLETTER', 'EVENT_INVITATION', 'SURVEY_INVITATION', 'CONFIRMATION', 'ALREADY_SUBSCRIBED'));`);
  }

}
