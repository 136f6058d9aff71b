import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ProjectionState,
  type ProjectionStatus,
  projectionStatuses,
} from '@greenchain/contracts';

/** Where one projection stands, for the operations page. */
export class ProjectionStatusResponse implements ProjectionState {
  @ApiProperty({ description: 'The projection name (the react-admin id).' })
  id!: string;

  @ApiProperty({ example: 'case-summary' })
  name!: string;

  @ApiProperty({ enum: projectionStatuses })
  status!: ProjectionStatus;

  @ApiProperty({ description: 'Generation of the tables readers see; a rebuild adds one.' })
  generation!: number;

  @ApiProperty({ description: 'Global position of the newest event the active tables applied.' })
  checkpoint!: number;

  @ApiProperty({ description: 'Global position of the newest event in the log.' })
  headPosition!: number;

  @ApiProperty({ description: 'Committed events after the checkpoint (counted up to 100,000).' })
  lagEvents!: number;

  @ApiProperty({ description: 'Age in seconds of the oldest committed event not yet applied.' })
  lagSeconds!: number;

  @ApiPropertyOptional({ description: 'Set while a rebuild fills new tables.', type: Number })
  buildingGeneration?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  failedEventId?: string;

  @ApiPropertyOptional()
  failedPosition?: number;

  @ApiPropertyOptional({ description: 'Why the failing event could not be applied.' })
  error?: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** What a rebuild or resume request answers: the projection and its status now. */
export class ProjectionRequestResponse {
  @ApiProperty({ example: 'case-summary' })
  id!: string;

  @ApiProperty({ enum: projectionStatuses })
  status!: ProjectionStatus;
}
