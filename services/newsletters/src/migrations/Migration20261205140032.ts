import { Migration } from '@mikro-orm/migrations';

export class Migration20261205140032 extends Migration {

  override name = 'Migration20261205140032';

  override up(): void | Promise<void> {
    this.addSql(`create table "newsletters"."known_population" ("neighbourhood_id" uuid not null, "population" int not null, "counts" jsonb not null, "is_demo_data" boolean not null, "source" text not null, "updated_at" timestamptz not null, primary key ("neighbourhood_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."known_population" cascade;`);
  }

}
