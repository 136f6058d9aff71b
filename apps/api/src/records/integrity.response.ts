import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type DocumentCheck, type IntegrityReport } from '@greenchain/contracts';

/** The result of recomputing a stream's hash chain from its stored events. */
export class IntegrityResponse implements IntegrityReport {
  @ApiProperty({ example: 'case-0b6f4f1e-...' })
  streamId!: string;

  @ApiProperty({ description: 'True when every event is present, unaltered and linked.' })
  valid!: boolean;

  @ApiPropertyOptional({ description: 'The verified version (when valid).' })
  version?: number;

  @ApiPropertyOptional({ description: 'The first broken position (when not valid).' })
  brokenAt?: number;

  @ApiPropertyOptional()
  reason?: string;

  @ApiPropertyOptional({
    description: 'SHA-256 head of the chain, hex; print it to detect later changes.',
  })
  headHash?: string;

  @ApiProperty()
  verifiedAt!: string;

  @ApiPropertyOptional({
    description:
      "A case's files, each re-hashed: intact, altered (a changed byte), missing, or shredded on erasure.",
  })
  documents?: DocumentCheck[];
}
