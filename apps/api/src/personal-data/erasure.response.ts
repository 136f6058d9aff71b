import { ApiProperty } from '@nestjs/swagger';

export class ErasureResponse {
  @ApiProperty()
  subjectId!: string;

  @ApiProperty({
    type: [String],
    description: 'The cases the party appears in, whose free text was erased with it.',
  })
  cases!: string[];

  @ApiProperty({
    description:
      'Files of those cases that may show a person, whose bytes were destroyed (their SHA-256 stays on record).',
  })
  shreddedFiles!: number;

  @ApiProperty()
  erasedAt!: string;

  @ApiProperty({ format: 'uuid' })
  erasedBy!: string;
}
