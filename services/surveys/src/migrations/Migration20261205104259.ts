import { Migration } from '@mikro-orm/migrations';

export class Migration20261205104259 extends Migration {

  override name = 'Migration20261205104259';

  override up(): void | Promise<void> {
    this.addSql(`alter table "surveys"."poll" add "opened_at" timestamptz null, add "closed_at" timestamptz null;`);
    // Polls made before drafts existed opened when they were created.
    this.addSql(`update "surveys"."poll" set "opened_at" = "created_at";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "surveys"."poll" drop column "opened_at", drop column "closed_at";`);
  }

}
