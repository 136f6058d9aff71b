import { ApiPropertyOptional } from '@nestjs/swagger';
import { roles, type Role, type UpdateUserRequest } from '@greenchain/contracts';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';

export class UpdateUserRequestBody implements UpdateUserRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: roles })
  @IsOptional()
  @IsIn(roles)
  role?: Role;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'KE' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  country?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  agency?: string | null;

  @ApiPropertyOptional({
    description:
      "True designates a customs officer or prosecutor a national focal point: they file the country's treaty reports.",
  })
  @IsOptional()
  @IsBoolean()
  focalPoint?: boolean;

  @ApiPropertyOptional({
    description: 'False disables the account: its tokens stop working at once.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
