import { ApiProperty } from '@nestjs/swagger';

export class ErasureResponse {
  @ApiProperty()
  subjectId!: string;

  @ApiProperty({
    type: [String],
    description: 'The cases the party appears in, whose free text was erased with it.',
  })
  cases!: string[];

  @ApiProperty()
  erasedAt!: string;

  @ApiProperty({ format: 'uuid' })
  erasedBy!: string;
}
