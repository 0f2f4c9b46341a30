import { Migration } from '@mikro-orm/migrations';

export class Migration20261205104438 extends Migration {

  override name = 'Migration20261205104438';

  override up(): void | Promise<void> {
    this.addSql(`alter table "engagement"."neighbourhood" add "contact_phone" varchar(255) null, add "contact_email" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "engagement"."neighbourhood" drop column "contact_phone", drop column "contact_email";`);
  }

}
