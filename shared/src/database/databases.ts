import pg from 'pg';

/** Replaces the database name in a server or database URL. */
export function databaseUrl(serverOrDatabaseUrl: string, database: string): string {
  const url = new URL(serverOrDatabaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the database if it is missing. Names are checked, as they cannot be bound parameters. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`"${database}" is not a safe database name.`);
  await withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  });
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`"${database}" is not a safe database name.`);
  await withClient(databaseUrl(serverUrl, 'postgres'), (client) =>
    client.query(`drop database if exists "${database}" with (force)`),
  );
}

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
