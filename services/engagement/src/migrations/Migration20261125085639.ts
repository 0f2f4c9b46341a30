import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085639 extends Migration {

  override name = 'Migration20261125085639';

  override up(): void | Promise<void> {
    this.addSql(`alter table "engagement"."neighbourhood" add "established_on" date null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "engagement"."neighbourhood" drop column "established_on";`);
  }

}
