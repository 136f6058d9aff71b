import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  auditOutcomeOf,
  securityAuditStreamId,
  securityAuditStreamType,
  type SecurityAuditEntry,
} from '@greenchain/domain';
import { EventStore, lockStreams, personal, type NewEvent } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { ProjectionWakePublisher } from '../commands/projection-wake.publisher';
import { type AuditSource } from './audit-source';
import { SignInEmailSubjects } from './sign-in-email-subject';

/** What an audited action returns: its own result, and the entry saying what it did. */
export interface Audited<Result> {
  readonly result: Result;
  readonly entry: SecurityAuditEntry;
}

/**
 * The security audit trail: each entry is an event of its own `security-audit-<id>` stream, in the
 * event store (append-only, hash-chained, read by the security-audit projection).
 *
 * Nothing is recorded in the background: a caller awaits the record before it answers, and a
 * failure to record fails the request. Actions that write to the database go through
 * `recordWith`, so the action and its entry commit together or not at all; the others (a sign-in,
 * a download) call `record` after the action and before the answer leaves.
 */
@Injectable()
export class SecurityAuditTrail {
  private readonly emailSubjects: SignInEmailSubjects;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly wake: ProjectionWakePublisher,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    this.emailSubjects = new SignInEmailSubjects(config.encryptionMasterKey);
  }

  /** Records one entry in a transaction of its own. */
  async record(source: AuditSource, entry: SecurityAuditEntry): Promise<void> {
    const streamId = securityAuditStreamId(randomUUID());
    await this.store.appendToStream(streamId, [this.eventOf(source, entry)], {
      streamType: securityAuditStreamType,
      expectedVersion: 'no-stream',
    });
    this.wake.committed();
  }

  /**
   * Runs an action in a transaction and records its entry in the same one: an action that fails
   * records nothing, and an entry that cannot be recorded undoes the action.
   */
  async recordWith<Result>(
    source: AuditSource,
    action: (transaction: EntityManager) => Promise<Audited<Result>>,
  ): Promise<Result> {
    const streamId = securityAuditStreamId(randomUUID());
    const result = await this.dataSource.transaction(async (manager) => {
      const queryRunner = manager.queryRunner as QueryRunner;
      // The entry's stream lock comes before the action's first write (see lockStreams).
      await lockStreams(queryRunner, [streamId]);
      const done = await action(manager);
      await this.store.appendToStream(streamId, [this.eventOf(source, done.entry)], {
        streamType: securityAuditStreamType,
        expectedVersion: 'no-stream',
        queryRunner,
      });
      return done.result;
    });
    this.wake.committed();
    return result;
  }

  private eventOf(source: AuditSource, entry: SecurityAuditEntry): NewEvent {
    const { kind, ...facts } = entry;
    const data = {
      ...facts,
      ...(entry.kind === 'SignInFailed' && {
        // The typed email belongs to whoever owns it: the account, or else the address itself.
        email: personal(entry.userId ?? this.emailSubjects.subjectOf(entry.email), entry.email),
      }),
      outcome: auditOutcomeOf(kind),
      client: source.client,
    };
    return { type: kind, data, metadata: { actor: source.actor } };
  }
}
