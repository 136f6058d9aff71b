import { Body, Controller, Get, HttpCode, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequireReauthentication } from '../auth/require-reauthentication.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { ApiNoBody, NoBody } from '../operations/no-body.decorator';
import { contentRange, fixedOrderRange } from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { CreateWebhookRequestBody } from './create-webhook.request';
import {
  WebhookSecretResponse,
  WebhookSubscriptionResponse,
} from './webhook-subscription.response';
import { WebhookSubscriptions } from './webhook-subscriptions.service';

const administrators = 'Administrators.';
/** Changes redirect partner data or its signature: they need a fresh re-authentication. */
const reauthenticated = 'Administrators, with a re-authentication proof.';

/**
 * Partner URLs that receive a seizing office's case outcomes, signed (see the x-greenchain-*
 * headers in outcome-webhook.handler) and retried with backoff until they answer 2xx.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
@UseGuards(AbilityGuard)
@Allow('manage', 'WebhookSubscription')
export class WebhooksController {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Webhook subscriptions, newest first (range pages; Content-Range gives the total).',
    description: `${administrators} Secrets are never listed.`,
  })
  @ApiOkResponse({
    type: [WebhookSubscriptionResponse],
    headers: { 'Content-Range': { description: 'webhooks <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebhookSubscriptionResponse[]> {
    const [first, last] = fixedOrderRange(query, 100, ['createdAt', 'DESC']);
    const all = await this.subscriptions.list();
    const page = all.slice(first, last + 1);
    response.setHeader('Content-Range', contentRange('webhooks', first, page.length, all.length));
    return page;
  }

  @Post()
  @ApiOperation({
    summary: 'Subscribe a partner URL to the case outcomes of a seizing office.',
    description: `${reauthenticated} The answer holds the signing secret, shown this once.`,
  })
  @RequireReauthentication()
  @IdempotentPost()
  @ApiCreatedResponse({ type: WebhookSecretResponse })
  @ApiProblems(400, 401, 403, 409, 422, 429)
  create(
    @Body() body: CreateWebhookRequestBody,
    @CurrentUser() user: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<WebhookSecretResponse> {
    return this.audit.recordWith(source, async (transaction) => {
      const created = await this.subscriptions.create(body, user.id, transaction);
      const { id: webhookId, url, agency, country } = created;
      return {
        result: created,
        entry: { kind: 'WebhookRegistered', webhookId, url, agency, country },
      };
    });
  }

  @Post(':webhookId/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable a subscription: no more deliveries (kept for the record).',
    description: reauthenticated,
  })
  @RequireReauthentication()
  @IdempotentPost()
  @ApiNoBody()
  @ApiOkResponse({ type: WebhookSubscriptionResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  disable(
    @IdParam('webhookId') id: string,
    @NoBody() _body: undefined,
    @RequestAuditSource() source: AuditSource,
  ): Promise<WebhookSubscriptionResponse> {
    return this.audit.recordWith(source, async (transaction) => ({
      result: await this.subscriptions.disable(id, transaction),
      entry: { kind: 'WebhookRemoved', webhookId: id },
    }));
  }

  @Post(':webhookId/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the signing secret; the next delivery is signed with the new one.',
    description: `${reauthenticated} The answer holds the new secret, shown this once.`,
  })
  @RequireReauthentication()
  @IdempotentPost()
  @ApiNoBody()
  @ApiOkResponse({ type: WebhookSecretResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  rotateSecret(
    @IdParam('webhookId') id: string,
    @NoBody() _body: undefined,
    @RequestAuditSource() source: AuditSource,
  ): Promise<WebhookSecretResponse> {
    return this.audit.recordWith(source, async (transaction) => ({
      result: await this.subscriptions.rotateSecret(id, transaction),
      entry: { kind: 'WebhookChanged', webhookId: id, change: 'secret-rotated' },
    }));
  }
}
