import { type PGlite } from '@electric-sql/pglite';
import { NotificationTap } from './notification-tap';

interface QueuedMessage {
  readonly connectionId: number;
  readonly message: Uint8Array;
  readonly onData: (data: Uint8Array) => void;
  readonly resolve: (bytes: number) => void;
  readonly reject: (error: unknown) => void;
}

const query = 0x51; // 'Q': a simple query, complete in itself
const sync = 0x53; // 'S': ends an extended-protocol sequence (Parse, Bind, Describe, Execute…)
const terminate = 0x58; // 'X'
const syncMessage = new Uint8Array([sync, 0, 0, 0, 4]);

/**
 * Hands PGlite's single session to one connection at a time, message by message, and keeps it with
 * that connection until the connection is at a boundary: after a simple query or a Sync, outside a
 * transaction. pglite-socket's own queue only keeps a connection for the length of an explicit
 * transaction, so two clients' Parse/Bind/Execute sequences interleaved and one lost its unnamed
 * portal ("portal does not exist") or, worse, read the other's rows.
 *
 * The one session also means PostgreSQL sends a notification only to the connection whose query
 * committed the NOTIFY, never to the one that ran LISTEN: every notification is therefore passed on
 * to the other connections too (a client that did not listen ignores it), so LISTEN/NOTIFY works
 * across connections as on a server (BullMQ's workers wait for jobs that way).
 */
export class SessionQueue {
  private readonly waiting: QueuedMessage[] = [];
  private owner: number | null = null;
  private running = false;
  /** Where each open connection's output goes, to pass notifications on. */
  private readonly outputs = new Map<number, (data: Uint8Array) => void>();
  private readonly notifications = new NotificationTap();

  constructor(private readonly db: PGlite) {}

  enqueue(connectionId: number, message: Uint8Array, onData: (data: Uint8Array) => void) {
    this.outputs.set(connectionId, onData);
    return new Promise<number>((resolve, reject) => {
      this.waiting.push({ connectionId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  /** Called when the connection goes away. */
  clearQueueForHandler(connectionId: number): void {
    this.outputs.delete(connectionId);
    for (let i = this.waiting.length - 1; i >= 0; i -= 1) {
      const item = this.waiting[i];
      if (item?.connectionId !== connectionId) continue;
      this.waiting.splice(i, 1);
      item.reject(new Error('connection closed'));
    }
  }

  /** A connection that left mid-sequence or mid-transaction must not leave the session half-used. */
  async clearTransactionIfNeeded(connectionId: number): Promise<void> {
    if (this.owner !== connectionId) return;
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRaw(syncMessage);
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    });
    this.owner = null;
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) await this.run(item);
    } finally {
      this.running = false;
    }
  }

  private next(): QueuedMessage | undefined {
    const index =
      this.owner === null ? 0 : this.waiting.findIndex((m) => m.connectionId === this.owner);
    return index === -1 ? undefined : this.waiting.splice(index, 1)[0];
  }

  private async run(item: QueuedMessage): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            item.onData(data);
            this.passOnNotifications(item.connectionId, data);
          },
        }),
      );
    } catch (error) {
      item.reject(error);
      return;
    }
    this.owner = this.holdsSession(item) ? item.connectionId : null;
    item.resolve(bytes);
  }

  private passOnNotifications(from: number, data: Uint8Array): void {
    for (const notification of this.notifications.take(data)) {
      for (const [connectionId, output] of this.outputs) {
        if (connectionId === from) continue;
        // A connection closing meanwhile must not fail the query that committed the NOTIFY.
        try {
          output(notification);
        } catch {
          this.outputs.delete(connectionId);
        }
      }
    }
  }

  private holdsSession({ message }: QueuedMessage): boolean {
    const type = message[0];
    if (type === terminate) return false;
    if (type === query || type === sync) return this.db.isInTransaction();
    // The start-up packet begins with its length, not a type byte: it leaves nothing open.
    return type !== 0;
  }
}
