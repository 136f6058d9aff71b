import { ApiProperty } from '@nestjs/swagger';

export class ErasureResponse {
  @ApiProperty()
  subjectId!: string;

  @ApiProperty()
  erasedAt!: string;

  @ApiProperty({ format: 'uuid' })
  erasedBy!: string;
}
