import { Controller, Get, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdParam } from '../commands/id-param.decorator';
import {
  contentRange,
  filterParam,
  invalidListParam,
  jsonParam,
  noFilterParam,
  rangeParam,
  fixedSortParam,
} from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { IdempotentRoute } from '../operations/idempotent-route.decorator';
import { NoBody } from '../operations/no-body.decorator';
import { NotificationResponse } from './notification.response';
import { Notifications } from './notifications.service';

const office = 'Customs officers: the notifications of their own country and agency.';

function unreadFilter(query: ListQuery): boolean {
  const { unread, ...rest } = filterParam(jsonParam('filter', query.filter));
  noFilterParam(rest);
  if (unread !== undefined && typeof unread !== 'boolean') {
    throw invalidListParam('filter', 'unread must be true or false');
  }
  return unread === true;
}

/** Outcomes of the office's cases as the prosecutor and the court record them. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@UseGuards(AbilityGuard)
@Allow('read', 'Notification')
export class NotificationsController {
  constructor(private readonly notifications: Notifications) {}

  @Get()
  @ApiOperation({
    summary: 'Notifications, newest first (filter {"unread":true}; Content-Range gives the total).',
    description: office,
  })
  @ApiOkResponse({
    type: [NotificationResponse],
    headers: { 'Content-Range': { description: 'notifications <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: ListQuery,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<NotificationResponse[]> {
    const range = rangeParam(jsonParam('range', query.range), 100);
    fixedSortParam(jsonParam('sort', query.sort), ['createdAt', 'DESC']);
    const page = await this.notifications.list(user, unreadFilter(query), range);
    response.setHeader(
      'Content-Range',
      contentRange('notifications', range[0], page.rows.length, page.total),
    );
    return page.rows;
  }

  @Post(':id/read')
  @IdempotentRoute({
    status: 204,
    noBody: true,
    summary: 'Mark a notification read (for the whole office); repeating it changes nothing.',
    description: office,
  })
  @ApiNoContentResponse({ description: 'Marked read.' })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  markRead(
    @IdParam('id') id: string,
    @NoBody() _body: undefined,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}
