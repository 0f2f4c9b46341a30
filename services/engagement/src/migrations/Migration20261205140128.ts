import { Migration } from '@mikro-orm/migrations';

export class Migration20261205140128 extends Migration {

  override name = 'Migration20261205140128';

  override up(): void | Promise<void> {
    // Existing rows: last changed when recorded, as far as anyone knows. Milliseconds, as the
    // service writes them, so an export's (updated_at, id) cursor compares exactly.
    this.addSql(`alter table "engagement"."engagement" add "updated_at" timestamptz null;`);
    this.addSql(`update "engagement"."engagement" set "updated_at" = "created_at";`);
    this.addSql(`alter table "engagement"."engagement" alter column "updated_at" set not null;`);
    this.addSql(`create index "engagement_updated_at_index" on "engagement"."engagement" ("updated_at");`);

    this.addSql(`alter table "engagement"."social_post" add "created_at" timestamptz not null default date_trunc('milliseconds', now()), add "updated_at" timestamptz not null default date_trunc('milliseconds', now());`);
    this.addSql(`alter table "engagement"."social_post" alter column "created_at" drop default, alter column "updated_at" drop default;`);
    this.addSql(`create index "social_post_updated_at_index" on "engagement"."social_post" ("updated_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "engagement"."engagement_updated_at_index";`);
    this.addSql(`alter table "engagement"."engagement" drop column "updated_at";`);

    this.addSql(`drop index "engagement"."social_post_updated_at_index";`);
    this.addSql(`alter table "engagement"."social_post" drop column "created_at", drop column "updated_at";`);
  }

}
