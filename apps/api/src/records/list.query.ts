import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** react-admin's simple REST list contract: JSON-encoded range, sort and filter. */
export class UserListQuery {
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
    example: '{"role":"customs","country":"KE","active":true,"q":"otieno"}',
    description: 'Any of role, country, agency, active, q (email or name contains).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  filter?: string;
}
