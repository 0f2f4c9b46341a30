import { Migration } from '@mikro-orm/migrations';

export class Migration20261205135820 extends Migration {

  override name = 'Migration20261205135820';

  override up(): void | Promise<void> {
    // Until now every profile was demo data (there was no importer); the seed writes them again,
    // from the counts, and announces them.
    this.addSql(`delete from "engagement"."neighbourhood_profile" where "is_demo_data";`);
    this.addSql(`alter table "engagement"."neighbourhood_profile" drop column "age_bands", drop column "ethnicity", drop column "main_languages";`);
    this.addSql(`alter table "engagement"."neighbourhood_profile" add "average_deprivation_decile" double precision not null, add "most_deprived_residents" int not null, add "counts" jsonb not null, add "language_counts" jsonb not null, add "language_base" int not null, add "lsoa_codes" jsonb not null, add "sources" jsonb not null, add "updated_at" timestamptz not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "engagement"."neighbourhood_profile";`);
    this.addSql(`alter table "engagement"."neighbourhood_profile" drop column "average_deprivation_decile", drop column "most_deprived_residents", drop column "counts", drop column "language_counts", drop column "language_base", drop column "lsoa_codes", drop column "sources", drop column "updated_at";`);
    this.addSql(`alter table "engagement"."neighbourhood_profile" add "age_bands" jsonb not null, add "ethnicity" jsonb not null, add "main_languages" jsonb not null;`);
  }

}
