import { Migration } from '@mikro-orm/migrations';

export class Migration20261125104930 extends Migration {

  override name = 'Migration20261125104930';

  override up(): void | Promise<void> {
    this.addSql(`create table "surveys"."known_neighbourhood" ("id" uuid not null, "name" varchar(255) not null, "slug" varchar(255) not null, "policing_area_id" uuid not null, "policing_area_name" varchar(255) not null, "policing_area_slug" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "known_neighbourhood_policing_area_id_index" on "surveys"."known_neighbourhood" ("policing_area_id");`);

    this.addSql(`create table "surveys"."local_answer" ("response_id" uuid not null, "question_id" uuid not null, "choice" text not null, primary key ("response_id", "question_id"));`);

    this.addSql(`create table "surveys"."poll" ("id" uuid not null, "question" text not null, "policing_area_ids" jsonb not null, "neighbourhood_ids" jsonb not null, "closes_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "surveys"."poll_option" ("id" uuid not null, "poll_id" uuid not null, "position" int not null, "label" text not null, primary key ("id"));`);
    this.addSql(`create index "poll_option_poll_id_position_index" on "surveys"."poll_option" ("poll_id", "position");`);

    this.addSql(`create table "surveys"."poll_vote" ("poll_id" uuid not null, "client_hash" varchar(64) not null, "option_id" uuid not null, primary key ("poll_id", "client_hash"));`);
    this.addSql(`create index "poll_vote_option_id_index" on "surveys"."poll_vote" ("option_id");`);

    this.addSql(`create table "surveys"."question_set" ("id" uuid not null, "version" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "surveys"."question_set" add constraint "question_set_version_unique" unique ("version");`);

    this.addSql(`create table "surveys"."rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`create table "surveys"."survey_question" ("id" uuid not null, "code" varchar(255) not null, "standard" boolean not null, "question_set_version" int null, "round_id" uuid null, "policing_area_id" uuid null, "text_en" text not null, "text_cy" text null, primary key ("id"));`);
    this.addSql(`create index "survey_question_question_set_version_index" on "surveys"."survey_question" ("question_set_version");`);
    this.addSql(`create index "survey_question_round_id_policing_area_id_index" on "surveys"."survey_question" ("round_id", "policing_area_id");`);

    this.addSql(`create table "surveys"."survey_response" ("id" uuid not null, "round_id" uuid not null, "neighbourhood_id" uuid null, "policing_area_id" uuid null, "verified" boolean not null, "submitted_on" date not null, "age_band" text null, "ethnic_group" text null, "disability" text null, "gender" text null, "q1" text not null, "q2" text not null, "q3" text not null, "q4" text not null, "q5" text not null, primary key ("id"));`);
    this.addSql(`create index "survey_response_round_id_policing_area_id_index" on "surveys"."survey_response" ("round_id", "policing_area_id");`);
    this.addSql(`create index "survey_response_round_id_neighbourhood_id_index" on "surveys"."survey_response" ("round_id", "neighbourhood_id");`);

    this.addSql(`create table "surveys"."survey_round" ("id" uuid not null, "label" varchar(255) not null, "opens_on" date not null, "closes_on" date not null, "status" text not null, "question_set_version" int not null, "policing_area_ids" jsonb not null, "national_comparison" numeric(4,1) null, "opened_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "surveys"."survey_round" add constraint "survey_round_label_unique" unique ("label");`);

    this.addSql(`create table "surveys"."used_invitation" ("invitation_id" uuid not null, "round_id" uuid not null, "subscriber_id" uuid null, primary key ("invitation_id"));`);
    this.addSql(`create index "used_invitation_subscriber_id_index" on "surveys"."used_invitation" ("subscriber_id");`);

    this.addSql(`drop table if exists "surveys"."round_result" cascade;`);

    this.addSql(`alter table "surveys"."local_answer" add constraint "local_answer_choice_check" check ("choice" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);

    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_age_band_check" check ("age_band" in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_74', 'AGE_75_PLUS', 'PREFER_NOT_TO_SAY'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_ethnic_group_check" check ("ethnic_group" in ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER', 'PREFER_NOT_TO_SAY'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_disability_check" check ("disability" in ('YES', 'NO', 'PREFER_NOT_TO_SAY'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_gender_check" check ("gender" in ('WOMAN', 'MAN', 'IN_ANOTHER_WAY', 'PREFER_NOT_TO_SAY'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_q1_check" check ("q1" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_q2_check" check ("q2" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_q3_check" check ("q3" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_q4_check" check ("q4" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);
    this.addSql(`alter table "surveys"."survey_response" add constraint "survey_response_q5_check" check ("q5" in ('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'));`);

    this.addSql(`alter table "surveys"."survey_round" add constraint "survey_round_status_check" check ("status" in ('SCHEDULED', 'OPEN', 'CLOSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "surveys"."round_result" ("closed_on" date not null, "id" uuid not null, "neighbourhood_id" uuid not null, "responses" int not null, "round_label" varchar(255) not null, "score" numeric(4,1) not null, primary key ("id"));`);
    this.addSql(`create index "round_result_neighbourhood_id_index" on "surveys"."round_result" ("neighbourhood_id");`);
    this.addSql(`alter table "surveys"."round_result" add constraint "round_result_neighbourhood_id_round_label_unique" unique ("neighbourhood_id", "round_label");`);

    this.addSql(`drop table if exists "surveys"."known_neighbourhood" cascade;`);
    this.addSql(`drop table if exists "surveys"."local_answer" cascade;`);
    this.addSql(`drop table if exists "surveys"."poll" cascade;`);
    this.addSql(`drop table if exists "surveys"."poll_option" cascade;`);
    this.addSql(`drop table if exists "surveys"."poll_vote" cascade;`);
    this.addSql(`drop table if exists "surveys"."question_set" cascade;`);
    this.addSql(`drop table if exists "surveys"."rate_limit" cascade;`);
    this.addSql(`drop table if exists "surveys"."survey_question" cascade;`);
    this.addSql(`drop table if exists "surveys"."survey_response" cascade;`);
    this.addSql(`drop table if exists "surveys"."survey_round" cascade;`);
    this.addSql(`drop table if exists "surveys"."used_invitation" cascade;`);
  }

}
