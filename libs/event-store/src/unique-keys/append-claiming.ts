import type { DataSource } from 'typeorm';
import { appendAlone, type AppendCall, type AppendResult } from '../append-call';
import { lockStreams } from '../stream-locks';
import { claimUniqueKeys } from './claim-unique-keys';
import type { UniqueKey } from './unique-key';

/**
 * An append that claims unique keys: one transaction of its own, outside group commit (claims are
 * rare: a new case with a reference), so the keys and the events commit together or not at all.
 */
export function appendClaiming(
  call: AppendCall,
  keys: readonly UniqueKey[],
  dataSource: DataSource,
): Promise<AppendResult> {
  return dataSource.transaction(async (manager) => {
    const transaction = manager.queryRunner;
    if (!transaction) throw new Error('a transaction without a query runner');
    await lockStreams(transaction, [call.streamId]);
    await claimUniqueKeys(transaction, keys, call.streamId);
    return appendAlone(call, dataSource, transaction);
  });
}
