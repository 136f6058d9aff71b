import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ListedCodeResponse {
  @ApiProperty({ example: 'seaport' })
  code!: string;

  @ApiProperty({ example: 'Seaport' })
  label!: string;

  @ApiPropertyOptional()
  note?: string;
}

export class CodeListResponse {
  @ApiProperty({ example: 'locationTypes' })
  name!: string;

  @ApiProperty({ type: [ListedCodeResponse] })
  codes!: ListedCodeResponse[];
}
