import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085315 extends Migration {

  override name = 'Migration20261125085315';

  override up(): void | Promise<void> {
    this.addSql(`create table "engagement"."newsletter_fact" ("newsletter_id" uuid not null, "neighbourhood_id" uuid not null, "published_at" timestamptz not null, primary key ("newsletter_id"));`);
    this.addSql(`create index "newsletter_fact_neighbourhood_id_published_at_index" on "engagement"."newsletter_fact" ("neighbourhood_id", "published_at");`);

    this.addSql(`create table "engagement"."engagement" ("id" uuid not null, "neighbourhood_id" uuid not null, "kind" text not null, "held_on" date not null, "place" varchar(200) not null, "attendance" int null, "partners" jsonb not null, "communities_reached" jsonb not null, "notes" text null, "recorded_by" uuid null, "import_batch" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "engagement_neighbourhood_id_held_on_index" on "engagement"."engagement" ("neighbourhood_id", "held_on");`);

    this.addSql(`create table "engagement"."community_event" ("id" uuid not null, "neighbourhood_id" uuid not null, "title" varchar(200) not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "place" varchar(200) not null, "accessibility_notes" text null, "status" text not null default 'DRAFT', "published_at" timestamptz null, "created_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "community_event_neighbourhood_id_starts_at_index" on "engagement"."community_event" ("neighbourhood_id", "starts_at");`);

    this.addSql(`create table "engagement"."commander_update" ("id" uuid not null, "policing_area_id" uuid not null, "title" varchar(200) not null, "body" text not null, "video_url" varchar(500) null, "published_at" timestamptz not null, "author_name" varchar(255) not null, "created_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "commander_update_policing_area_id_published_at_index" on "engagement"."commander_update" ("policing_area_id", "published_at");`);

    this.addSql(`create table "engagement"."priority" ("id" uuid not null, "neighbourhood_id" uuid not null, "year" smallint not null, "quarter" smallint not null, "title" varchar(200) not null, "residents_said" text not null, "source" text not null, "status" text not null default 'DRAFT', "published_at" timestamptz null, "created_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "priority_neighbourhood_id_year_quarter_index" on "engagement"."priority" ("neighbourhood_id", "year", "quarter");`);

    this.addSql(`create table "engagement"."priority_update" ("id" uuid not null, "priority_id" uuid not null, "action_on" date not null, "we_did" text not null, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "priority_update_priority_id_index" on "engagement"."priority_update" ("priority_id");`);

    this.addSql(`create table "engagement"."social_post" ("id" uuid not null, "neighbourhood_id" uuid not null, "posted_on" date not null, "channel" text not null, "link" varchar(500) null, "you_said_we_did" boolean not null default false, "recorded_by" uuid null, "import_batch" uuid null, primary key ("id"));`);
    this.addSql(`create index "social_post_neighbourhood_id_posted_on_index" on "engagement"."social_post" ("neighbourhood_id", "posted_on");`);

    this.addSql(`create table "engagement"."survey_fact" ("round_id" uuid not null, "neighbourhood_id" uuid not null, "round_label" varchar(255) not null, "opened_on" date not null, primary key ("round_id", "neighbourhood_id"));`);
    this.addSql(`create index "survey_fact_neighbourhood_id_opened_on_index" on "engagement"."survey_fact" ("neighbourhood_id", "opened_on");`);

    this.addSql(`alter table "engagement"."engagement" add constraint "engagement_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."engagement" add constraint "engagement_kind_check" check ("kind" in ('WARD_OR_PARISH_MEETING', 'PATCH_WALK', 'BEAT_SURGERY', 'COMMUNITY_EVENT', 'OTHER'));`);

    this.addSql(`alter table "engagement"."community_event" add constraint "community_event_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."community_event" add constraint "community_event_status_check" check ("status" in ('DRAFT', 'PUBLISHED', 'CANCELLED'));`);

    this.addSql(`alter table "engagement"."commander_update" add constraint "commander_update_policing_area_id_foreign" foreign key ("policing_area_id") references "engagement"."policing_area" ("id") on delete cascade;`);

    this.addSql(`alter table "engagement"."priority" add constraint "priority_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."priority" add constraint "priority_source_check" check ("source" in ('SURVEY', 'BEAT_SURGERY', 'CRIME_PATTERN_ANALYSIS', 'MEETING', 'OTHER'));`);
    this.addSql(`alter table "engagement"."priority" add constraint "priority_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED'));`);

    this.addSql(`alter table "engagement"."priority_update" add constraint "priority_update_priority_id_foreign" foreign key ("priority_id") references "engagement"."priority" ("id") on delete cascade;`);

    this.addSql(`alter table "engagement"."social_post" add constraint "social_post_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."social_post" add constraint "social_post_channel_check" check ("channel" in ('FACEBOOK', 'X', 'INSTAGRAM', 'NEXTDOOR', 'WHATSAPP', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "engagement"."priority_update" drop constraint "priority_update_priority_id_foreign";`);

    this.addSql(`drop table if exists "engagement"."newsletter_fact" cascade;`);
    this.addSql(`drop table if exists "engagement"."engagement" cascade;`);
    this.addSql(`drop table if exists "engagement"."community_event" cascade;`);
    this.addSql(`drop table if exists "engagement"."commander_update" cascade;`);
    this.addSql(`drop table if exists "engagement"."priority" cascade;`);
    this.addSql(`drop table if exists "engagement"."priority_update" cascade;`);
    this.addSql(`drop table if exists "engagement"."social_post" cascade;`);
    this.addSql(`drop table if exists "engagement"."survey_fact" cascade;`);
  }

}
