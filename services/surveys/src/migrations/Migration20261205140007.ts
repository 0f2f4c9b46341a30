import { Migration } from '@mikro-orm/migrations';

export class Migration20261205140007 extends Migration {

  override name = 'Migration20261205140007';

  override up(): void | Promise<void> {
    this.addSql(`create table "surveys"."known_population" ("neighbourhood_id" uuid not null, "population" int not null, "counts" jsonb not null, "is_demo_data" boolean not null, "source" text not null, "updated_at" timestamptz not null, primary key ("neighbourhood_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "surveys"."known_population" cascade;`);
  }

}
