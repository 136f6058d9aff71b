import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ChangePasswordRequest } from '@greenchain/contracts';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { NewPasswordProperty } from './new-password.property';

export class ChangePasswordRequestBody implements ChangePasswordRequest {
  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @NewPasswordProperty('At least 12 characters and hard to guess (zxcvbn score 3 or more).')
  newPassword!: string;

  @ApiPropertyOptional({
    description: "The caller's refresh token: this session stays signed in, every other one ends.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'refreshToken is not a refresh token' })
  refreshToken?: string;
}
