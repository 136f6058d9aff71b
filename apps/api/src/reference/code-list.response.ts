import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CodeListBody, type ListedCode } from '@greenchain/contracts';

class ListedCodeResponse implements ListedCode {
  @ApiProperty({ example: 'seaport' })
  code!: string;

  @ApiProperty({ example: 'Seaport' })
  label!: string;

  @ApiPropertyOptional()
  note?: string;
}

export class CodeListResponse implements CodeListBody {
  @ApiProperty({ example: 'locationTypes' })
  name!: string;

  @ApiProperty({ type: [ListedCodeResponse] })
  codes!: ListedCodeResponse[];
}
