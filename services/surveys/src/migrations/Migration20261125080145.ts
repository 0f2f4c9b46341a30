import { Migration } from '@mikro-orm/migrations';

export class Migration20261125080145 extends Migration {

  override name = 'Migration20261125080145';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "surveys";`);
    this.addSql(`create table "surveys"."round_result" ("id" uuid not null, "neighbourhood_id" uuid not null, "round_label" varchar(255) not null, "closed_on" date not null, "score" numeric(4,1) not null, "responses" int not null, primary key ("id"));`);
    this.addSql(`create index "round_result_neighbourhood_id_index" on "surveys"."round_result" ("neighbourhood_id");`);
    this.addSql(`alter table "surveys"."round_result" add constraint "round_result_neighbourhood_id_round_label_unique" unique ("neighbourhood_id", "round_label");`);
  }

}
