import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102327 extends Migration {

  override name = 'Migration20261125102327';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."announcement" ("id" uuid not null, "kind" text not null, "payload" jsonb not null, "received_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "newsletters"."delivery" ("id" uuid not null, "kind" text not null, "subject_id" uuid not null, "subscriber_id" uuid null, "email_address" varchar(254) null, "neighbourhood_id" uuid null, "status" text not null default 'QUEUED', "enqueued_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "delivery_subscriber" on "newsletters"."delivery" ("subscriber_id");`);
    this.addSql(`create index "delivery_waiting" on "newsletters"."delivery" ("status", "enqueued_at");`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_once" unique ("kind", "subject_id", "subscriber_id");`);

    this.addSql(`create table "newsletters"."known_neighbourhood" ("id" uuid not null, "name" varchar(255) not null, "slug" varchar(255) not null, "policing_area_id" uuid not null, "policing_area_name" varchar(255) not null, "policing_area_slug" varchar(255) not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "known_neighbourhood_policing_area_id_index" on "newsletters"."known_neighbourhood" ("policing_area_id");`);

    this.addSql(`create table "newsletters"."subscriber" ("id" uuid not null, "email" varchar(254) not null, "email_key" varchar(254) not null, "status" text not null default 'PENDING', "neighbourhood_ids" text[] not null, "policing_area_ids" text[] not null, "interests" text[] not null, "language" text not null default 'EN', "format" text not null default 'HTML', "demographics" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "confirmed_at" timestamptz null, "unsubscribed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_email_key_unique" unique ("email_key");`);
    this.addSql(`create index "subscriber_policing_area_ids" on "newsletters"."subscriber" using gin ("policing_area_ids");`);
    this.addSql(`create index "subscriber_neighbourhood_ids" on "newsletters"."subscriber" using gin ("neighbourhood_ids");`);

    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_status_check";`);
    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_published_has_date";`);
    this.addSql(`alter table "newsletters"."newsletter" add "month" varchar(7) null, add "introduction" text not null default '', add "author" jsonb null, add "priorities" jsonb not null default '[]', add "events" jsonb not null default '[]', add "advice" text not null default '', add "contact" text not null default '', add "review_comment" text null, add "submitted_at" timestamptz null, add "scheduled_for" timestamptz null, add "publish_job_queued_at" timestamptz null, add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`);
    // Written by hand: issues seeded before the workflow existed get their month and upper-case status.
    this.addSql(`update "newsletters"."newsletter" set "status" = upper("status"), "month" = to_char(coalesce("published_at", now()) at time zone 'UTC', 'YYYY-MM');`);
    this.addSql(`alter table "newsletters"."newsletter" alter column "month" set not null;`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_published_has_date" check (status <> 'PUBLISHED' or published_at is not null);`);
    this.addSql(`alter table "newsletters"."newsletter" alter column "status" set default 'DRAFT';`);
    this.addSql(`create index "newsletter_status_submitted_at_index" on "newsletters"."newsletter" ("status", "submitted_at");`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_one_per_month" unique ("neighbourhood_id", "month");`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_status_check" check ("status" in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED'));`);

    this.addSql(`alter table "newsletters"."announcement" add constraint "announcement_kind_check" check ("kind" in ('EVENT', 'SURVEY_ROUND'));`);

    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_kind_check" check ("kind" in ('NEWSLETTER', 'EVENT_INVITATION', 'SURVEY_INVITATION', 'CONFIRMATION', 'ALREADY_SUBSCRIBED'));`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_status_check" check ("status" in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED'));`);

    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_status_check" check ("status" in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'SUPPRESSED'));`);
    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_language_check" check ("language" in ('EN', 'CY'));`);
    this.addSql(`alter table "newsletters"."subscriber" add constraint "subscriber_format_check" check ("format" in ('HTML', 'PLAIN_TEXT', 'LARGE_PRINT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."announcement" cascade;`);
    this.addSql(`drop table if exists "newsletters"."delivery" cascade;`);
    this.addSql(`drop table if exists "newsletters"."known_neighbourhood" cascade;`);
    this.addSql(`drop table if exists "newsletters"."subscriber" cascade;`);

    this.addSql(`drop index "newsletters"."newsletter_status_submitted_at_index";`);
    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_one_per_month";`);
    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_status_check";`);
    this.addSql(`alter table "newsletters"."newsletter" drop column "month", drop column "introduction", drop column "author", drop column "priorities", drop column "events", drop column "advice", drop column "contact", drop column "review_comment", drop column "submitted_at", drop column "scheduled_for", drop column "publish_job_queued_at", drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "newsletters"."newsletter" alter column "status" drop default;`);
    this.addSql(`update "newsletters"."newsletter" set "status" = lower("status") where "status" in ('DRAFT', 'PUBLISHED');`);
    this.addSql(`delete from "newsletters"."newsletter" where "status" not in ('draft', 'published');`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_status_check" check ("status" in ('draft', 'published'));`);
    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_published_has_date";`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_published_has_date" check (status <> 'published' or published_at is not null);`);
  }

}
