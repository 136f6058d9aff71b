import { appRoleName, type SqlExecutor } from '@greenchain/event-store';
import { readModelSchema } from '../migrations/1796200000000-read-model-schema';
import type { StreamStates } from '../shared/stream-state-fold';
import type { Projection, ProjectionContext } from './projection';

/** A generation's table, named within its schema (an index takes this name as its prefix). */
function generationTableName(table: string, generation: number): string {
  return `rm_${table}_g${generation}`;
}

/** A generation's table, schema-qualified: what projections write to. */
export function physicalTableName(table: string, generation: number): string {
  return `${readModelSchema}.${generationTableName(table, generation)}`;
}

export function projectionContext(
  projection: Projection,
  executor: SqlExecutor,
  generation: number,
  streams: StreamStates,
): ProjectionContext {
  const known = new Set(projection.tables.map((table) => table.name));
  return {
    executor,
    fold: (folder, events) => streams.fold(executor, folder, events),
    histories: (events) => streams.histories(executor, events),
    table: (name) => {
      // A typo here would otherwise surface as "relation does not exist" deep inside a batch.
      if (!known.has(name)) throw new Error(`${projection.name} has no table ${name}`);
      return physicalTableName(name, generation);
    },
  };
}

export async function createGenerationTables(
  executor: SqlExecutor,
  projection: Projection,
  generation: number,
): Promise<void> {
  for (const table of projection.tables) {
    const physical = physicalTableName(table.name, generation);
    await executor.query(`CREATE TABLE IF NOT EXISTS ${physical} (${table.columns})`);
    // Readers read through security_invoker views: a process under another runtime role may too.
    if (!table.internal) await executor.query(`GRANT SELECT ON ${physical} TO ${appRoleName}`);
  }
  await createGenerationIndexes(executor, projection, generation);
}

/**
 * The indexes the projection's tables declare, on a generation's tables. Each is named by its place
 * in the list, so an index added at the end of a list is built on the active generation by the next
 * leader (see prepareGenerations), with no rebuild of the rows; those already there are kept.
 */
export async function createGenerationIndexes(
  executor: SqlExecutor,
  projection: Projection,
  generation: number,
): Promise<void> {
  for (const table of projection.tables) {
    const physical = physicalTableName(table.name, generation);
    for (const [index, definition] of (table.indexes ?? []).entries()) {
      const name = `${generationTableName(table.name, generation)}_i${index}`;
      await executor.query(
        `CREATE INDEX IF NOT EXISTS ${name} ON ${physical} ${indexBody(definition)}`,
      );
    }
  }
}

/** `country, seized_on` (columns of a btree index), or a whole body from `USING` on. */
function indexBody(definition: string): string {
  return definition.startsWith('USING ') ? definition : `(${definition})`;
}

/**
 * Points each public view at the generation's tables (DROP + CREATE since columns may change),
 * through the migration role's function: the runtime role owns no object in `public`.
 */
export async function switchViews(
  executor: SqlExecutor,
  projection: Projection,
  generation: number,
): Promise<void> {
  for (const table of projection.tables.filter((candidate) => !candidate.internal)) {
    await executor.query(`SELECT switch_projection_view($1, $2)`, [
      table.name,
      generationTableName(table.name, generation),
    ]);
  }
}

export async function dropGenerationTables(
  executor: SqlExecutor,
  projection: Projection,
  generation: number,
): Promise<void> {
  for (const table of projection.tables) {
    await executor.query(`DROP TABLE IF EXISTS ${physicalTableName(table.name, generation)}`);
  }
}

export function checkpointId(projection: Projection, generation: number): string {
  return `projection:${projection.name}:g${generation}`;
}
