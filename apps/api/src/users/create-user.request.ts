import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateUserRequest, roles, type Role } from '@greenchain/contracts';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateUserRequestBody implements CreateUserRequest {
  @ApiProperty({ example: 'officer@kra.go.ke' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password!: string;

  @ApiProperty({ enum: roles })
  @IsIn(roles)
  role!: Role;

  @ApiProperty({ nullable: true, type: String, example: 'KE', description: 'Officers only.' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  country!: string | null;

  @ApiProperty({ nullable: true, type: String, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  agency!: string | null;

  @ApiPropertyOptional({
    default: false,
    description: "Customs officers and prosecutors only: files the country's treaty reports.",
  })
  @IsOptional()
  @IsBoolean()
  focalPoint?: boolean;
}
