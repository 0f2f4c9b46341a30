import { Migration } from '@mikro-orm/migrations';

export class Migration20261205081745 extends Migration {

  override name = 'Migration20261205081745';

  override up(): void | Promise<void> {
    // "if not exists": until now rate-limiter-flexible created this table itself, with these very
    // columns, so a database that has taken sign-ups has it already and keeps its counts.
    this.addSql(`create table if not exists "newsletters"."sign_up_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "newsletters"."sign_up_limit" cascade;`);
  }

}
