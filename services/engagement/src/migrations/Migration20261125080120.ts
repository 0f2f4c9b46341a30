import { Migration } from '@mikro-orm/migrations';

export class Migration20261125080120 extends Migration {

  override name = 'Migration20261125080120';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "engagement";`);
    this.addSql(`create table "engagement"."policing_area" ("id" uuid not null, "slug" varchar(255) not null, "name" varchar(255) not null, primary key ("id"));`);
    this.addSql(`alter table "engagement"."policing_area" add constraint "policing_area_slug_unique" unique ("slug");`);

    this.addSql(`create table "engagement"."neighbourhood" ("id" uuid not null, "slug" varchar(255) not null, "name" varchar(255) not null, "policing_area_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "engagement"."neighbourhood" add constraint "neighbourhood_slug_unique" unique ("slug");`);

    this.addSql(`create table "engagement"."staff_account" ("id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "role" text not null, "password_hash" varchar(255) not null, "neighbourhood_id" uuid null, "policing_area_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "engagement"."staff_account" add constraint "staff_account_email_unique" unique ("email");`);
    this.addSql(`alter table "engagement"."staff_account" add constraint "staff_account_team_matches_role" check ((role <> 'OFFICER' or neighbourhood_id is not null) and (role <> 'COMMANDER' or policing_area_id is not null));`);
    this.addSql(`alter table "engagement"."staff_account" add constraint "staff_account_role_check" check ("role" in ('OFFICER', 'COMMANDER', 'REVIEWER', 'ANALYST', 'ADMIN'));`);

    this.addSql(`alter table "engagement"."neighbourhood" add constraint "neighbourhood_policing_area_id_foreign" foreign key ("policing_area_id") references "engagement"."policing_area" ("id") on delete restrict;`);

    this.addSql(`alter table "engagement"."staff_account" add constraint "staff_account_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "engagement"."neighbourhood" ("id") on delete restrict;`);
    this.addSql(`alter table "engagement"."staff_account" add constraint "staff_account_policing_area_id_foreign" foreign key ("policing_area_id") references "engagement"."policing_area" ("id") on delete restrict;`);
  }

}
