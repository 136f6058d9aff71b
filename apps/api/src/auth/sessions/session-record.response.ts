import { ApiProperty } from '@nestjs/swagger';
import { type EndedSessions, type SessionRecord } from '@greenchain/contracts';

export class SessionRecordResponse implements SessionRecord {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Last refresh or request, to within a minute.' })
  lastUsedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Absolute end, however often it is refreshed.' })
  expiresAt!: string;

  @ApiProperty({ nullable: true, type: String })
  userAgent!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '203.0.113.7' })
  clientAddress!: string | null;

  @ApiProperty({ description: 'The session of the access token that asked.' })
  current!: boolean;
}

export class EndedSessionsResponse implements EndedSessions {
  @ApiProperty({ description: 'How many sessions this request ended.' })
  ended!: number;
}
