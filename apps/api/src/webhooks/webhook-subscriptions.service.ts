import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, ProblemException, type GreenchainConfig } from '@greenchain/platform';
import {
  OutgoingDestinations,
  RefusedDestination,
  UnresolvedDestination,
  WebhookSecrets,
} from '@greenchain/read-models';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateWebhookRequestBody } from './create-webhook.request';
import type {
  WebhookSecretResponse,
  WebhookSubscriptionResponse,
} from './webhook-subscription.response';

interface SubscriptionRow {
  id: string;
  agency: string;
  country: string;
  url: string;
  active: boolean;
  created_at: Date;
  disabled_at: Date | null;
  secret_rotated_at: Date | null;
}

const columns = `id, agency, country, url, active, created_at, disabled_at, secret_rotated_at`;

const notFound = () =>
  new ProblemException(404, 'resource/not-found', 'No such webhook.', 'webhookId');

/**
 * Partner webhooks of seizing offices. The signing secret is generated here, sealed under the
 * master key (the worker opens it to sign), and returned only by the call that made it. A URL
 * whose host is, or resolves to, an address the server may not send to is refused here (and again
 * by the worker at each delivery, since a name may resolve elsewhere by then).
 */
@Injectable()
export class WebhookSubscriptions {
  private readonly secrets: WebhookSecrets;
  private readonly destinations: OutgoingDestinations;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    this.secrets = new WebhookSecrets(config.encryptionMasterKey);
    this.destinations = new OutgoingDestinations(config.outgoing);
  }

  async list(): Promise<WebhookSubscriptionResponse[]> {
    const rows = await this.dataSource.query<SubscriptionRow[]>(
      `SELECT ${columns} FROM webhook_subscriptions ORDER BY created_at DESC, id`,
    );
    return rows.map(toResponse);
  }

  /** The changes below run in `transaction` when given (the caller's), else on their own. */
  async create(
    body: CreateWebhookRequestBody,
    createdBy: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<WebhookSecretResponse> {
    await this.checkDestination(body.url);
    const id = randomUUID();
    const secret = WebhookSecrets.generate();
    const [row] = await transaction.query<SubscriptionRow[]>(
      `INSERT INTO webhook_subscriptions (id, agency, country, url, secret_sealed, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
      [id, body.agency, body.country, body.url, this.secrets.seal(id, secret), createdBy],
    );
    if (!row) throw new Error('the new webhook subscription was not returned');
    return { ...toResponse(row), secret };
  }

  /** Idempotent: disabling a disabled subscription keeps its first disabling time. */
  async disable(
    id: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<WebhookSubscriptionResponse> {
    const [row] = await transaction.query<SubscriptionRow[]>(
      `WITH disabled AS (
         UPDATE webhook_subscriptions
            SET active = false, disabled_at = coalesce(disabled_at, now())
          WHERE id = $1 RETURNING ${columns})
       SELECT ${columns} FROM disabled`,
      [id],
    );
    if (!row) throw notFound();
    return toResponse(row);
  }

  /** A new secret replaces the old one at once (and a clear one from before sealing). */
  async rotateSecret(
    id: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<WebhookSecretResponse> {
    const secret = WebhookSecrets.generate();
    const [row] = await transaction.query<SubscriptionRow[]>(
      `WITH rotated AS (
         UPDATE webhook_subscriptions
            SET secret_sealed = $2, secret = NULL, secret_rotated_at = now()
          WHERE id = $1 RETURNING ${columns})
       SELECT ${columns} FROM rotated`,
      [id, this.secrets.seal(id, secret)],
    );
    if (!row) throw notFound();
    return { ...toResponse(row), secret };
  }

  private async checkDestination(url: string): Promise<void> {
    try {
      await this.destinations.check(url);
    } catch (error) {
      if (error instanceof RefusedDestination) {
        throw new ProblemException(
          422,
          'webhook/destination-refused',
          `The server does not send webhooks there: ${error.reason}.`,
          'url',
        );
      }
      if (error instanceof UnresolvedDestination) {
        throw new ProblemException(
          422,
          'webhook/unresolved-host',
          `The URL's host ${error.message}.`,
          'url',
        );
      }
      throw error;
    }
  }
}

function toResponse(row: SubscriptionRow): WebhookSubscriptionResponse {
  return {
    id: row.id,
    agency: row.agency,
    country: row.country,
    url: row.url,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    disabledAt: row.disabled_at?.toISOString() ?? null,
    secretRotatedAt: row.secret_rotated_at?.toISOString() ?? null,
  };
}
