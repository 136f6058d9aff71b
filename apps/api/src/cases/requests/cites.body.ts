import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OptionalText } from '../../commands/bodies/text.decorators';

export class CitesBody {
  @ApiPropertyOptional({ enum: ['I', 'II', 'III'] })
  @IsOptional()
  @IsIn(['I', 'II', 'III'])
  appendix?: 'I' | 'II' | 'III';

  @OptionalText(50, 'CITES trade term code.')
  term?: string;

  @OptionalText(50, 'CITES unit code.')
  unit?: string;

  @OptionalText(10, 'CITES source code.')
  source?: string;
}
