import { Migration } from '@mikro-orm/migrations';

export class Migration20261205104410 extends Migration {

  override name = 'Migration20261205104410';

  override up(): void | Promise<void> {
    this.addSql(`alter table "engagement"."community_event" add "imported_from" text null, add "import_hash" varchar(64) null;`);
    this.addSql(`alter table "engagement"."community_event" add constraint "community_event_imported_from_unique" unique ("imported_from");`);

    this.addSql(`alter table "engagement"."priority" add "imported_from" text null, add "import_hash" varchar(64) null;`);
    this.addSql(`alter table "engagement"."priority" add constraint "priority_imported_from_unique" unique ("imported_from");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "engagement"."community_event" drop constraint "community_event_imported_from_unique";`);
    this.addSql(`alter table "engagement"."community_event" drop column "imported_from", drop column "import_hash";`);

    this.addSql(`alter table "engagement"."priority" drop constraint "priority_imported_from_unique";`);
    this.addSql(`alter table "engagement"."priority" drop column "imported_from", drop column "import_hash";`);
  }

}
