import { type SessionUser } from '@greenchain/contracts';
import { type DomainCommand } from '@greenchain/domain';
import { actorOf } from './actor';
import { type CommandHeaders } from './command-headers';
import { type BuildContext, type IdSource } from './command.request';

/** Who sent a command and how, as plain data every command class carries to its handler. */
export interface CommandSender {
  readonly user: SessionUser;
  readonly headers: CommandHeaders;
  /** The store's command id: derived from the Idempotency-Key, so a repeat is recognised. */
  readonly commandId: string;
  /** Ids the server generated for what the command creates, answered to the client. */
  readonly created: Readonly<Record<string, string>>;
}

/**
 * Where a command comes from while the controller builds it: the sender, its command id, and the
 * ids of the records the command creates, each derived once (see CommandKeys.idSource) and noted
 * so the answer can name it.
 */
export class CommandOrigin implements BuildContext {
  private readonly created: Record<string, string> = {};
  readonly ids: IdSource;

  constructor(
    readonly user: SessionUser,
    readonly headers: CommandHeaders,
    readonly commandId: string,
    newId: (name: string) => string,
  ) {
    this.ids = {
      next: (name) => {
        const id = newId(name);
        this.created[name] = id;
        return id;
      },
    };
  }

  /**
   * The domain command of a request: its type and data, the sender as actor, the business time
   * given and the time it is recorded (the deciders refuse a business time after it). Its type is
   * the literal named, so the aggregate's command union checks type and data.
   */
  command<Type extends string, Data>(
    type: Type,
    data: Data,
    occurredAt: string,
  ): DomainCommand<Type, Data> {
    const recordedAt = new Date().toISOString();
    return { type, data, metadata: { actor: actorOf(this.user), occurredAt, recordedAt } };
  }

  /** The sender as plain data, once the command's data (and its new ids) are built. */
  sender(): CommandSender {
    const { user, headers, commandId } = this;
    return { user, headers, commandId, created: { ...this.created } };
  }
}
