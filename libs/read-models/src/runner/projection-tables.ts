import type { SqlExecutor } from '@greenchain/event-store';
import type { StreamStates } from '../shared/stream-state-fold';
import type { Projection, ProjectionContext } from './projection';

export function physicalTableName(table: string, generation: number): string {
  return `rm_${table}_g${generation}`;
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
    for (const [index, columns] of (table.indexes ?? []).entries()) {
      await executor.query(
        `CREATE INDEX IF NOT EXISTS ${physical}_i${index} ON ${physical} (${columns})`,
      );
    }
  }
}

/** Points each public view at the generation's tables; DROP + CREATE since columns may change. */
export async function switchViews(
  executor: SqlExecutor,
  projection: Projection,
  generation: number,
): Promise<void> {
  for (const table of projection.tables.filter((candidate) => !candidate.internal)) {
    await executor.query(`DROP VIEW IF EXISTS ${table.name}`);
    await executor.query(
      `CREATE VIEW ${table.name} AS SELECT * FROM ${physicalTableName(table.name, generation)}`,
    );
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
