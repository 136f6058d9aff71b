import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** react-admin's simple REST list contract: JSON-encoded range, sort and filter. */
export class ListQuery {
  @ApiPropertyOptional({ example: '[0,24]', description: 'Inclusive [first, last] row indices.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  range?: string;

  @ApiPropertyOptional({ example: '["email","ASC"]', description: '[field, ASC|DESC].' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sort?: string;

  @ApiPropertyOptional({
    example: '{"country":"KE"}',
    description: 'JSON object of filters; the fields each list accepts are in its description.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  filter?: string;
}
