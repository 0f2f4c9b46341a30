import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * rate-limiter-flexible's PostgreSQL store (`storeType: 'pool'`) over a request's own MikroORM
 * connection, so a limiter needs no pool of its own. The library speaks node-postgres
 * (`query({ text, values })` with $1 placeholders, reading `rows` and, for `get` and `delete`,
 * `rowCount`); MikroORM takes `?` placeholders in order, so each $n becomes ? with the values
 * reordered (the library's upsert uses $4 twice).
 */
export function rateLimiterStore(em: EntityManager) {
  return {
    async query({ text, values = [] }: { text: string; values?: unknown[] }) {
      const ordered: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_, n: string) => {
        ordered.push(values[Number(n) - 1]);
        return '?';
      });
      const rows = await em.execute(sql, ordered);
      return { rows, rowCount: rows.length };
    },
  };
}
