import { Migration } from '@mikro-orm/migrations';

export class Migration20261205114751 extends Migration {

  override name = 'Migration20261205114751';

  override up(): void | Promise<void> {
    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_kind_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_kind_check" check ("kind" in ('NEWSLETTER', 'EVENT_INVITATION', 'SURVEY_INVITATION', 'ALERT', 'CONFIRMATION', 'ALREADY_SUBSCRIBED', 'DEMOGRAPHICS_LINK'));`);

    this.addSql(`alter table "newsletters"."subscriber" add "demographics_token_hash" varchar(64) null, add "demographics_link_requested_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "newsletters"."delivery" drop constraint "delivery_kind_check";`);
    this.addSql(`alter table "newsletters"."delivery" add constraint "delivery_kind_check" check ("kind" in ('NEWSLETTER', 'EVENT_INVITATION', 'SURVEY_INVITATION', 'ALERT', 'CONFIRMATION', 'ALREADY_SUBSCRIBED'));`);

    this.addSql(`alter table "newsletters"."subscriber" drop column "demographics_token_hash", drop column "demographics_link_requested_at";`);
  }

}
