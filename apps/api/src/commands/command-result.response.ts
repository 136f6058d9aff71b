import { ApiProperty } from '@nestjs/swagger';
import { type CommandResult } from '@greenchain/contracts';

/** What every command answers: where the stream now stands, and what a client can wait for. */
export class CommandResultResponse implements CommandResult {
  @ApiProperty({ description: 'The stream the command wrote to, e.g. case-<uuid>.' })
  streamId!: string;

  @ApiProperty({ description: 'The id of the case or evidence item.', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The stream version after the command; also sent as ETag.' })
  streamVersion!: number;

  @ApiProperty({
    description:
      'Global position of the last event written (wait for it in projections); null when the command changed nothing.',
    nullable: true,
    type: Number,
  })
  globalPosition!: number | null;

  @ApiProperty({ description: 'Ids the server generated for what the command created.' })
  created!: Record<string, string>;

  @ApiProperty({ description: 'True when this answers a repeated Idempotency-Key.' })
  replayed!: boolean;
}
