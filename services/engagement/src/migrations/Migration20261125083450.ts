import { Migration } from '@mikro-orm/migrations';

export class Migration20261125083450 extends Migration {

  override name = 'Migration20261125083450';

  override up(): void | Promise<void> {
    this.addSql(`create table "engagement"."officer" ("id" uuid not null, "neighbourhood_id" uuid not null, "name" varchar(255) not null, "role" varchar(255) not null, "bio" text null, "photo_url" varchar(255) null, "display_order" smallint not null default 0, "imported_from" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "officer_neighbourhood_id_index" on "engagement"."officer" ("neighbourhood_id");`);

    this.addSql(`create table "engagement"."neighbourhood_profile" ("neighbourhood_id" uuid not null, "population" int not null, "deprivation_decile" smallint not null, "age_bands" jsonb not null, "ethnicity" jsonb not null, "main_languages" jsonb not null, "is_demo_data" boolean not null, primary key ("neighbourhood_id"));`);

    this.addSql(`create table "engagement"."coverage_area" ("id" uuid not null, "neighbourhood_id" uuid not null, "name" varchar(255) not null, "kind" text not null, primary key ("id"));`);
    this.addSql(`create index "coverage_area_neighbourhood_id_index" on "engagement"."coverage_area" ("neighbourhood_id");`);
    this.addSql(`alter table "engagement"."coverage_area" add constraint "coverage_area_neighbourhood_id_name_unique" unique ("neighbourhood_id", "name");`);

    this.addSql(`create table "engagement"."postcode_sector" ("sector" varchar(6) not null, "neighbourhood_id" uuid not null, primary key ("sector"));`);
    this.addSql(`create index "postcode_sector_neighbourhood_id_index" on "engagement"."postcode_sector" ("neighbourhood_id");`);

    this.addSql(`alter table "engagement"."neighbourhood" add "description" text null, add "police_force_ref" varchar(255) null, add "police_neighbourhood_ref" varchar(255) null, add "boundary" jsonb null;`);
    this.addSql(`alter table "engagement"."neighbourhood" add constraint "neighbourhood_police_force_ref_police_neighbourhood_ref_unique" unique ("police_force_ref", "police_neighbourhood_ref");`);

    this.addSql(`alter table "engagement"."officer" add constraint "officer_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);

    this.addSql(`alter table "engagement"."neighbourhood_profile" add constraint "neighbourhood_profile_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "engagement"."coverage_area" add constraint "coverage_area_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement"."coverage_area" add constraint "coverage_area_kind_check" check ("kind" in ('WARD', 'PARISH'));`);

    this.addSql(`alter table "engagement"."postcode_sector" add constraint "postcode_sector_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "engagement"."officer" cascade;`);
    this.addSql(`drop table if exists "engagement"."neighbourhood_profile" cascade;`);
    this.addSql(`drop table if exists "engagement"."coverage_area" cascade;`);
    this.addSql(`drop table if exists "engagement"."postcode_sector" cascade;`);

    this.addSql(`alter table "engagement"."neighbourhood" drop constraint "neighbourhood_police_force_ref_police_neighbourhood_ref_unique";`);
    this.addSql(`alter table "engagement"."neighbourhood" drop column "description", drop column "police_force_ref", drop column "police_neighbourhood_ref", drop column "boundary";`);
  }

}
