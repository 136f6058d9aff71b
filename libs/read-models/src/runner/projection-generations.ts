import { loadCheckpoint } from '@greenchain/event-store';
import type { QueryRunner } from 'typeorm';
import { inTransaction } from './in-transaction';
import type { Projection } from './projection';
import { loadStatus, type ProjectionStatusRecord } from './projection-status';
import {
  checkpointId,
  createGenerationIndexes,
  createGenerationTables,
  dropGenerationTables,
  switchViews,
} from './projection-tables';

/*
 * A projection's tables come in generations. Readers read the active one through views; a new
 * version (or a rebuild request) fills the next generation from the start of the log beside it,
 * and the views switch to it in one transaction once it has caught up.
 */

/**
 * Called by a new leader. First start: generation 1, its tables and views. The same version: any
 * index it declares and the active tables lack is built. A new version: a rebuild into the next
 * generation is requested.
 */
export async function prepareGenerations(
  connection: QueryRunner,
  projection: Projection,
): Promise<void> {
  const status = await loadStatus(connection, projection.name);
  if (!status) {
    await inTransaction(connection, async () => {
      await createGenerationTables(connection, projection, 1);
      await switchViews(connection, projection, 1);
      await connection.query(
        `INSERT INTO projection_status (name, status, version, generation)
         VALUES ($1, 'active', $2, 1) ON CONFLICT (name) DO NOTHING`,
        [projection.name, projection.version],
      );
    });
    return;
  }
  // Indexes added to the same version: built on the rows already there, no rebuild.
  if (status.version === projection.version) {
    await createGenerationIndexes(connection, projection, status.generation);
  }
  if (status.version !== projection.version && status.buildingGeneration === null) {
    await connection.query(
      `UPDATE projection_status
          SET building_generation = generation + 1, building_version = $2,
              status = 'rebuilding', updated_at = now()
        WHERE name = $1`,
      [projection.name, projection.version],
    );
  }
}

/**
 * An empty batch may only mean an older transaction still hides newer events: switch when the new
 * generation is at least where the active one is, so readers never see the model go back in time.
 */
export async function buildHasCaughtUp(
  connection: QueryRunner,
  projection: Projection,
  status: ProjectionStatusRecord,
): Promise<boolean> {
  if (status.buildingGeneration === null) return false;
  const built = await loadCheckpoint(
    connection,
    checkpointId(projection, status.buildingGeneration),
  );
  const active = await loadCheckpoint(connection, checkpointId(projection, status.generation));
  // A frozen active generation (new version) is not applied any more: only the log's head counts.
  if (status.version !== projection.version) return true;
  const [row] = (await connection.query(
    `SELECT ($1::xid8, $2::bigint) >= ($3::xid8, $4::bigint) AS done`,
    [built.transactionId, built.globalPosition, active.transactionId, active.globalPosition],
  )) as { done: boolean }[];
  return row?.done === true;
}

/** One transaction: views to the built tables, the old generation dropped, status active. */
export async function switchToBuilt(
  connection: QueryRunner,
  projection: Projection,
  status: ProjectionStatusRecord,
  generation: number,
): Promise<void> {
  await inTransaction(connection, async () => {
    const [built] = (await connection.query(
      `SELECT global_position FROM checkpoints WHERE subscription_id = $1`,
      [checkpointId(projection, generation)],
    )) as { global_position: string }[];
    await switchViews(connection, projection, generation);
    await dropGenerationTables(connection, projection, status.generation);
    await connection.query(`DELETE FROM checkpoints WHERE subscription_id = $1`, [
      checkpointId(projection, status.generation),
    ]);
    await connection.query(
      `UPDATE projection_status
          SET status = 'active', version = building_version, generation = building_generation,
              building_generation = NULL, building_version = NULL, last_position = $2,
              updated_at = now()
        WHERE name = $1 AND building_generation = $3`,
      [projection.name, Number(built?.global_position ?? 0), generation],
    );
  });
}
