import { randomUUID } from 'node:crypto';
import type { EntityData, EntityName, FilterQuery, UpsertOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ImportResult } from './import-result.types.ts';

/** Rows per INSERT: 12 columns × 500 rows stays far below PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 500;

interface ImportedRecord {
  id: string;
  importBatch: string | null;
}

/**
 * Writes checked records in one transaction, under one new import batch id. Each record's id is
 * derived from what it is (see the callers' stableId keys), so re-importing a file upserts the
 * same rows: `merge` says which columns a re-import may correct. A dry run only counts.
 */
export async function writeImport<Entity extends ImportedRecord>(
  em: EntityManager,
  entity: EntityName<Entity>,
  records: (EntityData<Entity> & { id: string })[],
  { dryRun, merge }: { dryRun: boolean; merge: (keyof Entity & string)[] },
): Promise<ImportResult> {
  // The same row twice in a file is one record; the later row wins, as it would on a re-import.
  const unique = [...new Map(records.map((record) => [record.id, record])).values()];
  return em.transactional(async (tx) => {
    // MikroORM's query types cannot see through a generic entity; `id` exists on every one.
    const ids = {
      id: { $in: unique.map((record) => record.id) },
    } as unknown as FilterQuery<Entity>;
    const existing = await tx.count(entity, ids);
    const imported = unique.length - existing;
    const result = { imported, alreadyPresent: records.length - imported, errors: [], dryRun };
    if (dryRun || unique.length === 0) return result;
    const importBatch = randomUUID();
    await tx.upsertMany(
      entity,
      unique.map((record) => ({ ...record, importBatch }) as EntityData<Entity>),
      {
        onConflictFields: ['id'],
        onConflictAction: 'merge',
        onConflictMergeFields: merge as UpsertOptions<Entity>['onConflictMergeFields'],
        batchSize: BATCH_SIZE,
      },
    );
    return result;
  });
}
