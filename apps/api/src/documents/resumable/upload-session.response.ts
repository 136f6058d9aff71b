import { ApiProperty } from '@nestjs/swagger';
import { type UploadSessionView } from './upload-sessions.service';

/** Where a resumable upload stands: the next chunk starts at `offset`. */
export class UploadSessionResponse implements UploadSessionView {
  @ApiProperty({ format: 'uuid', description: 'The session, and the document id once completed.' })
  readonly sessionId!: string;

  @ApiProperty({ description: 'The size of the whole file, in bytes.' })
  readonly size!: number;

  @ApiProperty({
    description: 'How many bytes from the start are received: the next chunk starts here.',
  })
  readonly offset!: number;

  @ApiProperty({ format: 'date-time', description: 'When the session expires if not completed.' })
  readonly expiresAt!: string;

  @ApiProperty({ description: 'The largest chunk the server accepts, in bytes.' })
  readonly chunkMaxBytes!: number;
}
