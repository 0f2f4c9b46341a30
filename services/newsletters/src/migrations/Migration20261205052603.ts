import { Migration } from '@mikro-orm/migrations';

export class Migration20261205052603 extends Migration {

  override name = 'Migration20261205052603';

  override up(): void | Promise<void> {
    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_status_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_status_check" check ("status" in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED', 'CANCELLED'));`);

    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_status_check";`);
    this.addSql(`alter table "newsletters"."newsletter" add "withdrawn_at" timestamptz null;`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_status_check" check ("status" in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'));`);

    // Written by hand (the generator does not see a unique constraint become a partial index):
    // a withdrawn issue no longer holds its month, so a corrected one can be drafted.
    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_one_per_month";`);
    this.addSql(`create unique index "newsletter_one_per_month" on "newsletters"."newsletter" ("neighbourhood_id", "month") where "status" <> 'WITHDRAWN';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "newsletters"."newsletter_one_per_month";`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_one_per_month" unique ("neighbourhood_id", "month");`);

    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_status_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_status_check" check ("status" in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED'));`);

    this.addSql(`alter table "newsletters"."newsletter" drop constraint "newsletter_status_check";`);
    this.addSql(`alter table "newsletters"."newsletter" drop column "withdrawn_at";`);
    this.addSql(`alter table "newsletters"."newsletter" add constraint "newsletter_status_check" check ("status" in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED'));`);
  }

}
